// After a link (with a wrong TAN), token rotation, a dead refresh chain and a
// re-confirm, no secret may be readable anywhere: not in the log, not in the
// chat, not in any PostgreSQL column.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { person, startComdirectChat, startComdirectLink, finishWithAllAccounts, visibleChatText, type ComdirectChat } from "../helpers/comdirect-chat.ts";

const MINUTE = 60_000;
const WRONG_TAN = "747474";

let c: ComdirectChat;
let secrets: string[];

/** Every text-like column of every table in the app's schema, as one string per table. */
async function dumpDatabase(c: ComdirectChat): Promise<Map<string, string>> {
  const columns = await c.t.db.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `select table_name, column_name from information_schema.columns
     where table_schema = 'public' and data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'bytea')
     order by table_name, ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const col of columns) byTable.set(col.table_name, [...(byTable.get(col.table_name) ?? []), col.column_name]);
  const dump = new Map<string, string>();
  for (const [table, cols] of byTable) {
    const select = cols.map((col) => `coalesce("${col}"::text, '')`).join(` || E'\\x1f' || `);
    const rows = await c.t.db.$queryRawUnsafe<{ v: string | null }[]>(`select string_agg(${select}, E'\\n') as v from "${table}"`);
    dump.set(table, rows[0]?.v ?? "");
  }
  return dump;
}

describe("comdirect secrets stay secret", () => {
  beforeAll(async () => {
    c = await startComdirectChat({ clientSecret: "cs-Zq8vW3-client-secret", pin: "Pk9xq2Lm", tan: "583920" });
    const after = c.mark();
    await startComdirectLink(c);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, WRONG_TAN);
    await c.waitFor(/did not accept that TAN/, after);
    c.sim.sendText(person, c.fake.config.tan);
    await finishWithAllAccounts(c, after);
    const conn = await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect", status: "ACTIVE" } });

    // A rotation on a scheduled sync, then a dead refresh chain, a notice and a re-confirm.
    for (const minutes of [15, 25]) {
      c.fake.advance(minutes * MINUTE);
      await c.t.db.connection.update({ where: { id: conn.id }, data: { nextSyncAt: c.fake.now() } });
      await c.app.services.scheduler!.tick();
    }
    await c.app.services.dispatcher!.runOnce();
    const relinkAfter = c.mark();
    c.tap(await c.waitFor(/needs you to sign in again/, after), /Re-link/);
    await c.waitFor(/TAN from your photoTAN app/, relinkAfter);
    c.sim.sendText(person, c.fake.config.tan);
    await c.waitFor(/is confirmed again/, relinkAfter, 20_000);
    await c.app.services.dispatcher!.runOnce();

    const tokens = [...c.fake.state.tokens.keys()];
    expect(tokens.length).toBeGreaterThanOrEqual(8);
    secrets = [c.fake.config.clientSecret, c.fake.config.pin, c.fake.config.tan, WRONG_TAN, ...tokens];
  }, 60_000);
  afterAll(async () => {
    await c.stop();
  });

  it("the app log (down to debug) contains none of them", () => {
    const log = c.app.log.text;
    expect(log.length).toBeGreaterThan(1000);
    for (const s of secrets) expect(log, `log contains ${s.slice(0, 3)}…`).not.toContain(s);
  });

  it("no bot message, caption or edit and no user message still in the chat contains them", () => {
    const chat = visibleChatText(c);
    expect(chat).toMatch(/is confirmed again/);
    for (const s of secrets) expect(chat, `chat contains ${s.slice(0, 3)}…`).not.toContain(s);
  });

  it("no column of any PostgreSQL table contains them; credentials are vault ciphertext", async () => {
    const dump = await dumpDatabase(c);
    expect([...dump.keys()]).toEqual(expect.arrayContaining(["Connection", "Transaction", "Outbox", "SyncRun", "User"]));
    for (const [table, text] of dump) for (const s of secrets) expect(text, `${table} contains ${s.slice(0, 3)}…`).not.toContain(s);
    const conn = await c.t.db.connection.findFirstOrThrow({ where: { provider: "comdirect" } });
    expect(conn.credentials).toMatch(/^v1:/);
  });
});
