// A person in Freiburg (Telegram in German) sends a year of Volksbank, Sparkasse
// and PayPal exports and asks in German, typed the way people type. Every
// expected figure comes from the logical events in ./blind-de4/statements.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildEvents, closingVr, dow, IBAN, NOW_ISO, paypalCsv, spkCsv, vrCsv, type Event } from "./blind-de4/statements.ts";

const jonas = { id: 7404, first_name: "Jonas", language_code: "de" };
const NOW = new Date(NOW_ISO);
const events = buildEvents();
const booked = events.filter((e) => !e.pending);

/** An amount as Kontor may write it: "€1,234.56" (English) or "1.234,56 €" (German), never inside a longer number. */
function money(cents: number): RegExp {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, "0");
  const en = `€${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}\\.${frac}`;
  const de = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, "\\.")},${frac}\\s?(?:€|EUR)`;
  return new RegExp(`(?:${en}(?![\\d])|(?<![\\d.,])${de})`);
}
const shows = (reply: string, cents: number) => money(cents).test(reply);
/** The reply names one of the honest readings' figures. */
function expectOneOf(reply: string, readings: number[]) {
  const ok = readings.some((c) => shows(reply, c));
  expect(ok, `expected one of ${readings.map((c) => (c / 100).toFixed(2)).join(" | ")} in: ${reply}`).toBe(true);
}
function expectAmount(reply: string, cents: number) {
  expect(shows(reply, cents), `expected ${(cents / 100).toFixed(2)} in: ${reply}`).toBe(true);
}

const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const inRange = (rows: Event[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
const inMonth = (rows: Event[], ym: string) => rows.filter((e) => e.date.startsWith(ym));
/** Money spent: outgoing rows that are not transfers or conversions, refunds netted. */
const spendRows = (rows: Event[], opts: { cash?: boolean } = {}) =>
  rows.filter((e) => !e.transfer && !e.conversion && !e.salary && (e.cents < 0 || e.refund) && (opts.cash !== false || !e.cash));
const spent = (rows: Event[], opts: { cash?: boolean } = {}) => -sum(spendRows(rows, opts));
const cat = (c: string) => booked.filter((e) => e.category === c);
const merchant = (m: string) => booked.filter((e) => e.merchant === m);

describe("blind de4: Freiburg, Volksbank + Sparkasse + PayPal, twelve months", () => {
  let c: ChatApp;
  const ask = (q: string) => askKontor(c.sim, jonas, q, /€|EUR|\?|didn't|not |nicht/);

  beforeAll(async () => {
    c = await startChatApp([jonas], { now: () => NOW });
    await importStatement(c.sim, jonas, `Umsaetze_${IBAN.vr}_2026.11.28.csv`, vrCsv(events));
    await importStatement(c.sim, jonas, "20261128-23456789-umsatz.CSV", spkCsv(events));
    await importStatement(c.sim, jonas, "Download.CSV", paypalCsv(events));
  }, 120_000);
  afterAll(() => c?.stop());

  it("imports three accounts, all Volksbank and Sparkasse rows, Sparkasse pending rows as pending", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(3);
    const byIban = new Map(accounts.map((a) => [a.iban, a]));
    expect(byIban.get(IBAN.vr)?._count.transactions).toBe(events.filter((e) => e.acct === "vr").length);
    expect(byIban.get(IBAN.spk)?._count.transactions).toBe(events.filter((e) => e.acct === "spk").length);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(2);
  });

  it("lebensmittel im oktober (REWE, EDEKA, Lidl, ALDI over two banks)", async () => {
    expectAmount(await ask("wie viel hab ich im oktober für lebensmittel ausgegeben"), spent(inMonth(cat("groceries"), "2026-10")));
  });

  it("rewe insgesamt", async () => {
    expectAmount(await ask("was hab ich bei rewe insgesamt ausgegeben"), spent(merchant("REWE")));
  });

  it("wie oft bei dm dieses jahr", async () => {
    const rows = inRange(merchant("dm"), "2026-01-01", "2026-12-31");
    expect(rows).toHaveLength(11);
    const reply = await askKontor(c.sim, jonas, "wie oft war ich dieses jahr bei dm?", /./);
    expect(reply).toMatch(/\b11\b(?![.,]\d)/);
  });

  it("miete im september", async () => {
    expectAmount(await ask("miete im september"), 115_000);
  });

  it("restaurants im sommer, including the restaurant in Lucerne", async () => {
    expectAmount(await ask("wieviel hab ich im sommer für restaurants ausgegeben"), spent(inRange(cat("restaurants"), "2026-06-01", "2026-08-31")));
  });

  it("ausgaben letzte 3 monate", async () => {
    const readings: number[] = [];
    for (const [from, to] of <[string, string][]>[["2026-09-01", "2026-11-29"], ["2026-08-01", "2026-10-31"], ["2026-08-29", "2026-11-29"], ["2026-08-30", "2026-11-29"]]) {
      for (const cash of [true, false]) {
        readings.push(spent(inRange(booked, from, to), { cash }));
        readings.push(spent(inRange(events, from, to), { cash }));
      }
    }
    expectOneOf(await ask("ausgaben letzte 3 monate"), readings);
  });

  it("lebensmittel im schnitt pro monat", async () => {
    const all = spent(cat("groceries"));
    const full = spent(inRange(cat("groceries"), "2025-12-01", "2026-10-31"));
    const readings = [all / 12, full / 11].flatMap((x) => [Math.floor(x), Math.round(x), Math.ceil(x)]);
    expectOneOf(await ask("wieviel geb ich im schnitt pro monat für lebensmitel aus"), readings);
  });

  it("größte ausgabe im august is the bike, not the rent", async () => {
    expectAmount(await ask("was war meine größte ausgabe im august"), 134_900);
  });

  it("lebensmittel oktober vs september", async () => {
    const reply = await ask("lebensmittel oktober vs september");
    expectAmount(reply, spent(inMonth(cat("groceries"), "2026-10")));
    expectAmount(reply, spent(inMonth(cat("groceries"), "2026-09")));
  });

  it("zeig alle paypal käufe im oktober", async () => {
    const rows = inMonth(booked.filter((e) => e.viaPaypal), "2026-10");
    const reply = await ask("zeig alle paypal käufe im oktober");
    for (const e of rows) {
      if (e.merchant === "Bandcamp") expect(shows(reply, e.cents) || /35[.,]00/.test(reply), reply).toBe(true);
      else expectAmount(reply, e.cents);
    }
  });

  it("zalando insgesamt counts each PayPal purchase once, not again as the Sparkasse debit", async () => {
    expectAmount(await ask("wie viel hab ich bei zalando insgesamt ausgegeben"), spent(merchant("Zalando")));
  });

  it("bandcamp in euro: the USD purchases at PayPal's conversion", async () => {
    expectAmount(await ask("wieviel hab ich bei bandcamp insgesamt ausgegeben"), spent(merchant("Bandcamp")));
  });

  it("einnahmen im oktober: only the salary, not the refund or the Umbuchung", async () => {
    const income = sum(inMonth(booked.filter((e) => e.salary), "2026-10"));
    expect(income).toBe(341_257);
    expectAmount(await ask("einnahmen im oktober"), income);
  });

  it("kontostand volksbank", async () => {
    expectAmount(await ask("wie ist mein kontostand bei der volksbank"), closingVr(events));
  });

  it("bankgebühren 2026", async () => {
    const fees = inRange(booked.filter((e) => e.fee), "2026-01-01", "2026-12-31");
    expectOneOf(await ask("wie viel bankgebühren hab ich 2026 bezahlt"), [-sum(fees), -sum(fees.filter((e) => !e.abroad))]);
  });

  // Kontor replied "Travel & holidays, 1–29 Nov 2026 (this month, as no period was given) €0.00 (0 transactions)";
  // right: the five Swiss card rows of 8–12 Aug, €463.37 (€471.48 with the foreign-use fees).
  it("urlaub in der schweiz", async () => {
    const abroad = booked.filter((e) => e.abroad);
    expectOneOf(await ask("was hab ich im urlaub in der schweiz ausgegeben"), [-sum(abroad), -sum(abroad.filter((e) => !e.fee))]);
  });

  // Kontor replied "No account of yours is called “schweiz”…" (asks for an account);
  // right: the rows printed with /CH, €463.37 (€471.48 with the foreign-use fees).
  it("im august in der schweiz", async () => {
    const abroad = booked.filter((e) => e.abroad);
    expectOneOf(await ask("was hab ich im august in der schweiz ausgegeben"), [-sum(abroad), -sum(abroad.filter((e) => !e.fee))]);
  });

  it("rundfunkbeitrag insgesamt", async () => {
    expect(merchant("Rundfunkbeitrag")).toHaveLength(4);
    expectAmount(await ask("rundfunkbeitrag insgesamt"), 22_032);
  });

  it("am wochenende im oktober", async () => {
    const oct = spendRows(booked).filter((e) => e.txDate.startsWith("2026-10") || e.date.startsWith("2026-10"));
    const weekend = (d: string) => dow(d) === 0 || dow(d) === 6;
    const byPurchase = -sum(oct.filter((e) => e.txDate.startsWith("2026-10") && weekend(e.txDate)));
    const byBooking = -sum(oct.filter((e) => e.date.startsWith("2026-10") && weekend(e.date)));
    expectOneOf(await ask("wie viel hab ich im oktober am wochenende ausgegeben"), [byPurchase, byBooking]);
  });

  it("bargeld dieses jahr", async () => {
    const cash = -sum(inRange(booked.filter((e) => e.cash), "2026-01-01", "2026-12-31"));
    expectAmount(await ask("wie viel bargeld hab ich dieses jahr abgehoben"), cash);
  });

  it("fitnessstudio insgesamt", async () => {
    expectAmount(await ask("was hat mich das fitnesstudio insgesamt gekostet"), 12 * 2_499);
  });

  it("mediamarkt with the return netted", async () => {
    expectAmount(await ask("wie viel hab ich im oktober bei mediamarkt ausgegeben"), 34_998 - 7_999);
  });

  it("versicherungen 2026", async () => {
    expectAmount(await ask("versicherungen 2026"), spent(inRange(cat("insurance"), "2026-01-01", "2026-12-31")));
  });

  // Kontor replied "Fuel & car + Taxes & government, 1 Jan – 29 Nov 2026 €368.32 (5 transactions)", i.e. the
  // Kfz-Steuer plus four Rundfunkbeitrag debits; right: the one Bundeskasse debit "Kfz-Steuer FR-JA 482", €148.00.
  it("kfz steuer", async () => {
    expectAmount(await ask("wie viel kfz steuer hab ich dieses jahr gezahlt"), 14_800);
  });
});
