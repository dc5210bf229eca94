// Linking in the chat (open-banking.md §1.3): country, bank, consent length,
// then the person confirms at the bank on their phone. With PUBLIC_URL the
// bank sends the browser back to Kontor's /callback/enable-banking; without
// it the person pastes the address the browser ended on (the flow Enable
// Banking's own sample uses). Either way the state must be this attempt's.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { msg } from "../../src/i18n/message.ts";
import { accountLines, chooseBank } from "../shared/bank-picker.ts";
import type { BankReturn, ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import type { EnableBankingClient } from "./client.ts";
import type { EnableBankingCredentials } from "./credentials.ts";
import { EnableBankingError, LINK_RETRY_CODES } from "./errors.ts";
import { sessionSchema, storedAccounts } from "./normalize.ts";
import { requireClient } from "./session.ts";
import { readSettings } from "./settings.ts";

const COUNTRIES = ["DE", "AT", "NL", "BE", "FR", "ES", "IT", "FI", "SE", "DK", "NO", "PL", "PT", "IE"] as const;
const DAY_S = 86_400;
/** Asking for exactly the bank's maximum can trip its own bound. */
const CONSENT_MARGIN_S = 600;
const MAX_ATTEMPTS = 3;

const aspspSchema = z.object({
  name: z.string().min(1),
  country: z.string().length(2),
  maximum_consent_validity: z.number().int().positive().nullish(),
  psu_types: z.array(z.string()).nullish(),
});
type Aspsp = z.infer<typeof aspspSchema>;
const aspspsSchema = z.object({ aspsps: z.array(aspspSchema) });
const authSchema = z.object({ url: z.string().url(), authorization_id: z.string() });

export interface RedirectResult extends BankReturn {
  state?: string;
}

/** Reads the address the person pasted; null when it is not a bank return address. */
export function parseRedirect(text: string): RedirectResult | null {
  const match = /https?:\/\/\S+/.exec(text.trim());
  if (!match) return null;
  let url: URL;
  try {
    url = new URL(match[0]);
  } catch {
    return null;
  }
  const q = url.searchParams;
  const out: RedirectResult = {};
  if (q.get("code")) out.code = q.get("code")!;
  if (q.get("error")) out.error = q.get("error")!;
  if (q.get("error_description")) out.errorDescription = q.get("error_description")!;
  if (q.get("state")) out.state = q.get("state")!;
  return out.code || out.error ? out : null;
}

async function chooseConsentSeconds(dialog: LinkDialog, bank: Aspsp): Promise<number> {
  const max = bank.maximum_consent_validity ?? 90 * DAY_S;
  const maxDays = Math.floor(max / DAY_S);
  const options = [...new Set([30, 90, 180].filter((d) => d < maxDays).concat(maxDays))];
  const picked = await dialog.choose(
    msg("eb.choose_consent", { bank: bank.name, max: maxDays }),
    options.map((d) => ({ id: String(d), label: msg("eb.consent_days", { days: d }) })),
  );
  return Math.min(Number(picked) * DAY_S, max) - CONSENT_MARGIN_S;
}

/** How long the bank round trip may take; the state expires with it. */
const RETURN_WAIT_MS = 30 * 60_000;
const RETURN_POLL_MS = 2_000;

/** Where this round's answer comes from: Kontor's own callback, or an address the person pastes. */
async function openRound(ctx: ConnectorContext, fallbackRedirect: string | undefined): Promise<{ state: string; served: boolean; redirectUrl: string }> {
  const opened = ctx.returns ? await ctx.returns.open() : { state: randomBytes(24).toString("base64url"), redirectUrl: null };
  const redirectUrl = opened.redirectUrl ?? fallbackRedirect;
  if (!redirectUrl) throw new EnableBankingError("Unauthorized", "neither PUBLIC_URL nor ENABLE_BANKING_REDIRECT_URL is set", null);
  return { state: opened.state, served: opened.redirectUrl !== null, redirectUrl };
}

/** The person pastes the address their browser ended on; it is deleted from the chat at once. */
async function pastedReturn(dialog: LinkDialog, ctx: ConnectorContext, state: string): Promise<BankReturn | "spent"> {
  const pasted = await dialog.askSecret(msg("eb.ask_redirect"), {
    validate: (v) => {
      const r = parseRedirect(v);
      if (!r) return msg("eb.invalid_redirect");
      if (r.state === state) return null;
      ctx.logger.warn({ reason: "foreign" }, "pasted bank return refused");
      return msg("eb.wrong_state");
    },
  });
  const claimed = ctx.returns ? await ctx.returns.claimPasted(state) : "ok";
  if (claimed !== "ok") {
    ctx.logger.warn({ reason: claimed }, "pasted bank return refused");
    return "spent";
  }
  return parseRedirect(pasted)!;
}

/** Kontor's callback hands over the answer; the person may still paste the address instead. */
async function servedReturn(dialog: LinkDialog, ctx: ConnectorContext, state: string, bank: string): Promise<BankReturn | "spent" | "abandoned"> {
  const returns = ctx.returns!;
  let answer: BankReturn | null = null;
  const outcome = await dialog.waitForConfirmation(msg("eb.wait_return", { bank }), {
    buttonLabel: msg("eb.paste_instead"),
    timeoutMs: RETURN_WAIT_MS,
    pollIntervalMs: RETURN_POLL_MS,
    poll: async () => (answer = await returns.take(state)) !== null,
    doneText: msg("eb.returned", { bank }),
  });
  if (answer) return answer;
  if (outcome === "timeout") return "abandoned";
  return (await returns.take(state)) ?? pastedReturn(dialog, ctx, state);
}

/** One round at the bank: the link, the way back, the session. Null means "try again". */
async function authorizeOnce(
  client: EnableBankingClient,
  dialog: LinkDialog,
  ctx: ConnectorContext,
  bank: Aspsp,
  validUntil: Date,
  fallbackRedirect: string | undefined,
): Promise<z.infer<typeof sessionSchema> | null> {
  const round = await openRound(ctx, fallbackRedirect);
  const auth = await client.post(
    "/auth",
    {
      access: { valid_until: validUntil.toISOString() },
      aspsp: { name: bank.name, country: bank.country },
      state: round.state,
      redirect_url: round.redirectUrl,
      psu_type: "personal",
      language: dialog.locale,
    },
    authSchema,
  );
  await dialog.showLink(msg(round.served ? "eb.open_bank_served" : "eb.open_bank", { bank: bank.name }), auth.url, msg("eb.open_button", { bank: bank.name }));
  const redirect = round.served ? await servedReturn(dialog, ctx, round.state, bank.name) : await pastedReturn(dialog, ctx, round.state);
  if (redirect === "abandoned") {
    ctx.logger.info({ bank: bank.name }, "the person did not come back from the bank");
    await dialog.say(msg("eb.abandoned", { bank: bank.name }));
    throw new EnableBankingError("Unauthorized", "the bank round trip was not completed in time", "ABANDONED");
  }
  if (redirect === "spent") {
    await dialog.say(msg("eb.code_expired"));
    return null;
  }
  if (redirect.error || !redirect.code) {
    ctx.logger.info({ bank: bank.name, error: redirect.error }, "bank did not grant access");
    await dialog.say(msg("eb.denied", { reason: redirect.errorDescription ?? redirect.error ?? "?" }));
    return null;
  }
  try {
    return await client.post("/sessions", { code: redirect.code }, sessionSchema);
  } catch (err) {
    if (err instanceof EnableBankingError && err.code && LINK_RETRY_CODES.has(err.code)) {
      await dialog.say(msg("eb.code_expired"));
      return null;
    }
    throw err;
  }
}

async function listBanks(client: EnableBankingClient, country: string): Promise<Aspsp[]> {
  const body = await client.get("/aspsps", { country, psu_type: "personal", service: "AIS" }, aspspsSchema);
  return body.aspsps.filter((b) => !b.psu_types || b.psu_types.includes("personal"));
}

export async function linkEnableBanking(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<EnableBankingCredentials>> {
  const client = requireClient(ctx);
  await dialog.say(msg("eb.intro"));
  const bank = await chooseBank(dialog, COUNTRIES, (country) => listBanks(client, country));
  return linkBank(dialog, ctx, client, bank);
}

/**
 * Renewing a consent (the "Renew" button): same bank, so no picker; only the
 * consent length and the round at the bank. The accounts come back with the
 * same identification_hash, so the history continues.
 */
export async function renewEnableBanking(dialog: LinkDialog, stored: EnableBankingCredentials, ctx: ConnectorContext): Promise<LinkResult<EnableBankingCredentials>> {
  const client = requireClient(ctx);
  const bank = (await listBanks(client, stored.aspsp.country)).find((b) => b.name === stored.aspsp.name);
  // A bank that left Enable Banking's list: the person picks again.
  if (!bank) return linkEnableBanking(dialog, ctx);
  await dialog.say(msg("eb.renew", { bank: bank.name }));
  return linkBank(dialog, ctx, client, bank);
}

async function linkBank(dialog: LinkDialog, ctx: ConnectorContext, client: EnableBankingClient, bank: Aspsp): Promise<LinkResult<EnableBankingCredentials>> {
  const settings = readSettings(ctx.settings);
  const seconds = await chooseConsentSeconds(dialog, bank);
  const validUntil = new Date(ctx.now().getTime() + seconds * 1000);

  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const session = await authorizeOnce(client, dialog, ctx, bank, validUntil, settings!.ENABLE_BANKING_REDIRECT_URL);
    if (session) {
      const accounts = storedAccounts(session.accounts, "EUR");
      if (accounts.length === 0) {
        await dialog.say(msg("eb.no_accounts"));
        throw new EnableBankingError("Unauthorized", "the bank shared no readable account", "NO_ACCOUNTS_ADDED");
      }
      const list = accountLines(accounts);
      await dialog.say(msg("eb.accounts_found", { bank: session.aspsp.name, count: accounts.length, list }));
      return {
        label: session.aspsp.name,
        credentials: { sessionId: session.session_id, validUntil: new Date(session.access.valid_until).toISOString(), aspsp: session.aspsp, accounts },
        consentExpiresAt: new Date(session.access.valid_until),
      };
    }
    if (attempt === MAX_ATTEMPTS) break;
    const again = await dialog.choose(msg("eb.try_again"), [
      { id: "retry", label: msg("eb.try_again") },
      { id: "stop", label: msg("eb.give_up") },
    ]);
    if (again === "stop") break;
  }
  throw new EnableBankingError("Unauthorized", "access at the bank was not granted", "ACCESS_DENIED");
}
