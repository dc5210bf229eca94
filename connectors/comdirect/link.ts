// Linking comdirect: ask for the four secrets, log in with a TAN, pick accounts.
// reauthenticate reuses the remembered secrets and only repeats the TAN part.
import { msg } from "../../src/i18n/index.ts";
import type { ConnectorContext, LinkDialog, LinkResult, NormalizedAccount, NormalizedBalance } from "../types.ts";
import { fetchSessionIdentifier, passwordGrant, secondaryGrant } from "./auth.ts";
import { ComdirectClient, newClientSessionId } from "./client.ts";
import { credentialsSchema, type ComdirectCredentials, type LoginSecrets } from "./credentials.ts";
import { ComdirectSession } from "./session.ts";
import { completeSecondFactor } from "./tan.ts";

const notBlank = (v: string) => (v.trim() ? null : msg("comdirect.invalid_blank"));
const zugangsnummerOk = (v: string) => (/^\d{8,10}$/.test(v.trim()) ? null : msg("comdirect.invalid_zugangsnummer"));
const pinOk = (v: string) => (/^\S{4,16}$/.test(v) ? null : msg("comdirect.invalid_pin"));

export function labelFor(zugangsnummer: string): string {
  return `comdirect ••${zugangsnummer.slice(-4)}`;
}

/** Steps 1–5: a fresh TAN session for remembered or freshly typed secrets. */
async function login(dialog: LinkDialog, ctx: ConnectorContext, secrets: LoginSecrets, client: ComdirectClient): Promise<ComdirectCredentials> {
  await dialog.progress(msg("comdirect.logging_in"));
  const first = await passwordGrant(client, ctx, secrets);
  const identifier = await fetchSessionIdentifier(client, first.accessToken);
  const { method } = await completeSecondFactor({ dialog, client, ctx, token: first.accessToken, identifier });
  await dialog.progress(msg("comdirect.activating"));
  const banking = await secondaryGrant(client, ctx, secrets, first.accessToken);
  ctx.logger.info({ provider: "comdirect", tanType: method, scope: banking.scope }, "comdirect session activated");
  return credentialsSchema.parse({ ...secrets, ...banking, sessionId: client.sessionId, sessionIdentifier: identifier, tanMethod: method });
}

function accountLine(a: NormalizedAccount, balances: NormalizedBalance[]): string {
  const booked = balances.find((b) => b.accountExternalId === a.externalId && b.kind === "booked");
  return booked ? `• ${a.name}: ${booked.amount} ${booked.currency}` : `• ${a.name}`;
}

/** Default all; "let me choose" walks through the accounts one yes/no at a time. */
async function selectAccounts(dialog: LinkDialog, accounts: NormalizedAccount[], balances: NormalizedBalance[]): Promise<string[] | undefined> {
  if (accounts.length === 0) {
    await dialog.say(msg("comdirect.no_accounts"));
    return undefined;
  }
  await dialog.say(msg("comdirect.accounts_found", { lines: accounts.map((a) => accountLine(a, balances)).join("\n") }));
  if (accounts.length === 1) return undefined;
  const mode = await dialog.choose(msg("comdirect.accounts_choose"), [
    { id: "all", label: msg("comdirect.accounts_all", { count: accounts.length }) },
    { id: "pick", label: msg("comdirect.accounts_pick") },
  ]);
  if (mode === "all") return undefined;
  const chosen: string[] = [];
  for (const a of accounts) {
    const answer = await dialog.choose(msg("comdirect.account_include", { name: a.name }), [
      { id: "yes", label: msg("common.yes") },
      { id: "no", label: msg("common.no") },
    ]);
    if (answer === "yes") chosen.push(a.externalId);
  }
  return chosen;
}

export async function linkComdirect(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<ComdirectCredentials>> {
  await dialog.say(msg("comdirect.intro"));
  const clientId = (await dialog.askText(msg("comdirect.ask_client_id"), { validate: notBlank })).trim();
  const clientSecret = (await dialog.askSecret(msg("comdirect.ask_client_secret"), { validate: notBlank })).trim();
  const zugangsnummer = (await dialog.askSecret(msg("comdirect.ask_zugangsnummer"), { validate: zugangsnummerOk })).trim();
  const pin = await dialog.askSecret(msg("comdirect.ask_pin"), { validate: pinOk });
  // One client for login and listing, so request ids stay unique in this session.
  const client = new ComdirectClient(ctx, newClientSessionId());
  const credentials = await login(dialog, ctx, { clientId, clientSecret, zugangsnummer, pin }, client);
  const session = new ComdirectSession(credentials, ctx, client);
  const accounts = await session.listAccounts();
  const balances = await session.fetchBalances(accounts);
  const selectedAccountIds = await selectAccounts(dialog, accounts, balances);
  return { label: labelFor(zugangsnummer), credentials: session.credentials(), selectedAccountIds };
}

export async function reauthenticateComdirect(
  dialog: LinkDialog,
  remembered: ComdirectCredentials,
  ctx: ConnectorContext,
): Promise<LinkResult<ComdirectCredentials>> {
  const { clientId, clientSecret, zugangsnummer, pin } = credentialsSchema.parse(remembered);
  const credentials = await login(dialog, ctx, { clientId, clientSecret, zugangsnummer, pin }, new ComdirectClient(ctx, newClientSessionId()));
  // No account question here: the engine keeps the selection it already has.
  return { label: labelFor(zugangsnummer), credentials };
}
