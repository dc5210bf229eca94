// A German whose life runs on credit cards sends five real-shaped exports
// (DKB Girokonto, DKB Visa, comdirect Giro + Visa with pending rows, Amex,
// ING) covering fourteen months and asks what people ask, in English and
// German, typed loosely. Every expected figure comes from the event list the
// files were written from (./blind-cards/statements.ts), never from Kontor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { AMEX_LAST5, amexCsv, buildEvents, CD_ACCOUNT, closing, comdirectCsv, dkbGiroCsv, dkbVisaCsv, IBAN, ingCsv, type Acct, type Event } from "./blind-cards/statements.ts";

const jonas = { id: 7311, first_name: "Jonas", language_code: "en" };
const NOW = new Date("2026-12-03T09:00:00Z");
const events = buildEvents();
const booked = events.filter((e) => !e.pending);
const pending = events.filter((e) => e.pending);

const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const inMonth = (ym: string) => booked.filter((e) => e.date.startsWith(ym));
const thisYear = booked.filter((e) => e.date >= "2026-01-01");
const spends = (rows: Event[]) => rows.filter((e) => e.kind === "spend");
/** Spending: what left for merchants, refunds and chargebacks subtracted (README: refunds lower spending). */
const spending = (rows: Event[]) => -sum(spends(rows));
const CARDS: Acct[] = ["dkbvisa", "cdvisa", "amex"];

/** Both ways Kontor may write an amount: "€1,234.56" (en) or "1.234,56 €" (de); the sign is checked separately where it matters. */
function money(cents: number): RegExp {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, "0");
  const en = `€${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
  const de = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}\\s?€`;
  return new RegExp(`${en.replace(/[.$]/g, "\\$&")}(?!\\d)|(?<![\\d.,])${de}`);
}
function expectAmount(reply: string, cents: number) {
  expect(reply, `expected ${cents / 100} in: ${reply}`).toMatch(money(cents));
}
/** An ambiguous question: any of the reasonable readings counts. */
function expectOneOf(reply: string, candidates: Record<string, number>) {
  const hit = Object.entries(candidates).find(([, c]) => money(c).test(reply));
  expect(hit, `expected one of ${JSON.stringify(Object.fromEntries(Object.entries(candidates).map(([k, v]) => [k, v / 100])))} in: ${reply}`).toBeDefined();
}

describe("credit-card life across DKB, comdirect, Amex and ING", () => {
  let c: ChatApp;
  const previews = { dkb: "", dkbvisa: "", cd: "", amex: "", ing: "" };
  const importFile = (fileName: string, content: Buffer) => importStatement(c.sim, jonas, fileName, content);
  const ask = (question: string) => askKontor(c.sim, jonas, question, /€|\?|didn't|not |nicht|keine/);

  beforeAll(async () => {
    c = await startChatApp([jonas], { now: () => NOW });
    previews.dkb = await importFile(`02-12-2026_Umsatzliste_Girokonto_${IBAN.dkb}.csv`, dkbGiroCsv(events));
    previews.dkbvisa = await importFile("02-12-2026_Umsatzliste_Visa Kreditkarte_4930XXXXXXXX5521.csv", dkbVisaCsv(events));
    previews.cd = await importFile(`umsaetze_${CD_ACCOUNT}_20261202-1804.csv`, comdirectCsv(events));
    previews.amex = await importFile("activity.csv", amexCsv(events));
    previews.ing = await importFile(`Umsatzanzeige_${IBAN.ing}_20261202.csv`, ingCsv(events));
  }, 180_000);
  afterAll(() => c?.stop());

  // ---------------- imports ----------------
  describe("imports", () => {
    it("stores every row of every file in six accounts, pending rows apart", async () => {
      const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
      expect(accounts.map((a) => a.name)).toHaveLength(6);
      expect(await c.t.db.transaction.count()).toBe(events.length);
      expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(pending.length);
    });

    it("names each account by bank and type, never by a bare IBAN", async () => {
      const names = (await c.t.db.account.findMany()).map((a) => a.name);
      expect(names.filter((n) => /DKB/.test(n)), names.join(" | ")).toHaveLength(2);
      expect(names.some((n) => /DKB.*(Visa|Kredit)/i.test(n)), names.join(" | ")).toBe(true);
      expect(names.filter((n) => /comdirect/i.test(n)), names.join(" | ")).toHaveLength(2);
      expect(names.some((n) => /comdirect.*Visa/i.test(n)), names.join(" | ")).toBe(true);
      expect(names.some((n) => /ING/.test(n)), names.join(" | ")).toBe(true);
      for (const n of names) expect(n).not.toMatch(/DE\d{20}/);
    });

    // FIXED, was FAULT (AMEX-DE): the German Amex download (German column names, decimal commas; the doc has only the UK/US
    // layout, so the shape is UNVERIFIED) is read as a generic CSV: the account is called "EUR account" and every
    // charge is stored as money in (a "refund"), every refund and payment as money out. The English header with the
    // same rows is refused outright ("'63,32' is not an amount"). Everything asked about the Amex card or about
    // totals that include it is wrong by twice the Amex charges.
    it("knows the Amex file as American Express, charges as money out", async () => {
      const names = (await c.t.db.account.findMany()).map((a) => a.name);
      expect(names.some((n) => /Amex|American Express/i.test(n)), names.join(" | ")).toBe(true);
      expect(previews.amex).not.toMatch(/generic-csv|EUR account/);
    });

    it("shows the card and account numbers masked in the previews", () => {
      // The first line echoes the person's own file name (which may hold the IBAN); the account lines must not.
      const body = (p: string) => p.split("\n").slice(1).join("\n");
      expect(body(previews.dkb)).not.toContain(IBAN.dkb);
      expect(body(previews.dkb)).toMatch(/DE85 •+ 6655/);
      expect(body(previews.dkbvisa)).toMatch(/•+ 5521/);
      expect(body(previews.dkbvisa)).not.toMatch(/4930/);
      expect(body(previews.ing)).not.toContain(IBAN.ing);
      expect(body(previews.ing)).toMatch(/DE72 •+ 1223/);
      expect(body(previews.cd)).toMatch(/•+ 5600/);
    });

    it("shows the Amex card number masked (FAULT AMEX-DE: no account number shown at all)", () => {
      expect(previews.amex).toMatch(new RegExp(`•+ ?${AMEX_LAST5.slice(-4)}|${AMEX_LAST5}`));
    });

    it("says which rows are pending and when they were made", () => {
      expect(previews.cd).toMatch(/pending|vorgemerkt|offen/i);
      // One pending row in each comdirect section: the Giro row dated from the timestamp in its text, the Visa row
      // (no time in its text) from the end of the export period; both said.
      expect(previews.cd.match(/1 of them pending/g)).toHaveLength(2);
      expect(previews.cd).toMatch(/dated them from the time in their booking text/);
      expect(previews.cd).toMatch(/dated them 2026-12-02/);
      expect(previews.dkbvisa).toMatch(/1 of them pending/);
      expect(previews.dkbvisa).toMatch(/– 1 Dec 2026/);
    });
  });

  // ---------------- balances ----------------
  describe("balances", () => {
    // FIXED (AMEX-DE): the file is the American Express card with the right signs. LEFT: Kontor answers "Balance of
    // American Express card not known: the statement did not include a balance, and transactions added up from zero
    // are not one". That is deliberate (README: a sum of rows is no balance unless the file starts at the opening);
    // answering -€63.32 would need the person to confirm the file covers the card from its first day.
    it.fails("what's my amex balance", async () => {
      // No balance line in an Amex CSV: what is owed is the sum of the rows since the card was opened.
      const owed = closing(events, "amex");
      expect(owed).toBeLessThan(0);
      expectAmount(await ask("whats my amex balance"), owed);
    });
    // FIXED, was FAULT: "“dkb” fits several accounts. Which one do you mean?" although only one DKB account is a
    // Kreditkarte ("DKB Visa Kreditkarte"); the right answer is its stated Saldo, -€86.56.
    it("dkb kreditkarte saldo", async () => {
      expectAmount(await ask("dkb kreditkarte saldo"), closing(events, "dkbvisa"));
    });
    it("ing balance", async () => {
      expectAmount(await ask("ing balance?"), closing(events, "ing"));
    });
  });

  // ---------------- spending totals ----------------
  describe("spending", () => {
    // FIXED, was FAULT AMEX-DE (see the imports block): Kontor's total is short by twice the month's Amex charges (charges read as refunds).
    it("total spending last month, card bills not counted twice", async () => {
      expectAmount(await ask("total spending last month"), spending(inMonth("2026-11")));
    });
    // FIXED, was FAULT AMEX-DE (see the imports block): Kontor's total is short by twice the month's Amex charges (charges read as refunds).
    it("wie viel hab ich im september ausgegeben", async () => {
      expectAmount(await ask("wie viel hab ich im september ausgegeben"), spending(inMonth("2026-09")));
    });
    // FIXED, was FAULT AMEX-DE (see the imports block): Kontor's total is short by twice the month's Amex charges (charges read as refunds).
    it("how much did i spend in octobr (a hotel double charge reclaimed)", async () => {
      expectAmount(await ask("how much did i spend in octobr"), spending(inMonth("2026-10")));
    });
    // FIXED, was FAULT AMEX-DE (see the imports block): Kontor's total is short by twice the month's Amex charges (charges read as refunds).
    it("spending in july is lowered by the chargeback", async () => {
      expectAmount(await ask("spending in july"), spending(inMonth("2026-07")));
    });
    // FIXED, was FAULT AMEX-DE (see the imports block): Kontor's total is short by twice the month's Amex charges (charges read as refunds).
    it("spending in june: the disputed charge counts, money from ING does not", async () => {
      expectAmount(await ask("what did i spend in june"), spending(inMonth("2026-06")));
    });
    // FIXED, was FAULT AMEX-DE (see the imports block): Kontor's total is short by twice the month's Amex charges (charges read as refunds).
    it("spending in august with a cash withdrawal abroad", async () => {
      const aug = inMonth("2026-08");
      const cash = -sum(aug.filter((e) => e.kind === "cash"));
      expectOneOf(await ask("spending in august"), { withoutCash: spending(aug), withCash: spending(aug) + cash });
    });
    it("income last month is the salary only", async () => {
      expectAmount(await ask("income last month"), sum(inMonth("2026-11").filter((e) => e.kind === "income")));
    });
    it("einnahmen im juni (not the money back from ING)", async () => {
      expectAmount(await ask("einnahmen im juni"), sum(inMonth("2026-06").filter((e) => e.kind === "income")));
    });
  });

  // ---------------- fees ----------------
  describe("card fees", () => {
    const fxFees = -sum(thisYear.filter((e) => e.fee === "fx"));
    const cashFees = -sum(thisYear.filter((e) => e.fee === "cash"));
    it("how much did I pay in foreign transaction fees this year", async () => {
      expectOneOf(await ask("how much did I pay in foreign transaction fees this year"), { fx: fxFees, fxAndCash: fxFees + cashFees });
    });
    it("auslandseinsatzentgelt dieses jahr", async () => {
      expectOneOf(await ask("auslandseinsatzentgelt dieses jahr"), { fx: fxFees, fxAndCash: fxFees + cashFees });
    });
    it("atm fees this year", async () => {
      const atmFx = -sum(thisYear.filter((e) => e.fee === "fx" && e.date === "2026-08-14"));
      expectOneOf(await ask("how much did i pay in atm fees this year"), { cashFee: cashFees, withFxFee: cashFees + atmFx });
    });
    it("how much cash did i withdraw abroad", async () => {
      expectAmount(await ask("how much cash did i withdraw this year"), -sum(thisYear.filter((e) => e.kind === "cash")));
    });
    // FIXED, was FAULT: answered "Spending, all accounts, per year" (€23,177.34 over 2025/2026): "annual" was read as a
    // per-year breakdown and both "amex" and "fee" were dropped silently. Right: the €144.00 Jahresgebühr row
    // (also stored as income by FAULT AMEX-DE).
    it("amex annual fee", async () => {
      expectAmount(await ask("how much was the amex annual fee"), 14_400);
    });
    it("all card fees this year", async () => {
      const all = -sum(thisYear.filter((e) => e.fee));
      expectOneOf(await ask("bank fees this year"), { all, withoutAnnual: all - 14_400 });
    });
  });

  // ---------------- merchants, refunds, processors ----------------
  describe("merchants", () => {
    // FIXED, was FAULT: read as "Net (income − spending): Refunds + Amazon" (€565.74): "net of refunds" became the Refunds
    // category plus a net figure. Right: Amazon spending this year with Amazon's refunds subtracted (and the Amex
    // marketplace rows have the wrong sign, FAULT AMEX-DE).
    it("amazon this year net of refunds", async () => {
      expectAmount(await ask("amazon this year net of refunds"), spending(thisYear.filter((e) => e.merchant === "Amazon")));
    });
    // FIXED, was FAULT AMEX-DE: €62.73 — the three Amex marketplace charges count as refunds.
    it("wieviel bei amazon 2025", async () => {
      expectAmount(await ask("wieviel bei amazon 2025"), spending(booked.filter((e) => e.merchant === "Amazon" && e.date < "2026-01-01")));
    });
    it("hotel seeblick: the double charge was reclaimed", async () => {
      expectAmount(await ask("how much did i spend at hotel seeblick"), spending(booked.filter((e) => e.merchant === "Hotel Seeblick")));
    });
    it("easypark through paypal this year", async () => {
      expectAmount(await ask("easypark this year"), spending(thisYear.filter((e) => e.merchant === "EasyPark")));
    });
    it("eiscafe venezia through sumup", async () => {
      expectAmount(await ask("eiscafe venezia total"), spending(booked.filter((e) => e.merchant === "Eiscafe Venezia")));
    });
    it("spotify this year", async () => {
      expectAmount(await ask("spotify this yr"), spending(thisYear.filter((e) => e.merchant === "Spotify")));
    });
    it("flybook24 in june (before the chargeback)", async () => {
      expectAmount(await ask("flybook24 in june"), 38_900);
    });
    // FIXED, was FAULT: "€389.00 (1 transaction)". The DKB chargeback "Gutschrift Rueckbelastung FLYBOOK24 TRAVEL" is stored
    // under the merchant "Gutschrift Rueckbelastung", so the travel agency keeps the full charge. Net it is €0.00.
    it("flybook24 in total, net of the chargeback", async () => {
      const reply = await ask("how much did i spend at flybook24");
      expect(sum(booked.filter((e) => e.merchant === "Flybook24"))).toBe(0);
      expect(reply).toMatch(/€0\.00|0,00\s?€|nothing|no spending/i);
    });
  });

  // ---------------- categories ----------------
  describe("categories", () => {
    it("groceries last month", async () => {
      expectAmount(await ask("groceries last month"), spending(inMonth("2026-11").filter((e) => e.category === "groceries")));
    });
    // FIXED, was FAULT AMEX-DE: the Amex Trattoria Roma charge counts as a refund.
    it("restaurants in april, New York included", async () => {
      expectAmount(await ask("restaurants in april"), spending(inMonth("2026-04").filter((e) => e.category === "restaurants")));
    });
    // Was FAULT AMEX-DE: €102.63, London only. The Lisbon dinners (Amex, "Land" PORTUGAL) are stored as refunds.
    // The Prague pub ("LOKAL DLOUHAA") cannot be known as a restaurant and is left out; the New York rows on the
    // comdirect Visa carry "… NEW YORK US 87,40 USD" only in their text, so either reading counts.
    // LEFT: still €102.63. Either reading needs the Lisbon rows; they are restaurants (Time Out Market is a food hall, filed so
    // now) but the Amex "Land" column (PORTUGAL) is not carried into the stored row, and "abroad" reads only
    // foreign currencies and country codes in the text. Carrying a card row's country is its own change.
    it.fails("restaurants abroad", async () => {
      const abroad = booked.filter((e) => e.category === "restaurants" && e.country !== "DE" && e.merchant !== "Lokal Dlouha");
      const withUs = spending(abroad);
      expectOneOf(await ask("how much did i spend on restaurants abroad"), { withUs, withoutUs: withUs - spending(abroad.filter((e) => e.country === "US")) });
    });
    // FIXED, was FAULT AMEX-DE: restaurants show "€50.35", which is Vapiano €27.14 minus the Amex Trattoria Roma charge
    // (€77.49) read as a refund: net money *in* of €50.35 printed as spending without its sign (a second fault:
    // a negative net spending must not look like a positive one). Right: €104.63.
    it("spending by category in october", async () => {
      const oct = inMonth("2026-10");
      const reply = await ask("spending by category in october");
      for (const cat of ["groceries", "restaurants", "rent"]) expectAmount(reply, spending(oct.filter((e) => e.category === cat)));
    });
    // FIXED, was FAULT AMEX-DE: €239.47. The Amex "TIME OUT MARKET" charge (€68.40, Sept) is stored as a refund and
    // subtracted from Groceries; with the Amex signs right the average is one of the readings below.
    it("groceries per month average", async () => {
      const groc = spends(booked).filter((e) => e.category === "groceries");
      const byMonth = (from: string, to: string, months: number) => Math.round(-sum(groc.filter((e) => e.date >= from && e.date <= to)) / months);
      expectOneOf(await ask("groceries per month average"), {
        allFourteen: byMonth("2025-10-01", "2026-11-30", 14),
        thisYearEleven: byMonth("2026-01-01", "2026-11-30", 11),
        lastTwelve: byMonth("2025-12-01", "2026-11-30", 12),
      });
    });
    // FIXED, was FAULT AMEX-DE: €234.68, the same Time Out Market "refund" subtracted from Groceries.
    it("lebensmittel im schnitt pro monat dieses jahr", async () => {
      const groc = spends(thisYear).filter((e) => e.category === "groceries");
      const total = -sum(groc);
      expectOneOf(await ask("lebensmittel im schnitt pro monat dieses jahr"), { eleven: Math.round(total / 11), twelve: Math.round(total / 12) });
    });
    it("fuel last month leaves the pending row out", async () => {
      expectAmount(await ask("fuel last month"), spending(inMonth("2026-11").filter((e) => e.category === "fuel")));
    });
  });

  // ---------------- cards and transfers ----------------
  describe("cards and transfers", () => {
    it("biggest purchases in april", async () => {
      const top = spends(inMonth("2026-04")).filter((e) => e.cents < 0 && e.category !== "rent").sort((a, b) => a.cents - b.cents);
      const reply = await ask("biggest purchases in april");
      expectOneOf(reply, { rent: 118_000, firstNotRent: -top[0]!.cents });
      expectAmount(reply, top[0]!.cents);
    });
    it("was hat mich die kreditkarte im oktober gekostet", async () => {
      const oct = inMonth("2026-10");
      const onCards = spending(oct.filter((e) => CARDS.includes(e.acct)));
      const reply = await ask("was hat mich die kreditkarte im oktober gekostet");
      // Three credit cards: asking back which one is as good as the total over all of them.
      if (/\?\s*$/.test(reply) && !/€/.test(reply)) return;
      expectOneOf(reply, { allCards: onCards, ...Object.fromEntries(CARDS.map((a) => [a, spending(oct.filter((e) => e.acct === a))])) });
    });
    // FIXED, was FAULT AMEX-DE, and a second one: with no account called Amex Kontor silently dropped the word and
    // answered spending over all accounts (€1,574.36) instead of saying it knows no Amex account.
    it("amex spending last month", async () => {
      expectAmount(await ask("amex spending last month"), spending(inMonth("2026-11").filter((e) => e.acct === "amex")));
    });
    // FIXED, was FAULT: "“kreditkarte” fits several accounts. Which one do you mean?" although "dkb kreditkarte" names
    // exactly one account (DKB Visa Kreditkarte). Right: that card's November spending.
    it("wie viel habe ich letzten monat mit der dkb kreditkarte bezahlt", async () => {
      expectAmount(await ask("wie viel habe ich letzten monat mit der dkb kreditkarte bezahlt"), spending(inMonth("2026-11").filter((e) => e.acct === "dkbvisa")));
    });
    it("how much did I move to my ING account", async () => {
      const moved = -sum(booked.filter((e) => e.acct === "dkb" && e.kind === "own" && e.cents < 0 && /ING/.test(e.row[5]!)));
      const back = sum(booked.filter((e) => e.acct === "dkb" && e.kind === "own" && e.cents > 0));
      const movedThisYear = -sum(thisYear.filter((e) => e.acct === "dkb" && e.kind === "own" && e.cents < 0 && /ING/.test(e.row[5]!)));
      expectOneOf(await ask("how much did I move to my ING account"), { moved, net: moved - back, movedThisYear, netThisYear: movedThisYear - back });
    });
    it("pending purchases", async () => {
      const reply = await ask("pending purchases");
      for (const e of pending) expectAmount(reply, e.cents);
    });
    it("was ist noch offen", async () => {
      const reply = await ask("was ist noch offen?");
      expectAmount(reply, sum(pending));
    });
  });
});
