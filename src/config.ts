// Configuration is parsed once, at start. Every problem is reported together,
// and no secret value is ever echoed back in the message.
import { z } from "zod";

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
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DEFAULT_TIMEZONE: z.string().default("Europe/Berlin").refine(validTimezone, "unknown IANA time zone"),
    DEFAULT_LOCALE: z.enum(["en", "de"]).default("en"),
    SYNC_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
    COMDIRECT_API_URL: z.string().url().default("https://api.comdirect.de"),
    COMDIRECT_REFRESH_LIFETIME_S: z.string().regex(/^\d+$/, "seconds").optional(),
    COMDIRECT_PUSH_POLL_MS: z.string().regex(/^\d+$/, "milliseconds").optional(),
    ENABLE_BANKING_API_URL: z.string().url().default("https://api.enablebanking.com"),
    ENABLE_BANKING_APP_ID: z.string().min(1).optional(),
    ENABLE_BANKING_KEY_FILE: z.string().min(1).optional(),
    ENABLE_BANKING_REDIRECT_URL: z.string().url().optional(),
    SIMPLEFIN_ALLOWED_HOSTS: z.string().default("beta-bridge.simplefin.org,bridge.simplefin.org"),
    SIMPLEFIN_CREATE_URL: z.string().url().default("https://beta-bridge.simplefin.org/simplefin/create"),
    GOCARDLESS_API_URL: z.string().url().default("https://bankaccountdata.gocardless.com/api/v2"),
    GOCARDLESS_SECRET_ID: z.string().min(1).optional(),
    GOCARDLESS_SECRET_KEY_FILE: z.string().min(1).optional(),
    GOCARDLESS_REDIRECT_URL: z.string().url().optional(),
    PLAID_API_URL: z.string().url().default("https://production.plaid.com"),
    PLAID_CLIENT_ID: z.string().min(1).optional(),
    PLAID_SECRET_FILE: z.string().min(1).optional(),
    PLAID_COUNTRY_CODES: z.string().regex(/^[A-Z]{2}(,[A-Z]{2})*$/, "comma-separated two-letter codes").default("US,CA"),
    PLAID_COMPLETION_URL: z.string().url().optional(),
    DEMO_SEED: z.string().regex(/^\d+$/).default("42"),
    DEMO_HISTORY_DAYS: z.string().regex(/^\d+$/, "days").optional(),
    DEMO_ACCOUNTS: z.string().regex(/^\d+$/, "a number").optional(),
    // Scripted failures for trying out error handling, e.g. "page:2:unavailable".
    DEMO_FAIL: z.string().optional(),
    OPENAI_API_KEY: z.string().min(1).optional(),
    OPENAI_BASE_URL: z.string().url().optional(),
    OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  });

export type Config = z.infer<typeof schema>;

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
  if (problems.length || !res.success) throw new ConfigError(problems);
  return res.data;
}

/** Settings connectors may read (base URLs, seeds); never secrets. */
export function connectorSettings(c: Config): Record<string, string | undefined> {
  return {
    COMDIRECT_API_URL: c.COMDIRECT_API_URL,
    COMDIRECT_REFRESH_LIFETIME_S: c.COMDIRECT_REFRESH_LIFETIME_S,
    COMDIRECT_PUSH_POLL_MS: c.COMDIRECT_PUSH_POLL_MS,
    DEMO_SEED: c.DEMO_SEED,
    DEMO_HISTORY_DAYS: c.DEMO_HISTORY_DAYS,
    DEMO_ACCOUNTS: c.DEMO_ACCOUNTS,
    DEMO_FAIL: c.DEMO_FAIL,
    // The key file's path only; the connector reads the key itself.
    ENABLE_BANKING_API_URL: c.ENABLE_BANKING_API_URL,
    ENABLE_BANKING_APP_ID: c.ENABLE_BANKING_APP_ID,
    ENABLE_BANKING_KEY_FILE: c.ENABLE_BANKING_KEY_FILE,
    ENABLE_BANKING_REDIRECT_URL: c.ENABLE_BANKING_REDIRECT_URL,
    SIMPLEFIN_ALLOWED_HOSTS: c.SIMPLEFIN_ALLOWED_HOSTS,
    SIMPLEFIN_CREATE_URL: c.SIMPLEFIN_CREATE_URL,
    GOCARDLESS_API_URL: c.GOCARDLESS_API_URL,
    GOCARDLESS_SECRET_ID: c.GOCARDLESS_SECRET_ID,
    GOCARDLESS_SECRET_KEY_FILE: c.GOCARDLESS_SECRET_KEY_FILE,
    GOCARDLESS_REDIRECT_URL: c.GOCARDLESS_REDIRECT_URL,
    PLAID_API_URL: c.PLAID_API_URL,
    PLAID_CLIENT_ID: c.PLAID_CLIENT_ID,
    PLAID_SECRET_FILE: c.PLAID_SECRET_FILE,
    PLAID_COUNTRY_CODES: c.PLAID_COUNTRY_CODES,
    PLAID_COMPLETION_URL: c.PLAID_COMPLETION_URL,
  };
}
