// Configuration is parsed once, at start. Every problem is reported together,
// and no secret value is ever echoed back in the message.
import { z } from "zod";
import { ALL_CONNECTORS } from "../connectors/all.ts";
import type { ConnectorSettingsSchema } from "../connectors/types.ts";
import { DEFAULT_FX_RATES_URL } from "./fx/index.ts";

const ids = z
  .string()
  .default("")
  .transform((s, ctx) => {
    const parts = s.split(",").map((p) => p.trim()).filter(Boolean);
    const bad = parts.filter((p) => !/^\d{1,20}$/.test(p));
    if (bad.length) ctx.addIssue({ code: "custom", message: `not numeric Telegram user ids: ${bad.join(", ")}` });
    return parts.filter((p) => /^\d{1,20}$/.test(p)).map((p) => BigInt(p));
  });

const validTimezone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    // Intl throws RangeError for unknown zones; that is the answer we want.
    return false;
  }
};

const schema = z
  .object({
    TELEGRAM_BOT_TOKEN: z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC... (from @BotFather)").optional(),
    TELEGRAM_API_ROOT: z.string().url().default("https://api.telegram.org"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    ALLOWED_TELEGRAM_USER_IDS: ids,
    KONTOR_MASTER_KEY: z
      .string()
      .refine((v) => Buffer.from(v.trim(), "base64").length === 32, "must be base64 of exactly 32 bytes (openssl rand -base64 32)")
      .optional(),
    // Telegram only calls https URLs; plain http is allowed for loopback (tests, a local reverse proxy).
    WEBHOOK_URL: z
      .string()
      .url()
      .refine((u) => u.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u), "must be an https:// URL")
      .optional(),
    WEBHOOK_SECRET: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "1-256 characters of A-Z, a-z, 0-9, _ and -").optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    // Where people's browsers reach Kontor after confirming at their bank: /callback/<provider> is served there.
    // Same rule as WEBHOOK_URL: https, or plain http on loopback (tests, a local reverse proxy).
    PUBLIC_URL: z
      .string()
      .url()
      .refine((u) => u.startsWith("https://") || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(u), "must be an https:// URL")
      .refine((u) => !/[?#]/.test(u), "must not contain ? or #")
      .transform((u) => u.replace(/\/+$/, ""))
      .optional(),
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DEFAULT_TIMEZONE: z.string().default("Europe/Berlin").refine(validTimezone, "unknown IANA time zone"),
    DEFAULT_LOCALE: z.enum(["en", "de"]).default("en"),
    SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.string().url().optional(),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
    // Base URL of the ECB eurofxref files (eurofxref-hist.xml, eurofxref-daily.xml…).
    FX_RATES_URL: z.string().url().refine((u) => /^https?:\/\//.test(u), "must be an http(s):// URL").default(DEFAULT_FX_RATES_URL),
  });

export type Config = z.infer<typeof schema> & {
  /** The raw values of every connector's own variables; see connectorSettings. */
  connectorEnv: Record<string, string>;
};

export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: string[]) {
    super(`Kontor cannot start, the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Empty strings count as unset, as they do in most .env files. */
function clean(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => typeof e[1] === "string" && e[1].trim() !== ""));
}

export function parseConfig(env: Record<string, string | undefined>, opts: { requireToken?: boolean } = {}): Config {
  const values = clean(env);
  const res = schema.safeParse(values);
  const problems = res.success ? [] : res.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`);
  // Cross-field rules are checked on the raw values so they are reported
  // together with every other problem, not only once the rest is valid.
  if (opts.requireToken && !values.TELEGRAM_BOT_TOKEN)
    problems.push("TELEGRAM_BOT_TOKEN: required (create a bot with @BotFather and paste its token)");
  if (values.WEBHOOK_URL && !values.WEBHOOK_SECRET)
    problems.push("WEBHOOK_SECRET: required when WEBHOOK_URL is set (Telegram echoes it on every request)");
  problems.push(...connectorProblems(values));
  if (problems.length || !res.success) throw new ConfigError(problems);
  const connectorKeys = new Set(ALL_CONNECTORS.flatMap((c) => Object.keys(c.settingsSchema?.shape ?? {})));
  return { ...res.data, connectorEnv: Object.fromEntries(Object.entries(values).filter(([k]) => connectorKeys.has(k))) };
}

/**
 * Each connector's own settings, parsed by its own schema (defaults applied).
 * A connector whose required settings are missing contributes nothing and is
 * not offered; one whose variables are set but wrong fails the start (above).
 */
export function connectorSettings(c: Config): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const connector of ALL_CONNECTORS) {
    if (!connector.settingsSchema) continue;
    const parsed = connector.settingsSchema.safeParse(pick(c.connectorEnv, connector.settingsSchema));
    if (parsed.success) Object.assign(out, parsed.data);
  }
  // Shared by the connectors whose banks send the browser back (Kontor serves /callback/<provider> there).
  if (c.PUBLIC_URL) out.PUBLIC_URL = c.PUBLIC_URL;
  return out;
}

function pick(values: Record<string, string>, schema: ConnectorSettingsSchema): Record<string, string> {
  return Object.fromEntries(Object.keys(schema.shape).flatMap((k) => (values[k] !== undefined ? [[k, values[k]] as const] : [])));
}

/** Problems of connectors the operator started to configure (any of their variables set). */
function connectorProblems(values: Record<string, string>): string[] {
  return ALL_CONNECTORS.flatMap((connector) => {
    const schema = connector.settingsSchema;
    if (!schema) return [];
    const own = pick(values, schema);
    if (Object.keys(own).length === 0) return [];
    const parsed = schema.safeParse(own);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message} (${connector.displayName})`);
  });
}
