// Hosted Link from a chat (open-banking.md §3.1-3.3): a link token with
// hosted_link, the URL as a button, completion by polling /link/token/get,
// each public token exchanged once. Update mode re-uses the access token.
// With PUBLIC_URL, Plaid's SESSION_FINISHED webhook (to /callback/plaid with
// this round's single-use state) wakes the flow at once; it is only a signal,
// never trusted for data: the result is always read from /link/token/get.
import { randomBytes } from "node:crypto";
import { msg } from "../../src/i18n/message.ts";
import type { ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import { createClient, PlaidError, type PlaidClient } from "./client.ts";
import type { PlaidCredentials } from "./credentials.ts";
import { exchangeSchema, linkTokenGetSchema, linkTokenSchema } from "./payloads.ts";
import { readSettings, type PlaidSettings } from "./settings.ts";

const URL_LIFETIME_S = 1800;
const POLL_MS = 3_000;
/** With the webhook as the signal, /link/token/get is still asked every this many polls. */
const TOKEN_GET_EVERY = 10;

export function requireClient(ctx: ConnectorContext): { client: PlaidClient; settings: PlaidSettings } {
  const settings = readSettings(ctx.settings);
  if (!settings) throw new PlaidError("Unauthorized", "Plaid is not configured on this Kontor", null);
  return { client: createClient(settings, ctx), settings };
}

type Session = ReturnType<typeof linkTokenGetSchema.parse>["link_sessions"][number];

async function runHostedLink(
  dialog: LinkDialog,
  ctx: ConnectorContext,
  client: PlaidClient,
  settings: PlaidSettings,
  extra: Record<string, unknown>,
  prompt: ReturnType<typeof msg>,
): Promise<Session> {
  const opened = ctx.returns ? await ctx.returns.open() : null;
  const signal = opened?.redirectUrl ? { state: opened.state, webhook: `${opened.redirectUrl}?state=${encodeURIComponent(opened.state)}` } : null;
  const token = await client.post(
    "/link/token/create",
    {
      client_name: "Kontor",
      language: dialog.locale,
      country_codes: settings.PLAID_COUNTRY_CODES.split(","),
      // A random id per link: Plaid never learns who the person is on Telegram.
      user: { client_user_id: randomBytes(12).toString("hex") },
      hosted_link: { url_lifetime_seconds: URL_LIFETIME_S, ...(settings.PLAID_COMPLETION_URL ? { completion_redirect_uri: settings.PLAID_COMPLETION_URL } : {}) },
      ...(signal ? { webhook: signal.webhook } : {}),
      ...extra,
    },
    linkTokenSchema,
  );
  await dialog.showLink(prompt, token.hosted_link_url, msg("plaid.open_button"));
  let finished: Session | undefined;
  const read = async () => {
    const got = await client.post("/link/token/get", { link_token: token.link_token }, linkTokenGetSchema);
    finished = got.link_sessions.find((s) => s.finished_at);
    return Boolean(finished);
  };
  let polls = 0;
  const poll = async () => {
    if (signal && !(await ctx.returns!.take(signal.state)) && ++polls % TOKEN_GET_EVERY !== 0) return false;
    return read();
  };
  const outcome = await dialog.waitForConfirmation(prompt, {
    buttonLabel: msg("plaid.done_button"),
    timeoutMs: URL_LIFETIME_S * 1000,
    poll,
    pollIntervalMs: POLL_MS,
    ...(signal ? { doneText: msg("plaid.returned") } : {}),
  });
  if (outcome === "confirmed") await read();
  if (!finished) {
    await dialog.say(msg("plaid.timeout"));
    throw new PlaidError("Unauthorized", "the Plaid link was not completed in time", null);
  }
  return finished;
}

export async function linkPlaid(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<PlaidCredentials>> {
  const { client, settings } = requireClient(ctx);
  const session = await runHostedLink(dialog, ctx, client, settings, { products: ["transactions"], transactions: { days_requested: 730 } }, msg("plaid.open"));
  const results = session.results?.item_add_results ?? [];
  if (results.length === 0) {
    await dialog.say(msg("plaid.exited", { status: session.exit?.metadata?.status ?? "exited" }));
    throw new PlaidError("Unauthorized", "the person left Plaid Link without connecting", null);
  }
  const items = [];
  for (const r of results) {
    const ex = await client.post("/item/public_token/exchange", { public_token: r.public_token }, exchangeSchema);
    items.push({ itemId: ex.item_id, accessToken: ex.access_token, institution: r.institution?.name ?? "Plaid" });
  }
  const banks = items.map((i) => i.institution).join(", ");
  await dialog.say(msg("plaid.connected", { banks }));
  return { label: banks, credentials: { items } };
}

/** Update mode after ITEM_LOGIN_REQUIRED: the same access tokens keep working afterwards. */
export async function reauthenticatePlaid(dialog: LinkDialog, credentials: PlaidCredentials, ctx: ConnectorContext): Promise<LinkResult<PlaidCredentials>> {
  const { client, settings } = requireClient(ctx);
  for (const item of credentials.items) {
    await runHostedLink(dialog, ctx, client, settings, { access_token: item.accessToken }, msg("plaid.update", { bank: item.institution }));
  }
  return { label: credentials.items.map((i) => i.institution).join(", "), credentials };
}
