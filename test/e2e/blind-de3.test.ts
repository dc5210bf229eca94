// Blind test: Lena in Leipzig (Telegram language "de") sends fourteen months of
// exports from Postbank (Deutsche Bank platform), Commerzbank, a Consorsbank
// Tagesgeld and an old-format DKB Visa card, then asks what people ask, in
// German and English, lowercase, with typos. Every expected figure comes from
// the logical events the files were written from (./blind-de3/statements.ts),
// never from Kontor. Where a question honestly has two readings, each
// reading's figure is accepted and no other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import {
  buildEvents, closing, commerzbankCsv, CONS_ACCOUNT, consorsCsv, dkbVisaCsv, IBAN, NOW, postbankCsv,
  type Category, type Event,
} from "./blind-de3/statements.ts";

const lena = { id: 7303, first_name: "Lena", language_code: "de" };
const events = buildEvents();

// ---------------------------------------------------------------- expectations from the events

const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const between = (from: string, to: string) => events.filter((e) => e.date >= from && e.date <= to);
const month = (ym: string) => events.filter((e) => e.date.startsWith(ym));
const year = (y: string) => events.filter((e) => e.date.startsWith(y));
/** Spending: money out that is not a transfer between own accounts, the card bill, or cash; refunds lower it. */
const isSpend = (e: Event) => !e.transfer && !e.cash && !e.salary && !e.interest;
const spend = (rows: Event[]) => -total(rows.filter(isSpend));
const cat = (rows: Event[], ...cats: Category[]) => spend(rows.filter((e) => cats.includes(e.category)));
const at = (rows: Event[], merchant: string) => spend(rows.filter((e) => e.merchant === merchant));
/** Groceries: supermarkets for sure; drugstores (dm, Rossmann) and the bakery are each honestly either way. */
const groceryReadings = (rows: Event[]) => [
  cat(rows, "groceries"),
  cat(rows, "groceries", "drugstore"),
  cat(rows, "groceries", "bakery"),
  cat(rows, "groceries", "drugstore", "bakery"),
];
/** Integer division to the cent, half away from zero, and the other neighbour when exactly half. */
function perMonth(cents: number, months: number): number[] {
  const lo = Math.floor(cents / months);
  const rem = cents - lo * months;
  if (rem * 2 === months) return [lo, lo + 1];
  return [rem * 2 > months ? lo + 1 : lo];
}

// ---------------------------------------------------------------- reading amounts in replies

/** True when the reply names this amount as "€1,234.56" (English) or "1.234,56 €" (German), sign ignored. */
function names(reply: string, cents: number): boolean {
  const abs = Math.abs(cents);
  const int = Math.floor(abs / 100);
  const frac = String(abs % 100).padStart(2, "0");
  const en = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const de = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const esc = (s: string) => s.replace(/[.]/g, "\\.");
  return new RegExp(`€\\s?${esc(en)}\\.${frac}(?!\\d)`).test(reply) || new RegExp(`(?<![\\d.,])${esc(de)},${frac}[\\s\\u00a0\\u202f]?€`).test(reply);
}
/** "3518.2" / "-13.99" / "400" (a decimal's text) to integer cents, without floating point. */
function toCents(decimal: string): number {
  const [int, frac = ""] = decimal.replace("-", "").split(".");
  const cents = Number(int) * 100 + Number(frac.padEnd(2, "0").slice(0, 2));
  return decimal.startsWith("-") ? -cents : cents;
}
const fmt = (cents: number) => `${(cents / 100).toFixed(2)}`;
/** Passes when, for one reading, every amount of it is in the reply. */
function expectReading(reply: string, readings: number[][]) {
  const ok = readings.some((r) => r.every((c) => names(reply, c)));
  expect(ok, `expected one of ${JSON.stringify(readings.map((r) => r.map(fmt)))} in:\n${reply}`).toBe(true);
}

/**
 * Commerzbank's and Consorsbank's exports carry no balance (bank-formats.md §1.1). Both accounts were opened in
 * October 2025, so the rows add up to the balance, but nothing in the files says so: the sum, or saying plainly
 * that the balance is not known, are both right; any other figure is not.
 */
function expectBalanceOrUnknown(reply: string, cents: number) {
  if (names(reply, cents)) return;
  expect(reply, `expected ${fmt(cents)} or "not known"`).toMatch(/not known|nicht bekannt|unbekannt/i);
  expect(reply, "no other figure is given as the balance").not.toMatch(/€\s?\d|\d,\d\d\s?€/);
}

describe("blind-de3: Postbank, Commerzbank, Consorsbank Tagesgeld and an old DKB Visa, fourteen months, exact answers", () => {
  let c: ChatApp;
  const ask = (q: string) => askKontor(c.sim, lena, q, /€|\?|didn't|not |nicht|keine/);

  beforeAll(async () => {
    c = await startChatApp([lena], { now: () => new Date(NOW) });
  }, 60_000);
  afterAll(() => c?.stop());

  it("imports the four files into four accounts with every booked row", async () => {
    await importStatement(c.sim, lena, "Umsaetze_Girokonto_20261128.csv", postbankCsv(events));
    await importStatement(c.sim, lena, "Umsaetze_KtoNr456789012_EUR_28-11-2026_1012.CSV", commerzbankCsv(events));
    await importStatement(c.sim, lena, `Umsatzübersicht_${CONS_ACCOUNT}.csv`, consorsCsv(events));
    await importStatement(c.sim, lena, "4930________7345.csv", dkbVisaCsv(events));

    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    const counts = (acct: Event["acct"]) => events.filter((e) => e.acct === acct).length;
    expect(accounts.map((a) => a.name)).toHaveLength(4);
    const byIban = new Map(accounts.map((a) => [a.iban, a]));
    expect(byIban.get(IBAN.pb)?._count.transactions, "Postbank").toBe(counts("pb"));
    expect(byIban.get(IBAN.cb)?._count.transactions, "Commerzbank").toBe(counts("cb"));
    const others = accounts.filter((a) => a.iban !== IBAN.pb && a.iban !== IBAN.cb).map((a) => a._count.transactions).sort((a, b) => a - b);
    expect(others).toEqual([counts("cons"), counts("visa")].sort((a, b) => a - b));
    // Every row with its date and exact amount (the card's date may be the Belegdatum or the Wertstellung).
    const stored = await c.t.db.transaction.findMany({ select: { accountId: true, bookingDate: true, amount: true } });
    const key = (date: string, cents: number) => `${date} ${cents}`;
    const storedOf = (accountId: string) => stored.filter((t) => t.accountId === accountId).map((t) => key(t.bookingDate.toISOString().slice(0, 10), toCents(t.amount.toString()))).sort();
    const expectedOf = (acct: Event["acct"], date: (e: Event) => string = (e) => e.date) => events.filter((e) => e.acct === acct).map((e) => key(date(e), e.cents)).sort();
    expect(storedOf(byIban.get(IBAN.pb)!.id)).toEqual(expectedOf("pb"));
    expect(storedOf(byIban.get(IBAN.cb)!.id)).toEqual(expectedOf("cb"));
    const consId = accounts.find((a) => a._count.transactions === counts("cons"))!.id;
    expect(storedOf(consId)).toEqual(expectedOf("cons"));
    const visaRows = storedOf(accounts.find((a) => a._count.transactions === counts("visa"))!.id);
    expect([expectedOf("visa"), expectedOf("visa", (e) => e.purchase)]).toContainEqual(visaRows);
    // None of the four formats carries pending rows.
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(0);
  });

  // ------------------------------------------------------------ categories and merchants

  it("groceries last month", async () => {
    expectReading(await ask("wie viel hab ich letzten monat für lebensmitel ausgegeben"), groceryReadings(month("2026-10")).map((x) => [x]));
  });

  it("groceries october vs september", async () => {
    const oct = groceryReadings(month("2026-10"));
    const sep = groceryReadings(month("2026-09"));
    expectReading(await ask("lebensmittel oktober vs september"), oct.map((x, i) => [x, sep[i]!]));
  });

  it("groceries in the winter", async () => {
    const meteo = groceryReadings(between("2025-12-01", "2026-02-28"));
    const astro = groceryReadings(between("2025-12-21", "2026-03-20"));
    expectReading(await ask("was hab ich im winter für lebensmittel ausgegeben"), [...meteo, ...astro].map((x) => [x]));
  });

  it("REWE over everything", async () => {
    expectReading(await ask("wieviel hab ich insgesamt bei rewe ausgegeben"), [[at(events, "REWE")]]);
  });

  it("REWE vs EDEKA this year", async () => {
    expectReading(await ask("rewe vs edeka dieses jahr"), [[at(year("2026"), "REWE"), at(year("2026"), "EDEKA")]]);
  });

  it("Lidl vs Aldi this autumn", async () => {
    const meteo = between("2026-09-01", "2026-11-30");
    const astro = between("2026-09-23", "2026-11-30");
    expectReading(await ask("lidl vs aldi im herbst"), [
      [at(meteo, "Lidl"), at(meteo, "Aldi")],
      [at(astro, "Lidl"), at(astro, "Aldi")],
    ]);
  });

  it("Amazon in the summer, card rows and direct debits together", async () => {
    const meteo = between("2026-06-01", "2026-08-31");
    const astro = between("2026-06-21", "2026-09-22");
    expectReading(await ask("wie viel hab ich im sommer bei amazon ausgegeben"), [[at(meteo, "Amazon")], [at(astro, "Amazon")]]);
  });

  it("Amazon this year is lowered by the refund", async () => {
    expectReading(await ask("amazon dieses jahr"), [[at(year("2026"), "Amazon")]]);
  });

  it("lists every Amazon row since September", async () => {
    const rows = between("2026-09-01", "2026-11-30").filter((e) => e.merchant === "Amazon");
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expectReading(await ask("zeig mir alle amazon umsätze seit september"), [rows.map((e) => e.cents)]);
  });

  it("lists all Amazon rows, the return included", async () => {
    const rows = events.filter((e) => e.merchant === "Amazon").sort((a, b) => (a.date < b.date ? 1 : -1));
    expect(rows.some((e) => e.cents > 0)).toBe(true);
    // The newest rows and the net total over everything (a long list may be paged).
    expectReading(await ask("zeig mir alle amazon umsätze"), [[...rows.slice(0, 5).map((e) => e.cents), at(events, "Amazon")]]);
  });

  it("the biggest Amazon purchase this year", async () => {
    const biggest = Math.min(...year("2026").filter((e) => e.merchant === "Amazon").map((e) => e.cents));
    expectReading(await ask("what was my biggest amazon purchase this year"), [[biggest]]);
  });

  it("the biggest purchase in August is the TV", async () => {
    const biggest = Math.min(...month("2026-08").filter(isSpend).map((e) => e.cents));
    expect(biggest).toBe(-104_900);
    expectReading(await ask("was war mein größter einkauf im august"), [[biggest]]);
  });

  it("PayPal in September: the direct debit and the card row through PayPal", async () => {
    const rows = month("2026-09").filter((e) => e.viaPaypal);
    expect(new Set(rows.map((e) => e.acct))).toEqual(new Set(["cb", "visa"]));
    expectReading(await ask("paypal im september"), [[spend(rows)]]);
  });

  it("dm and Rossmann since July", async () => {
    const since = between("2026-07-01", "2026-11-30");
    expectReading(await ask("dm und rossmann seit juli"), [[at(since, "dm") + at(since, "Rossmann")], [at(since, "dm"), at(since, "Rossmann")]]);
  });

  it("groceries per month this year", async () => {
    const complete = between("2026-01-01", "2026-10-31");
    const all = year("2026");
    const readings = [
      ...groceryReadings(complete).flatMap((x) => perMonth(x, 10)),
      ...groceryReadings(all).flatMap((x) => perMonth(x, 11)),
    ];
    expectReading(await ask("lebensmittel im durchschnitt pro monat dieses jahr"), readings.map((x) => [x]));
  });

  // Kontor replied "Average per month: Restaurants & cafés, 1 Oct 2025–29 Nov 2026 … €68.57 (20 transactions),
  // average over 13 months": it dropped "im ersten halbjahr" and averaged over all the data. Right: January to
  // June 2026 only, €65.49 a month (restaurants) or €80.51 (with the bakery, if cafés count).
  it.fails("restaurants per month in the first half year", async () => {
    const h1 = between("2026-01-01", "2026-06-30");
    expectReading(await ask("wie viel geb ich im schnitt pro monat für restaurants aus im ersten halbjahr"), [
      ...perMonth(cat(h1, "restaurants"), 6).map((x) => [x]),
      ...perMonth(cat(h1, "restaurants", "bakery"), 6).map((x) => [x]),
    ]);
  });

  it("restaurants in October, typed with a typo", async () => {
    const oct = month("2026-10");
    expectReading(await ask("how much did i spend on restaurnats in october"), [[cat(oct, "restaurants")], [cat(oct, "restaurants", "bakery")]]);
  });

  it("credit card spending in October counts purchases, not the bill", async () => {
    expectReading(await ask("wie viel hab ich im oktober mit der kreditkarte ausgegeben"), [[spend(month("2026-10").filter((e) => e.acct === "visa"))]]);
  });

  // ------------------------------------------------------------ fixed costs

  it("rent this year", async () => {
    const rent = cat(year("2026"), "rent");
    expect(rent).toBe(11 * 71_240);
    expectReading(await ask("miete 2026"), [[rent]]);
  });

  it("Netflix over everything", async () => {
    expectReading(await ask("was kostet mich netflix insgesamt"), [[at(events, "Netflix")]]);
  });

  it("Spotify since January, across the price rise", async () => {
    expectReading(await ask("spotify seit januar"), [[at(year("2026"), "Spotify")]]);
  });

  it("the gym this year", async () => {
    expectReading(await ask("wie viel zahl ich fürs fitnessstudio dieses jahr"), [[at(year("2026"), "FitX")]]);
  });

  it("electricity this year is the Stadtwerke only", async () => {
    expect(at(year("2026"), "Stadtwerke Leipzig")).toBe(11 * 6_400);
    expectReading(await ask("strom dieses jahr"), [[at(year("2026"), "Stadtwerke Leipzig")]]);
  });

  it("the broadcasting fee over everything", async () => {
    expect(at(events, "Rundfunkbeitrag")).toBe(5 * 5_508);
    expectReading(await ask("rundfunkbeitrag insgesamt"), [[at(events, "Rundfunkbeitrag")]]);
  });

  it("Stadtwerke last year", async () => {
    expectReading(await ask("stadtwerke letztes jahr"), [[at(year("2025"), "Stadtwerke Leipzig")]]);
  });

  // ------------------------------------------------------------ totals, income, cash, savings

  it("total spending in September leaves out transfers, the card bill and cash", async () => {
    expectReading(await ask("wie viel hab ich im september insgesamt ausgegeben"), [[spend(month("2026-09"))]]);
  });

  // Kontor replied "I didn't understand that question." to the one-word German "Gesamtausgaben".
  // Right: the same €1,369.19 it gives for "wie viel hab ich im september insgesamt ausgegeben".
  it.fails("understands 'gesamtausgaben im september'", async () => {
    expectReading(await ask("gesamtausgaben im september"), [[spend(month("2026-09"))]]);
  });

  it("spending last year, which has data from October only", async () => {
    expectReading(await ask("wie viel hab ich letztes jahr ausgegeben"), [[spend(year("2025"))]]);
  });

  it("income vs spending in October", async () => {
    const oct = month("2026-10");
    expectReading(await ask("einnahmen vs ausgaben im oktober"), [[total(oct.filter((e) => e.salary || e.interest)), spend(oct)]]);
  });

  it("spending in August leaves out the money moved back from the Tagesgeld", async () => {
    expectReading(await ask("how much did i spend in august"), [[spend(month("2026-08"))]]);
  });

  it("income in August is the salary only", async () => {
    const salary = total(month("2026-08").filter((e) => e.salary));
    expect(salary).toBe(351_820);
    expectReading(await ask("einnahmen im august"), [[salary]]);
  });

  it("earnings this year", async () => {
    const salary = total(year("2026").filter((e) => e.salary));
    const interest = total(year("2026").filter((e) => e.interest));
    expectReading(await ask("how much did i earn this year"), [[salary], [salary + interest]]);
  });

  it("average spending per month", async () => {
    const complete = between("2025-10-01", "2026-10-31");
    const thisYear = between("2026-01-01", "2026-10-31");
    expectReading(await ask("durchschnittliche ausgaben pro monat"), [
      ...perMonth(spend(complete), 13), ...perMonth(spend(events), 14),
      ...perMonth(spend(thisYear), 10), ...perMonth(spend(year("2026")), 11),
    ].map((x) => [x]));
  });

  // Kontor replied "Income: Bank fees & interest, 1 Jan – 29 Nov 2026 … €0.00 (0 transactions)", although it
  // counts the three Consorsbank "ABSCHLUSS … Habenzinsen" credits in "how much did i earn this year".
  // Right: €23.13 (5.38 + 9.71 + 8.04).
  it.fails("interest this year", async () => {
    const interest = total(year("2026").filter((e) => e.interest));
    expect(interest).toBe(538 + 971 + 804);
    expectReading(await ask("wie viel zinsen hab ich dieses jahr bekommen"), [[interest]]);
  });

  it("the November card bill", async () => {
    const bill = month("2026-11").find((e) => e.acct === "pb" && e.transfer && e.text.startsWith("Kreditkartenabrechnung"))!;
    expect(-bill.cents).toBe(spend(month("2026-10").filter((e) => e.acct === "visa")));
    expectReading(await ask("wie hoch war die kreditkartenabrechnung im november"), [[bill.cents]]);
  });

  it("moved to the Commerzbank account this year", async () => {
    const moved = total(year("2026").filter((e) => e.acct === "cb" && e.transfer));
    expect(moved).toBe(11 * 40_000);
    expectReading(await ask("wie viel hab ich dieses jahr auf das commerzbank konto überwiesen"), [[moved]]);
  });

  it("cash withdrawn this year", async () => {
    expectReading(await ask("wie viel bargeld hab ich dieses jahr abgehoben"), [[-total(year("2026").filter((e) => e.cash))]]);
  });

  it("moved to the Tagesgeld this year", async () => {
    const rows = year("2026").filter((e) => e.acct === "cons" && e.transfer);
    const gross = total(rows.filter((e) => e.cents > 0));
    expect(gross).toBe(11 * 30_000);
    expectReading(await ask("wie viel hab ich dieses jahr aufs tagesgeld überwiesen"), [[gross], [total(rows)]]);
  });

  // ------------------------------------------------------------ balances

  it("the Commerzbank balance", async () => {
    expectBalanceOrUnknown(await ask("wie ist mein kontostand bei der commerzbank"), closing(events, "cb"));
  });

  it("the Postbank balance", async () => {
    expectReading(await ask("kontostand postbank"), [[closing(events, "pb")]]);
  });

  // Kontor named the Consorsbank account "Consorsbank Girokonto" (type CHECKING). Nothing in the export says
  // Girokonto; the rows are a savings account's (monthly "Sparen Tagesgeld" credits, quarterly Habenzinsen).
  // Right: a name without an invented product ("Consorsbank"), or one that says savings/Tagesgeld.
  it.fails("does not call the Tagesgeld a Girokonto", async () => {
    const accounts = await c.t.db.account.findMany();
    const cons = accounts.find((a) => /consors/i.test(a.name));
    expect(cons?.name).toBeDefined();
    expect(cons!.name).not.toMatch(/giro/i);
  });

  it("the Tagesgeld balance", async () => {
    const a = await ask("wie viel geld ist auf meinem tagesgeld");
    const asked = c.sim.lastBotMessage(lena.id)!;
    const button = asked.replyMarkup?.inline_keyboard.flat().find((b: { text: string }) => /consors/i.test(b.text)) as { callback_data: string } | undefined;
    let reply = a;
    if (button) {
      c.sim.tapButton(lena, asked.messageId, button.callback_data);
      reply = (await c.sim.waitForBotMessage(lena.id, /€|not known|nicht bekannt/, { afterMessageId: asked.messageId, timeoutMs: 15_000 })).text ?? "";
    }
    expect(button, "asked back, with the Consorsbank account as a choice").toBeDefined();
    expectBalanceOrUnknown(reply, closing(events, "cons"));
  });
});
