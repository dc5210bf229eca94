// A Turkish-German family of five in Duisburg-Marxloh send three real-shaped
// exports (Postbank Giro, ING Girokonto, DKB Visa) covering October 2025 to
// November 2026 and ask, in German typed on a phone, what such a family asks.
// Emre onboards in German, so answers come as "1.234,56 €". Every expected
// figure comes from the events the files were written from.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SimUser } from "../../src/tools/telegram-simulator/index.ts";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildEvents, closing, dkbVisaCsv, IBAN, ingCsv, postbankCsv, type Event, type Tag } from "./blind-duisburg/statements.ts";

const emre: SimUser = { id: 7402, first_name: "Emre", language_code: "de" };
const NOW = new Date("2026-11-30T09:00:00Z");
const events = buildEvents();
const booked = events.filter((e) => !e.pending);
const pendingCents = (rows: Event[]) => rows.filter((e) => e.pending).reduce((a, e) => a + e.cents, 0);

/** "1.234,56 €" as the German chat writes euro amounts, from integer cents (no sign). */
function eur(cents: number): string {
  const abs = Math.abs(cents);
  return `${String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${String(abs % 100).padStart(2, "0")} €`;
}
const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const tagged = (...tags: Tag[]) => booked.filter((e) => tags.includes(e.tag));
const between = (rows: Event[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
const Y2026 = ["2026-01-01", "2026-12-31"] as const;
const OCT = ["2026-10-01", "2026-10-31"] as const;
const SEP = ["2026-09-01", "2026-09-30"] as const;
const LAST12 = ["2025-12-01", "2026-11-30"] as const;
/** Money that left the family: not a move between own accounts, not the card bill. */
const spending = (rows: Event[]) => rows.filter((e) => e.cents < 0 && !e.transfer);
const textOf = (m: { text?: string; caption?: string }) => (m.text ?? m.caption ?? "").replace(/[\u00a0\u202f]/g, " ");
const oneOf = (reply: string, fair: number[]) => fair.some((c) => reply.includes(eur(c)));

describe("a Duisburg family's Postbank, ING and DKB Visa files, exact answers in German", () => {
  let c: ChatApp;
  const last = () => c.sim.lastBotMessage(emre.id)?.messageId ?? 0;
  const ask = async (question: string) => {
    const sent = c.sim.sendText(emre, question);
    // The answer can be edited once more right after it appears (seen: header first, amount a moment later): wait for an amount.
    const first = await c.sim.waitForBotMessage(emre.id, /\d,\d\d[\s\u00a0\u202f]€|\?|nicht|kein|keine/, { afterMessageId: sent.message!.message_id, timeoutMs: 15_000 });
    return textOf(c.sim.chat(emre.id).find((m) => m.messageId === first.messageId) ?? first);
  };
  /** The German import: preview "Die neuen Umsätze importieren?", then "… importiert." */
  const importFile = async (fileName: string, content: Buffer) => {
    const after = last();
    c.sim.sendDocument(emre, { fileName, mimeType: "text/csv", content });
    const preview = await c.sim.waitForBotMessage(emre.id, /./, { afterMessageId: after, timeoutMs: 20_000 });
    const shown = textOf(preview);
    if (!/importieren\?/.test(shown)) throw new Error(`${fileName}: no import preview, Kontor said: ${shown}`);
    c.sim.tapButton(emre, preview.messageId, "imp:ok");
    await c.sim.waitFor(() => /importiert/.test(textOf(c.sim.chat(emre.id).find((m) => m.messageId === preview.messageId)!)), 20_000);
    return shown;
  };

  beforeAll(async () => {
    c = await startChatApp([emre], { now: () => NOW, onboarded: [] });
    // Emre picks German at /start (the shared onboard helper always picks English).
    c.sim.sendText(emre, "/start");
    c.sim.tapButton(emre, (await c.sim.waitForBotMessage(emre.id, /Willkommen/)).messageId, "lang:de");
    c.sim.tapButton(emre, (await c.sim.waitForBotMessage(emre.id, /Zeitzone/)).messageId, "tz:Europe/Berlin");
    c.sim.tapButton(emre, (await c.sim.waitForBotMessage(emre.id, /Währung/)).messageId, "cur:EUR");
    await c.sim.waitForBotMessage(emre.id, /Fertig/);
  }, 60_000);
  afterAll(() => c?.stop());

  it("imports the Postbank, ING and DKB Visa files into three accounts with every row", async () => {
    await importFile("Umsaetze_Postbank_Giro_plus_20261130.csv", postbankCsv(events));
    await importFile(`Umsatzanzeige_${IBAN.ing}_20261130.csv`, ingCsv(events));
    const dkbPreview = await importFile("27-11-2026_Umsatzliste_Visa_Kreditkarte_4930XXXXXXXX1234.csv", dkbVisaCsv(events));
    expect(dkbPreview).toMatch(/vorgemerkt|pending/i);
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(3);
    const byIban = new Map(accounts.map((a) => [a.iban, a._count.transactions]));
    expect(byIban.get(IBAN.pb)).toBe(events.filter((e) => e.acct === "pb").length);
    expect(byIban.get(IBAN.ing)).toBe(events.filter((e) => e.acct === "ing").length);
    expect(accounts.find((a) => a.iban !== IBAN.pb && a.iban !== IBAN.ing)?._count.transactions).toBe(events.filter((e) => e.acct === "dkb").length);
  });

  // Fees do not count: "geschickt" is what went to the family. Both ways of sending count:
  // the transfers to the Ziraat IBAN and the Ria card payments (whose fee is inside the card amount).
  it("wieviel haben wir dieses jahr in die türkei geschickt: transfers to the Turkish IBAN plus Ria, without the bank's fees", async () => {
    const expected = -total(between(tagged("turkeySepa", "turkeyRia"), ...Y2026));
    expect(expected).toBe(40_000 + 60_000 + 40_000 + 40_000 + 50_000 + 20_390 + 30_490 + 15_390);
    const reply = await ask("wieviel haben wir dieses jahr in die türkei geschickt");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  it("überweisungen in die türkei: the five transfers to the Ziraat IBAN this year", async () => {
    const expected = -total(between(tagged("turkeySepa"), ...Y2026));
    const all = -total(tagged("turkeySepa"));
    const reply = await ask("überweisungen in die türkei dieses jahr");
    expect(oneOf(reply, [expected]), `expected ${eur(expected)} (all-time would be ${eur(all)}), got: ${reply}`).toBe(true);
  });

  it("wie viel kindergeld haben wir 2026 bekommen: eleven payments of 777 €", async () => {
    const expected = total(between(tagged("kindergeld"), ...Y2026));
    expect(expected).toBe(11 * 77_700);
    expect(await ask("wie viel kindergeld haben wir 2026 bekommen")).toContain(eur(expected));
  });

  it("kindergeld dieses jahr (typed lazily): the same eleven payments", async () => {
    expect(await ask("kindergeld dieses jahr")).toContain(eur(11 * 77_700));
  });

  // The wedding: both hall payments, the jeweller, the bridal shop less its refund, and the grandparents' Pegasus flights.
  // Review: nothing in the files ties the Pegasus flights ("PEGASUS AIRLINES ISTANBUL TR", five weeks before) or the
  // jeweller's gold ("KUYUMCU ALTIN SARAYI", a jeweller with no wedding word) to the wedding; only the family knows.
  // What the rows themselves say is a wedding: the Festsaal's two payments (a banquet hall, "Hochzeit" in both purposes)
  // and the bridal shop ("BRAUTMODEN") net of its refund. That careful reading is accepted, as is the jeweller with it.
  it("was hat die hochzeit gekostet: hall, gold, bridal shop net of the return, flights", async () => {
    const expected = -total(tagged("wedding"));
    expect(expected).toBe(150_000 + 280_000 + 245_000 + 189_000 - 24_000 + 64_238);
    const byRows = tagged("wedding").filter((e) => /HOCHZEIT|BRAUTMODEN/i.test(e.row.join(" ")));
    const careful = -total(byRows);
    expect(careful).toBe(150_000 + 280_000 + 189_000 - 24_000);
    const withGold = careful + 245_000;
    const reply = await ask("was hat die hochzeit gekostet");
    expect(oneOf(reply, [expected, careful, withGold]), `expected ${eur(expected)} (or ${eur(careful)} by what the rows say), got: ${reply}`).toBe(true);
  });

  it("was hat der festsaal gekostet: deposit and final payment to Festsaal Saray", async () => {
    expect(await ask("was hat der festsaal saray gekostet")).toContain(eur(430_000));
  });

  // Groceries are the same basket every month, so any window of whole months gives the same average.
  // The Turkish bakery counts as food (bread); a reading that files bakeries as eating out is accepted too.
  it("wieviel geben wir im monat für lebensmittel aus: the monthly basket", async () => {
    const oct = -total(between(tagged("groceries", "bakery"), ...OCT));
    const sep = -total(between(tagged("groceries", "bakery"), ...SEP));
    expect(sep).toBe(oct);
    const noBakery = -total(between(tagged("groceries"), ...OCT));
    const reply = await ask("wieviel geben wir im monat für lebensmittel aus");
    expect(oneOf(reply, [oct, noBakery]), `expected ${eur(oct)} (or ${eur(noBakery)} without bakeries), got: ${reply}`).toBe(true);
  });

  // Last month = October 2026. Everything that left the family counts (also the money to Turkey and the
  // mosque), except moves between own accounts and the card bill. Cash from the ATM is counted by some
  // people and not by others: both are accepted.
  it("was haben wir letzten monat insgesamt ausgegeben ohne umbuchungen und kreditkartenabrechnung", async () => {
    const all = -total(spending(between(booked, ...OCT)));
    const noCash = all + total(between(tagged("cash"), ...OCT));
    const reply = await ask("was haben wir letzten monat insgesamt ausgegeben ohne umbuchungen und kreditkartenabrechnung");
    expect(oneOf(reply, [all, noCash]), `expected ${eur(all)} (or ${eur(noCash)} without cash), got: ${reply}`).toBe(true);
  });

  it("wieviel hat emre dieses jahr verdient: eleven net wages from the steel works, with shift allowance and Christmas money", async () => {
    const expected = total(between(tagged("salaryEmre"), ...Y2026));
    const reply = await ask("wieviel hat emre dieses jahr verdient");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  it("wie viel hat aylin dieses jahr verdient: her part-time salary from the practice", async () => {
    const expected = total(between(tagged("salaryAylin"), ...Y2026));
    expect(expected).toBe(11 * 127_312);
    const reply = await ask("wie viel hat aylin dieses jahr verdient");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  // Without a period: all donations in the files, this year's, or (said out loud) this month's.
  it("wie viel an die moschee gespendet: standing order, zakat and Bayram card donations", async () => {
    const all = -total(tagged("mosque"));
    const thisYear = -total(between(tagged("mosque"), ...Y2026));
    const thisMonth = -total(between(tagged("mosque"), "2026-11-01", "2026-11-30"));
    const reply = await ask("wie viel an die moschee gespendet");
    const fair = [all, thisYear, ...(/dieser Monat|diesen Monat/i.test(reply) ? [thisMonth] : [])];
    expect(oneOf(reply, fair), `expected ${eur(all)} (all), ${eur(thisYear)} (2026) or ${eur(thisMonth)} (November, if said), got: ${reply}`).toBe(true);
  });

  // The car: insurance, vehicle tax and fuel. "Im Jahr" read as this calendar year or the last twelve
  // months (both hold one insurance and one tax payment); the pending Aral row may count if shown.
  it("was kostet das auto im jahr: insurance, Kfz-Steuer and fuel", async () => {
    const car = (from: string, to: string) => -total(between(tagged("carInsurance", "carTax", "fuel"), from, to));
    const pendingFuel = -pendingCents(events.filter((e) => e.tag === "fuel"));
    const fair = [car(...Y2026), car(...LAST12)].flatMap((x) => [x, x + pendingFuel]);
    const reply = await ask("was kostet das auto im jahr");
    expect(oneOf(reply, fair), `expected one of ${fair.map(eur).join(", ")}, got: ${reply}`).toBe(true);
  });

  it("wieviel tanken wir im monat: fuel in October", async () => {
    const oct = -total(between(tagged("fuel"), ...OCT));
    const reply = await ask("wieviel haben wir im oktober getankt");
    expect(reply, `expected ${eur(oct)}, got: ${reply}`).toContain(eur(oct));
  });

  it("wieviel bargeld abgehoben im oktober: three ATM withdrawals", async () => {
    const expected = -total(between(tagged("cash"), ...OCT));
    expect(expected).toBe(20_000 + 10_000 + 30_000);
    const reply = await ask("wieviel bargeld abgehoben im oktober");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  it("gebühren der bank dieses jahr: Postbank account fees plus the non-SEPA transfer fees", async () => {
    const expected = -total(between(tagged("bankFee", "turkeyFee"), ...Y2026));
    expect(expected).toBe(10 * 590 + 5 * 1_500);
    const reply = await ask("gebühren der bank dieses jahr");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  it("größte ausgaben im september: rent, IKEA, the dentist; not the Haushaltsgeld or the card bill", async () => {
    const spend = spending(between(booked, ...SEP)).sort((a, b) => a.cents - b.cents);
    expect(spend.slice(0, 3).map((e) => e.tag)).toEqual(["rent", "furniture", "health"]);
    const bill = between(tagged("ccBill"), ...SEP)[0];
    const reply = await ask("größte ausgaben im september");
    for (const e of spend.slice(0, 3)) expect(reply, `${e.row.join(" | ")} in: ${reply}`).toContain(eur(e.cents));
    expect(reply).not.toContain(eur(60_000));
    expect(reply).not.toContain(eur(bill?.cents ?? 0));
  });

  it("wieviel bei aldi vs lidl dieses jahr: both discounters' 2026 totals", async () => {
    const aldi = -total(between(booked.filter((e) => e.merchant === "ALDI"), ...Y2026));
    const lidl = -total(between(booked.filter((e) => e.merchant === "Lidl"), ...Y2026));
    const reply = await ask("wieviel bei aldi vs lidl dieses jahr");
    expect(reply, `expected ALDI ${eur(aldi)}, got: ${reply}`).toContain(eur(aldi));
    expect(reply, `expected Lidl ${eur(lidl)}, got: ${reply}`).toContain(eur(lidl));
  });

  it("wieviel beim türkischen supermarkt marmara im oktober", async () => {
    expect(await ask("wieviel beim marmara supermarkt im oktober")).toContain(eur(5_860 + 4_475));
  });

  it("miete dieses jahr: eleven payments to GEBAG", async () => {
    const expected = -total(between(tagged("rent"), ...Y2026));
    expect(expected).toBe(11 * 101_200);
    expect(await ask("wieviel miete haben wir dieses jahr bezahlt")).toContain(eur(expected));
  });

  it("rundfunkbeitrag im jahr: four quarterly debits", async () => {
    const expected = -total(between(tagged("rundfunk"), ...Y2026));
    expect(expected).toBe(4 * 5_508);
    expect(await ask("was zahlen wir im jahr rundfunkbeitrag")).toContain(eur(expected));
  });

  it("handy aufladen dieses jahr: Ay Yildiz and Lebara top-ups", async () => {
    const expected = -total(between(tagged("phone"), ...Y2026));
    const reply = await ask("wie viel haben wir dieses jahr fürs handy aufladen ausgegeben");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  it("kreditkarte letzten monat: DKB Visa purchases in October, not the settlement", async () => {
    const expected = -total(spending(between(booked.filter((e) => e.acct === "dkb"), ...OCT)));
    const reply = await ask("was haben wir letzten monat mit der kreditkarte bezahlt");
    expect(reply, `expected ${eur(expected)}, got: ${reply}`).toContain(eur(expected));
  });

  it("pegasus: the grandparents' flights", async () => {
    expect(await ask("wieviel haben wir bei pegasus bezahlt")).toContain(eur(64_238));
  });

  it("/accounts shows the balances the Postbank, ING and DKB files state", async () => {
    const after = last();
    c.sim.sendText(emre, "/accounts");
    const reply = textOf(await c.sim.waitForBotMessage(emre.id, /€/, { afterMessageId: after }));
    expect(reply).toContain(eur(closing(events, "pb")));
    expect(reply).toContain(eur(closing(events, "ing")));
    expect(reply).toContain(eur(closing(events, "dkb")));
  });
});
