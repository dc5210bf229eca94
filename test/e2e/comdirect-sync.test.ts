// After the TAN: choosing accounts, the first sync with progress, and paging
// through more transactions than comdirect returns in one page.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_ACCOUNTS, generateTransactions } from "../fakes/comdirect/data.ts";
import { person, startComdirectChat, startComdirectLink, type ComdirectChat } from "../helpers/comdirect-chat.ts";

let c: ComdirectChat | undefined;
afterEach(async () => {
  await c?.stop();
  c = undefined;
});

const [giro, tagesgeld] = DEFAULT_ACCOUNTS as [(typeof DEFAULT_ACCOUNTS)[0], (typeof DEFAULT_ACCOUNTS)[0]];

/** Every text a bot message ever showed, edits included: progress lives in one edited message. */
function botTexts(c: ComdirectChat, after: number): string[] {
  return c.sim
    .botMessages(person.id)
    .filter((m) => m.messageId > after)
    .flatMap((m) => [...m.edits.map((e) => e.text), m.text])
    .filter((s): s is string => typeof s === "string");
}

describe("comdirect accounts and the first sync in the chat", () => {
  it("lists the accounts with balances, syncs only the chosen one and shows progress in one message", async () => {
    c = await startComdirectChat({ accounts: [{ ...giro, transactions: 30 }, { ...tagesgeld, transactions: 12 }] });
    const after = c.mark();
    await startComdirectLink(c);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, c.fake.config.tan);
    const found = await c.waitFor(/I found these accounts/, after);
    expect(found.text).toContain("Girokonto 1234567890: 6860.09 EUR");
    expect(found.text).toContain("Tagesgeld PLUS-Konto 9876543210: 12345.67 EUR");
    const choose = await c.waitFor(/Which accounts should I sync/, after);
    expect(choose.replyMarkup?.inline_keyboard.flat().map((b) => b.text)).toEqual(["All 2", "Let me choose"]);
    c.tap(choose, /Let me choose/);
    c.tap(await c.waitFor(/Sync Girokonto 1234567890\?/, after), /^Yes$/);
    c.tap(await c.waitFor(/Sync Tagesgeld PLUS-Konto 9876543210\?/, after), /^No$/);
    const done = await c.waitFor(/is connected/, after, 20_000);
    expect(done.text).toMatch(/is connected with 1 account\(s\)/);

    const texts = botTexts(c, after);
    expect(texts).toContain("⏳ Connected. Saving your accounts…");
    expect(texts.some((s) => /⏳ Syncing: 1\/1 accounts, 30 transactions so far/.test(s))).toBe(true);
    // Login, TAN, saving and syncing all edit one message instead of flooding the chat.
    const progress = c.sim.botMessages(person.id).filter((m) => m.messageId > after && [...m.edits.map((e) => e.text), m.text].some((s) => /Syncing: /.test(s ?? "")));
    expect(progress).toHaveLength(1);
    expect(progress[0]!.edits.map((e) => e.text)).toContain("Logging in at comdirect…");

    const accounts = await c.t.db.account.findMany({ select: { name: true, syncEnabled: true, _count: { select: { transactions: true } } }, orderBy: { name: "asc" } });
    expect(accounts).toEqual([
      { name: "Girokonto 1234567890", syncEnabled: true, _count: { transactions: 30 } },
      { name: "Tagesgeld PLUS-Konto 9876543210", syncEnabled: false, _count: { transactions: 0 } },
    ]);
  });

  it("pages through 1,200 transactions 500 at a time and stores exactly 1,200", async () => {
    c = await startComdirectChat({ accounts: [{ ...giro }] });
    c.fake.addTransactions(giro.accountId, generateTransactions(1200, c.fake.now()));
    const after = c.mark();
    await startComdirectLink(c);
    await c.waitFor(/TAN from your photoTAN app/, after);
    c.sim.sendText(person, c.fake.config.tan);
    // One account: no question which ones.
    const done = await c.waitFor(/is connected/, after, 25_000);
    expect(done.text).toMatch(/is connected with 1 account\(s\)/);
    expect(await c.t.db.transaction.count()).toBe(1200);
    await c.app.services.dispatcher!.runOnce();
    await c.waitFor(/is connected: imported 1200 transactions since/, after);
    expect(new Set((await c.t.db.transaction.findMany({ select: { externalId: true } })).map((t) => t.externalId)).size).toBe(1200);
    const booked = c.fake.state.requests.filter((r) => r.path.endsWith("/transactions") && r.query.includes("transactionState=BOOKED"));
    expect(booked.map((r) => new URLSearchParams(r.query).get("paging-first"))).toEqual(["0", "500", "1000"]);
    expect(booked.every((r) => new URLSearchParams(r.query).get("paging-count") === "500")).toBe(true);

    // A second sync reads from the overlap window and adds nothing.
    const before = c.mark();
    c.sim.sendText(person, "/sync");
    const progress = await c.waitFor(/Syncing 1 connection/, before);
    await c.sim.waitFor(() => /Sync finished/.test(c!.sim.chat(person.id).find((m) => m.messageId === progress.messageId)!.text ?? ""), 20_000);
    expect(await c.t.db.transaction.count()).toBe(1200);
  });
});
