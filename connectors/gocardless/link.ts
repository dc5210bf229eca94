// Linking (connectors.md §2.2): bank, end-user agreement for as long as the
// bank allows, a requisition whose link the person opens; Kontor polls the
// requisition until it is linked, so no return address is needed. With
// PUBLIC_URL the bank sends the browser back to /callback/gocardless with
// `?ref=<reference>` (an unguessable state here): the flow goes on at once, and
// the requisition is polled only now and then as the fallback.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { msg } from "../../src/i18n/message.ts";
import { accountLines, chooseBank } from "../shared/bank-picker.ts";
import type { AccountKind, BankReturn, ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import { GocardlessError, type GocardlessClient } from "./client.ts";
import type { GcAccount, GocardlessCredentials } from "./credentials.ts";
import { agreementSchema, detailsSchema, institutionSchema, requisitionSchema, type Institution } from "./payloads.ts";
import { requireClient } from "./session.ts";
import { readSettings } from "./settings.ts";

const COUNTRIES = ["DE", "AT", "NL", "BE", "FR", "ES", "IT", "FI", "SE", "DK", "NO", "PL", "PT", "IE", "GB"] as const;
const WAIT_MS = 15 * 60_000;
const POLL_MS = 3_000;
/** With Kontor's own return address, the requisition is asked only every this many polls. */
const REQUISITION_EVERY = 10;
const TYPES: Record<string, AccountKind> = { CACC: "CHECKING", SVGS: "SAVINGS", CARD: "CREDIT_CARD" };

export async function linkGocardless(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<GocardlessCredentials>> {
  const client = requireClient(ctx);
  await dialog.say(msg("gc.intro"));
  const bank = await chooseBank(dialog, COUNTRIES, (country) => client.request("GET", `/institutions/?country=${country.toLowerCase()}`, undefined, z.array(institutionSchema)));
  return linkInstitution(dialog, ctx, client, bank, []);
}

/**
 * Renewing an agreement (the "Renew" button, or a re-link after it expired):
 * the same institution, so no picker, straight to a new agreement and consent
 * link. The institution is read again for its current limits; one GoCardless
 * no longer lists is picked again.
 */
export async function renewGocardless(dialog: LinkDialog, stored: GocardlessCredentials, ctx: ConnectorContext): Promise<LinkResult<GocardlessCredentials>> {
  const client = requireClient(ctx);
  let bank: Institution;
  try {
    bank = await client.request("GET", `/institutions/${encodeURIComponent(stored.institution.id)}/`, undefined, institutionSchema);
  } catch (err) {
    if (!(err instanceof GocardlessError) || err.status !== 404) throw err;
    ctx.logger.info({ bank: stored.institution.id }, "institution no longer offered; asking for the bank again");
    await dialog.say(msg("gc.intro"));
    const picked = await chooseBank(dialog, COUNTRIES, (country) => client.request("GET", `/institutions/?country=${country.toLowerCase()}`, undefined, z.array(institutionSchema)));
    return linkInstitution(dialog, ctx, client, picked, stored.accounts);
  }
  await dialog.say(msg("gc.renew", { bank: bank.name }));
  return linkInstitution(dialog, ctx, client, bank, stored.accounts);
}

/**
 * The key a new requisition's account continues under. GoCardless gives every
 * requisition new account ids, so an account without an IBAN (keyed by bank
 * and id) would otherwise come back as a new, empty account: it keeps the key
 * of the one earlier account with its name, currency and type.
 */
function keyFor(account: Omit<GcAccount, "key">, bankId: string, previous: readonly GcAccount[], taken: Set<string>): string {
  if (account.iban) return account.iban;
  const same = previous.filter((p) => !p.iban && !taken.has(p.key) && p.name === account.name && p.currency === account.currency && p.type === account.type);
  return same.length === 1 ? same[0]!.key : `${bankId}:${account.id}`;
}

async function linkInstitution(dialog: LinkDialog, ctx: ConnectorContext, client: GocardlessClient, bank: Institution, previous: readonly GcAccount[]): Promise<LinkResult<GocardlessCredentials>> {
  const settings = readSettings(ctx.settings)!;
  const days = Math.min(180, bank.max_access_valid_for_days);
  const historyDays = Math.min(730, bank.transaction_total_days);
  const agreement = await client.request(
    "POST",
    "/agreements/enduser/",
    { institution_id: bank.id, max_historical_days: historyDays, access_valid_for_days: days, access_scope: ["balances", "details", "transactions"] },
    agreementSchema,
  );
  const opened = ctx.returns ? await ctx.returns.open() : null;
  const served = opened?.redirectUrl ? { state: opened.state } : null;
  const requisition = await client.request(
    "POST",
    "/requisitions/",
    {
      redirect: opened?.redirectUrl ?? settings.GOCARDLESS_REDIRECT_URL,
      institution_id: bank.id,
      agreement: agreement.id,
      reference: opened?.state ?? randomBytes(12).toString("hex"),
      user_language: dialog.locale.toUpperCase(),
    },
    requisitionSchema,
  );
  await dialog.showLink(msg("gc.open", { bank: bank.name }), requisition.link, msg("gc.open_button", { bank: bank.name }));

  let latest = requisition;
  let returned: BankReturn | null = null;
  let polls = 0;
  const readRequisition = async () => {
    latest = await client.request("GET", `/requisitions/${encodeURIComponent(requisition.id)}/`, undefined, requisitionSchema);
    return latest.status === "LN" || latest.status === "RJ" || latest.status === "EX";
  };
  const poll = async () => {
    if (served) {
      returned ??= await ctx.returns!.take(served.state);
      if (returned?.error) return true;
      if (!returned && ++polls % REQUISITION_EVERY !== 0) return false;
    }
    return readRequisition();
  };
  const outcome = await dialog.waitForConfirmation(msg("gc.open", { bank: bank.name }), {
    buttonLabel: msg("gc.done_button"),
    timeoutMs: WAIT_MS,
    poll,
    pollIntervalMs: POLL_MS,
    ...(served ? { doneText: msg("gc.returned", { bank: bank.name }) } : {}),
  });
  if (outcome === "confirmed") await readRequisition();
  const cancelled = (returned as BankReturn | null)?.error;
  if (cancelled) ctx.logger.info({ bank: bank.id, error: cancelled }, "bank did not grant access");
  if (cancelled || latest.status === "RJ" || latest.status === "EX") {
    await dialog.say(msg("gc.rejected", { bank: bank.name }));
    throw new GocardlessError("Unauthorized", "the bank did not grant access", 401, "UserSessionRejected");
  }
  if (latest.status !== "LN") {
    await dialog.say(msg("gc.timeout", { bank: bank.name }));
    throw new GocardlessError("Unauthorized", "the bank link was not completed in time", 0, null);
  }

  const accounts: GcAccount[] = [];
  const taken = new Set<string>();
  for (const id of latest.accounts) {
    const { account } = await client.request("GET", `/accounts/${encodeURIComponent(id)}/details/`, undefined, detailsSchema);
    const iban = account.iban?.replace(/\s/g, "").toUpperCase() || null;
    const read = {
      id,
      name: account.displayName ?? account.name ?? account.product ?? (iban ? `Account ${iban.slice(-4)}` : "Account"),
      currency: account.currency && /^[A-Z]{3}$/.test(account.currency) ? account.currency : "EUR",
      type: TYPES[account.cashAccountType ?? ""] ?? "CHECKING",
      iban,
    };
    const key = keyFor(read, bank.id, previous, taken);
    taken.add(key);
    accounts.push({ ...read, key });
  }
  const list = accountLines(accounts);
  await dialog.say(msg("gc.accounts_found", { bank: bank.name, count: accounts.length, list }));
  const validUntil = new Date(ctx.now().getTime() + days * 86_400_000);
  return {
    label: bank.name,
    credentials: { requisitionId: requisition.id, institution: { id: bank.id, name: bank.name }, validUntil: validUntil.toISOString(), historyDays, accounts },
    consentExpiresAt: validUntil,
  };
}
