import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTelegramSimulator, type TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { startTestApp } from "../helpers/app.ts";
import { onboard } from "../helpers/onboard.ts";
import { parseStatementFile } from "../../connectors/file-import/index.ts";
import { zipBytes } from "../connectors/file-import/zip-bytes.ts";

const erin = { id: 6006, first_name: "Erin", language_code: "en" };
// A ZIP or a big file is read in a worker thread, whose start alone took over 5 s (the simulator's default wait) on a
// loaded 2-core machine: waits for a preview or an import's result allow for that.
const WORKER_WAIT = 20_000;
const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url));

describe("importing statement files in the chat", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  const last = () => sim.lastBotMessage(erin.id)?.messageId ?? 0;
  const send = async (fileName: string, content?: Buffer) => sim.sendDocument(erin, { fileName, mimeType: "text/plain", content: content ?? (await fixture(fileName)) });
  const messageText = (id: number) => sim.chat(erin.id).find((m) => m.messageId === id)!.text ?? "";
  const footprint = async () => ({
    connections: await t.db.connection.count(),
    accounts: await t.db.account.count(),
    transactions: await t.db.transaction.count(),
    syncRuns: await t.db.syncRun.count(),
    balances: await t.db.balanceSnapshot.count(),
  });
  /** Sends a file and expects a refusal; returns its text after checking nothing was written. */
  const refused = async (fileName: string, content: Buffer) => {
    const before = await footprint();
    const after = last();
    await send(fileName, content);
    const answer = await sim.waitForBotMessage(erin.id, /could not import/, { afterMessageId: after });
    expect(answer.text).toContain("Nothing was written.");
    expect(answer.replyMarkup).toBeUndefined();
    expect(await footprint()).toEqual(before);
    return answer.text!;
  };
  const importFile = async (fileName: string, content?: Buffer) => {
    const after = last();
    await send(fileName, content);
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after, timeoutMs: WORKER_WAIT });
    // The simulator edits the message in place: keep the preview's text before confirming.
    const previewText = preview.text!;
    sim.tapButton(erin, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported \d+ new transaction/.test(messageText(preview.messageId)), WORKER_WAIT);
    return { preview: previewText, done: messageText(preview.messageId) };
  };

  beforeAll(async () => {
    sim = await startTelegramSimulator();
    t = await createTestDatabase();
    app = await startTestApp({ sim, databaseUrl: t.url, allowed: [erin.id] });
    await onboard(sim, erin);
  });
  afterAll(async () => {
    await app.stop();
    await sim.close();
    await t.drop();
  });

  it("previews, imports on confirmation, and importing the same file again adds nothing", async () => {
    const after = last();
    await send("comdirect-girokonto.csv");
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
    expect(await t.db.transaction.count()).toBe(0);
    const total = Number(/(\d+) transaction\(s\), (\d+) new/.exec(preview.text!)![2]);
    expect(total).toBeGreaterThan(0);
    sim.tapButton(erin, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported \d+ new transaction/.test(sim.chat(erin.id).find((m) => m.messageId === preview.messageId)!.text ?? ""));
    expect(await t.db.transaction.count()).toBe(total);

    const again = last();
    await send("comdirect-girokonto.csv");
    await sim.waitForBotMessage(erin.id, /already imported\. Nothing to do/, { afterMessageId: again });
    expect(await t.db.transaction.count()).toBe(total);
  });

  it("refuses a malformed file naming the line and field, and writes nothing", async () => {
    const before = await t.db.transaction.count();
    const after = last();
    await send("comdirect-bad-amount.csv");
    const answer = await sim.waitForBotMessage(erin.id, /could not import/, { afterMessageId: after });
    expect(answer.text).toMatch(/Line \d+, column 'Umsatz in EUR'/);
    expect(await t.db.transaction.count()).toBe(before);
  });

  it("asks about an ambiguous CSV and imports with the corrected date format", async () => {
    const before = await t.db.transaction.count();
    const after = last();
    await send("generic-ambiguous.csv");
    const guess = await sim.waitForBotMessage(erin.id, /not sure how to read this CSV/, { afterMessageId: after });
    const buttons = guess.replyMarkup!.inline_keyboard;
    // The file reads as US dates; the person says they are day-first.
    expect(guess.text).toContain("dates MM/DD/YYYY");
    expect(buttons.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))).toContain("imp:df:DD/MM/YYYY");
    sim.tapButton(erin, guess.messageId, "imp:df:DD/MM/YYYY");
    await sim.waitFor(() => /Import the new transactions\?/.test(sim.chat(erin.id).find((m) => m.messageId === guess.messageId)!.text ?? ""));
    sim.tapButton(erin, guess.messageId, "imp:ok");
    await sim.waitFor(() => /Imported/.test(sim.chat(erin.id).find((m) => m.messageId === guess.messageId)!.text ?? ""));
    const rows = await t.db.transaction.findMany({ where: { description: { contains: "Bus ticket" } } });
    expect(rows.map((r) => r.bookingDate.toISOString().slice(0, 10))).toEqual(["2024-04-05"]);
    expect(await t.db.transaction.count()).toBeGreaterThan(before);
  });

  it("cancelling a preview writes nothing", async () => {
    const before = await t.db.transaction.count();
    const after = last();
    await send("camt053.xml");
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
    sim.tapButton(erin, preview.messageId, "imp:no");
    await sim.waitFor(() => /Import cancelled/.test(sim.chat(erin.id).find((m) => m.messageId === preview.messageId)!.text ?? ""));
    expect(await t.db.transaction.count()).toBe(before);
  });

  it("refuses a CAMT file whose second statement holds 2024-02-31 in the preview, with line and field, and writes nothing of either statement", async () => {
    const text = await refused("two.xml", await fixture("camt053-two-statements-bad-date.xml"));
    expect(text).toContain("Line 164, BookgDt: '2024-02-31' is not a real date");
    expect(text).not.toMatch(/2 Mar 2024/);
  });

  it("refuses an amount beyond DECIMAL(38,18) and year 0000 in the preview, naming line and field", async () => {
    const csv = (await fixture("comdirect-girokonto.csv")).toString("latin1");
    const lines = csv.split("\n");
    const line = lines.findIndex((l) => l.includes('"-4,90"')) + 1;
    const huge = Buffer.from(csv.replace('"-4,90"', '"123.456.789.012.345.678.901,00"'), "latin1");
    expect(await refused("huge.csv", huge)).toContain(`Line ${line}, Umsatz in EUR: the amount '123456789012345678901.00' is too large`);

    const camt = (await fixture("camt053.xml")).toString("utf8").replace("<Dt>2024-03-05</Dt>\n        </BookgDt>", "<Dt>0000-03-05</Dt>\n        </BookgDt>");
    expect(await refused("year0.xml", Buffer.from(camt))).toMatch(/Line \d+, BookgDt: '0000-03-05' is not a real date/);
  });

  it("keeps two IBANs apart and shows each account's stated balance with its date in /accounts", async () => {
    const first = await importFile("camt053.xml");
    expect(first.preview).toContain("Account DE89 •••• 3000 (new account)");
    // The pending 0.10 is shown as pending, the closing balance with its day.
    expect(first.preview).toContain("1 of them pending");
    expect(first.preview).toContain("balance €4,648.71 on 5 Mar 2024");
    expect(first.preview).not.toContain("DE89370400440532013000");

    const other = (await fixture("camt053.xml")).toString("utf8").replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE02120300000000202051</IBAN>").replace("<Amt Ccy=\"EUR\">4648.71</Amt>", "<Amt Ccy=\"EUR\">12345.67</Amt>");
    const second = await importFile("other.xml", Buffer.from(other));
    expect(second.preview).toContain("Account DE02 •••• 2051 (new account)");
    expect(second.preview).toMatch(/3 transaction\(s\), 3 new/);

    const after = last();
    sim.sendText(erin, "/accounts");
    const accounts = (await sim.waitForBotMessage(erin.id, /Your accounts/, { afterMessageId: after })).text!;
    expect(accounts).toContain("Account DE89 •••• 3000: €4,648.71 on 5 Mar 2024");
    expect(accounts).toContain("Account DE02 •••• 2051: €12,345.67 on 5 Mar 2024");
    expect(accounts).not.toMatch(/DE89370400440532013000|DE02120300000000202051/);
  });

  it("imports a Sparkasse camtPacket ZIP in the worker, and the same days sent again, zipped or not, add nothing", async () => {
    const day = await fixture("camt052-sparkasse.xml");
    const packet = zipBytes([
      { name: "camt_0000000000_30.12.2023.xml", data: day },
      { name: "camt_0000000000_31.12.2023.xml", data: day },
    ]);
    const first = await importFile("camtPacket_0000000000_30.12.2023-31.12.2023.zip", packet);
    expect(first.preview).toContain("(new account)");
    const stored = await t.db.transaction.count({ where: { account: { externalId: { contains: "DE00200505500000000000" } } } });
    const rows = parseStatementFile({ fileName: "day.xml", content: day }).transactions.length;
    expect(stored).toBe(rows);

    for (const [name, content] of [["again.zip", packet], ["camt_0000000000_31.12.2023.xml", day]] as const) {
      const after = last();
      await send(name, content);
      await sim.waitForBotMessage(erin.id, /already imported\. Nothing to do/, { afterMessageId: after, timeoutMs: WORKER_WAIT });
    }
  });

  it("a second file without an account number asks which account it is, and imports into the one picked", async () => {
    await importFile("generic-en.csv");
    const target = (await t.db.transaction.findFirstOrThrow({ where: { description: { contains: "Coffee beans" } }, include: { account: true } })).account;
    const accountsBefore = await t.db.account.count();
    const after = last();
    await send("more.csv", Buffer.from("Date,Description,Amount\n2024-04-02,Bakery,-3.20\n2024-04-03,Pharmacy,-12.00\n"));
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
    expect(preview.text).toMatch(/EUR account \d \(new account\)/);
    expect(preview.text).toContain("does not say which account");
    const buttons = preview.replyMarkup!.inline_keyboard.flat().map((b) => [b.text, "callback_data" in b ? b.callback_data : ""]);
    expect(buttons).toContainEqual(["✓ New account", "imp:a:0:new"]);
    expect(buttons).toContainEqual([target.name, `imp:a:0:${target.id}`]);
    sim.tapButton(erin, preview.messageId, `imp:a:0:${target.id}`);
    await sim.waitFor(() => messageText(preview.messageId).includes(`${target.name} (existing account)`));
    expect(preview.replyMarkup!.inline_keyboard.flat().map((b) => b.text)).toContain(`✓ ${target.name}`);
    sim.tapButton(erin, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported 2 new transaction/.test(messageText(preview.messageId)));
    expect(await t.db.account.count()).toBe(accountsBefore);
    expect(await t.db.transaction.count({ where: { accountId: target.id } })).toBe(5);
  });

  it("an Amex CSV naming no currency is read in the currency its addresses say, and the person can switch it before importing", async () => {
    const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category";
    const csv = `${header}\n03/09/2026,VAPIANO BONN,ERIN X,-55501,42.10,,VAPIANO BONN,,BONN,53111,GERMANY,'3202999000001',Restaurant-Restaurant\n`;
    const after = last();
    await send("activity.csv", Buffer.from(csv));
    const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
    expect(preview.text).toContain("amounts in EUR");
    expect(preview.text).toContain("because most purchases were made in Germany");
    sim.tapButton(erin, preview.messageId, "imp:cur:GBP");
    await sim.waitFor(() => messageText(preview.messageId).includes("amounts in GBP"));
    expect(messageText(preview.messageId)).toContain("as you chose");
    expect(preview.replyMarkup!.inline_keyboard.flat().map((b) => ("callback_data" in b ? b.callback_data : ""))).toContain("imp:cur:EUR");
    sim.tapButton(erin, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported 1 new transaction/.test(messageText(preview.messageId)));
    const row = await t.db.transaction.findFirstOrThrow({ where: { externalId: "3202999000001" }, include: { account: true } });
    expect([row.currency, row.account.currency, row.amount.toString()]).toEqual(["GBP", "GBP", "-42.1"]);
  });

  it("when the database fails mid-import, nothing of the file is written and the reply says exactly that", async () => {
    // The second statement's balance insert fails: the first statement's account and rows are already written by then.
    await t.db.$executeRawUnsafe(`CREATE FUNCTION kontor_test_fail() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await t.db.$executeRawUnsafe(`CREATE TRIGGER kontor_test_fail BEFORE INSERT ON "BalanceSnapshot" FOR EACH ROW EXECUTE FUNCTION kontor_test_fail()`);
    try {
      const two = (await fixture("camt053-two-statements-bad-date.xml"))
        .toString("utf8")
        .replaceAll("2024-02-31", "2024-02-28")
        .replace("<IBAN>DE89370400440532013000</IBAN>", "<IBAN>DE44500105175407324931</IBAN>")
        .replace("<IBAN>DE02120300000000202051</IBAN>", "<IBAN>DE12500105170648489890</IBAN>");
      const before = await footprint();
      const after = last();
      await send("two.xml", Buffer.from(two));
      const preview = await sim.waitForBotMessage(erin.id, /Import the new transactions\?/, { afterMessageId: after });
      expect(preview.text).toMatch(/DE44 •••• 4931[\s\S]*DE12 •••• 9890/);
      sim.tapButton(erin, preview.messageId, "imp:ok");
      const answer = await sim.waitForBotMessage(erin.id, /went wrong on my side while importing/, { afterMessageId: preview.messageId });
      expect(answer.text).toContain("Nothing of the file was written");
      expect(sim.chat(erin.id).some((m) => m.messageId > after && /Imported|Nothing was changed/.test(m.text ?? ""))).toBe(false);
      expect(await footprint()).toEqual(before);
    } finally {
      await t.db.$executeRawUnsafe(`DROP TRIGGER kontor_test_fail ON "BalanceSnapshot"`);
      await t.db.$executeRawUnsafe(`DROP FUNCTION kontor_test_fail()`);
    }
  });
});
