// Linking (open-banking.md §2.2): the person pastes a Setup Token, Kontor
// claims it once for an Access URL (only to an allowed Bridge host), and lists
// the accounts with a balances-only call.
import { msg } from "../../src/i18n/message.ts";
import type { ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import { claim, getAccounts, parseAccessUrl, SimplefinError } from "./client.ts";
import type { SimplefinCredentials } from "./credentials.ts";
import { toAccount } from "./normalize.ts";
import { connectionNames } from "./payloads.ts";
import { allowedUrl, readSettings } from "./settings.ts";

/** The claim URL inside a Setup Token, or null when the text is not one. */
export function decodeSetupToken(text: string): URL | null {
  const token = text.trim().replace(/\s+/g, "");
  if (!/^[A-Za-z0-9+/=_-]{20,}$/.test(token)) return null;
  try {
    const url = new URL(Buffer.from(token, "base64").toString("utf8").trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

export async function linkSimplefin(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<SimplefinCredentials>> {
  const settings = readSettings(ctx.settings);
  await dialog.say(msg("sf.intro"));
  await dialog.showLink(msg("sf.open"), settings.createUrl, msg("sf.open_button"));
  for (;;) {
    const token = await dialog.askSecret(msg("sf.ask_token"), {
      validate: (v) => {
        const url = decodeSetupToken(v);
        if (!url) return msg("sf.invalid_token");
        return allowedUrl(url, settings) ? null : msg("sf.token_host");
      },
    });
    let accessUrl: string;
    try {
      accessUrl = await claim(decodeSetupToken(token)!, ctx);
    } catch (err) {
      if (err instanceof SimplefinError && err.kind === "token") {
        await dialog.say(msg("sf.token_used"));
        continue;
      }
      throw err;
    }
    const target = parseAccessUrl(accessUrl, settings);
    const set = await getAccounts(target, { "balances-only": "1" }, ctx);
    if (set.accounts.length === 0) {
      await dialog.say(msg("sf.no_accounts"));
      throw new SimplefinError("Unauthorized", "the Bridge has no accounts", "other");
    }
    const names = connectionNames(set);
    const accounts = set.accounts.map((a) => toAccount(a, names));
    await dialog.say(msg("sf.accounts_found", { count: accounts.length, list: accounts.map((a) => `• ${a.name}, ${a.currency}`).join("\n") }));
    return { label: "SimpleFIN", credentials: { accessUrl } };
  }
}
