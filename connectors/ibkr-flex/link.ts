// Linking: explain the Flex Query and token, ask both, run the query once and
// report what it returned. A token or query IBKR refuses is asked again (a
// few times), everything else is the engine's typed error.
import { msg } from "../../src/i18n/message.ts";
import type { ConnectorContext, LinkDialog, LinkResult } from "../types.ts";
import { fetchStatements, IbkrFlexError } from "./client.ts";
import type { IbkrFlexCredentials } from "./credentials.ts";
import { maskAccount, toHoldings } from "./normalize.ts";

const MAX_TRIES = 3;

export async function linkIbkrFlex(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<IbkrFlexCredentials>> {
  await dialog.say(msg("ibkr.intro"));
  for (let attempt = 1; ; attempt++) {
    const token = (await dialog.askSecret(msg("ibkr.ask_token"), { validate: (v) => (/^[A-Za-z0-9]{8,64}$/.test(v.trim()) ? null : msg("ibkr.invalid_token")) })).trim();
    const queryId = (await dialog.askText(msg("ibkr.ask_query"), { validate: (v) => (/^\d{1,12}$/.test(v.trim()) ? null : msg("ibkr.invalid_query")) })).trim();
    const credentials = { token, queryId };
    await dialog.progress(msg("ibkr.testing"));
    try {
      const statements = await fetchStatements(credentials, ctx);
      const first = statements[0];
      if (!first) {
        await dialog.say(msg("ibkr.empty"));
        throw new IbkrFlexError("BadResponse", "the Flex query returned no statement", null, "query");
      }
      for (const st of statements) {
        await dialog.say(msg("ibkr.found", { account: maskAccount(st.accountId), currency: st.baseCurrency ?? "USD", positions: toHoldings(st, ctx.now()).length }));
      }
      return { label: `Interactive Brokers ${maskAccount(first.accountId)}`, credentials };
    } catch (err) {
      if (!(err instanceof IbkrFlexError) || !err.fix || err.code === null) throw err;
      await dialog.say(msg(`ibkr.fix_${err.fix}`));
      if (attempt >= MAX_TRIES || err.fix === "account") throw err;
    }
  }
}
