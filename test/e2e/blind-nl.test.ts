// A person in Utrecht sends three Dutch exports covering fourteen months: ING
// (salary account, "Naar Oranje Spaarrekening" savings moves, bunq top-ups,
// the monthly move of fixed costs to ABN AMRO), ABN AMRO MT940 (rent to the
// woningcorporatie, energy, water, Ziggo, KPN, zorgverzekering, gemeentelijke
// belastingen, the ICS credit-card bill, Jumbo by debit card, cash) and bunq
// (everyday card, USD and GBP purchases), and asks in English the way people
// type. Every expected figure comes from the logical events the files were
// written from (./blind-nl/statements.ts), never from Kontor.
//
// Blind test: written from /work/shared/bank-formats.md only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { abnMt940, buildEvents, bunqCsv, closing, IBAN, ingCsv, OPENING, type Event } from "./blind-nl/statements.ts";

const daan = { id: 7701, first_name: "Daan", language_code: "en" };
const NOW = new Date("2026-11-29T10:00:00Z");
const events = buildEvents();

/** "€1,234.56" / "-€4.80" as Kontor writes euro amounts in English, from integer cents. */
function eur(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}€${int}.${String(abs % 100).padStart(2, "0")}`;
}
const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const inMonth = (ym: string) => events.filter((e) => e.date.startsWith(ym));
const thisYear = events.filter((e) => e.date >= "2026-01-01");
const from = (rows: Event[], merchant: string) => rows.filter((e) => e.merchant === merchant);
const inCategory = (rows: Event[], category: Event["category"]) => rows.filter((e) => e.category === category);
/** Money spent: every outgoing row except own transfers, savings moves, the card bill and cash (§4.2: 6011 is not spend). */
const spending = (rows: Event[]) => -sum(rows.filter((e) => e.cents < 0 && !e.transfer && e.category !== "cash"));
const between = (lo: string, hi: string) => events.filter((e) => e.date >= lo && e.date <= hi);

const expected = {
  albertHeijnThisYear: -sum(from(thisYear, "Albert Heijn")), // "Albert Heijn 1234" and "AH to go 5851 Utrecht Cs"
  jumboOctober: -sum(from(inMonth("2026-10"), "Jumbo")),
  bolTotal: -sum(from(events, "bol.com")), // the June return nets against the June order
  groceriesMarch: -sum(inCategory(inMonth("2026-03"), "groceries")),
  eatingOutOctober: -sum(inCategory(inMonth("2026-10"), "eatingout")),
  groceriesOctober: -sum(inCategory(inMonth("2026-10"), "groceries")),
  spendingOctober: spending(inMonth("2026-10")),
  spendingMarch: spending(inMonth("2026-03")),
  incomeMay: sum(inCategory(inMonth("2026-05"), "salary")),
  incomeOctober: sum(inCategory(inMonth("2026-10"), "salary")),
  incomeDecember2025: sum(inCategory(inMonth("2025-12"), "salary")),
  avgGroceriesJanOct: -sum(inCategory(between("2026-01-01", "2026-10-31"), "groceries")) / 10,
  ingBalance: closing(events, "ing"),
  abnBalance: closing(events, "abn"),
  savedThisYear: -sum(inCategory(thisYear, "savings")),
  // "last 3 months" on 29 November: September to November so far (also a rolling 90 days: no
  // grocery row falls on 29–31 August), or the last three complete months, August to October.
  groceriesLast3: -sum(inCategory(between("2026-09-01", "2026-11-29"), "groceries")),
  groceriesLast3Complete: -sum(inCategory(between("2026-08-01", "2026-10-31"), "groceries")),
  rentThisYear: -sum(inCategory(thisYear, "rent")),
  tikkiePaidThisYear: -sum(from(thisYear, "Tikkie").filter((e) => e.cents < 0)),
  tikkieReceivedThisYear: sum(from(thisYear, "Tikkie").filter((e) => e.cents > 0)),
  lidlSeptember: -sum(from(inMonth("2026-09"), "Lidl")),
  aldiThisYear: -sum(from(thisYear, "Aldi")),
  plusOctober: -sum(from(inMonth("2026-10"), "Plus")),
  zorgThisYear: -sum(inCategory(thisYear, "insurance")),
  gemeenteThisYear: -sum(inCategory(thisYear, "taxes")),
  vattenfallThisYear: -sum(from(thisYear, "Vattenfall")),
  nsThisYear: -sum(from(thisYear, "NS")),
  cashThisYear: -sum(inCategory(thisYear, "cash")),
  steamThisYear: -sum(from(thisYear, "Steam")),
  eatingOutSeptember: -sum(inCategory(inMonth("2026-09"), "eatingout")),
  ziggoOctober: -sum(from(inMonth("2026-10"), "Ziggo")),
};

describe("ING, ABN AMRO MT940 and bunq: a Dutch household in euros", () => {
  let c: ChatApp;
  const previews: string[] = [];
  const ask = (question: string) => askKontor(c.sim, daan, question, /€|\?|didn.t|not /);
  const last = () => c.sim.lastBotMessage(daan.id)?.messageId ?? 0;
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

  beforeAll(async () => {
    c = await startChatApp([daan], { now: () => NOW });
    previews.push(await importStatement(c.sim, daan, `${IBAN.ing}_01-10-2025_28-11-2026.csv`, ingCsv(events)));
    previews.push(await importStatement(c.sim, daan, "MT940261128091200.STA", abnMt940(events)));
    previews.push(await importStatement(c.sim, daan, "bunq-statement_2025-10-01_2026-11-28.csv", bunqCsv(events)));
  }, 120_000);
  afterAll(() => c?.stop());

  it("the fixture is what the questions assume", () => {
    expect(expected.incomeMay).toBe(361_245 + 231_764);
    expect(expected.incomeOctober).toBe(361_245);
    expect(expected.incomeDecember2025).toBe(348_620);
    expect(expected.savedThisYear).toBe(11 * 50_000 + 150_000);
    expect(expected.rentThisYear).toBe(6 * 114_837 + 5 * 121_153);
    expect(expected.zorgThisYear).toBe(11 * 15_630);
    expect(expected.gemeenteThisYear).toBe(10 * 4_870);
    expect(expected.vattenfallThisYear).toBe(11 * 12_800);
    expect(expected.cashThisYear).toBe(52_000);
    expect(expected.tikkiePaidThisYear).toBe(1_250 + 4_500 + 1_875 + 3_120 + 2_060);
    expect(expected.tikkieReceivedThisYear).toBe(2_775 + 4_000 + 1_550 + 3_325);
    expect(Number.isInteger(expected.avgGroceriesJanOct)).toBe(true);
    // The months asked about for spending and income hold no refund and no Tikkie either way,
    // so "spending" needs no rule about netting and "income" is the salary alone.
    for (const ym of ["2026-03", "2026-05", "2026-10", "2025-12"]) {
      expect(inMonth(ym).filter((e) => e.cents > 0 && !e.transfer && e.category !== "salary"), ym).toEqual([]);
      expect(from(inMonth(ym), "Tikkie"), ym).toEqual([]);
    }
    // October and September hold no Thuisbezorgd order: "eating out" is restaurants and cafés there, whatever delivery counts as.
    expect(from(inMonth("2026-10"), "Thuisbezorgd")).toEqual([]);
    expect(from(inMonth("2026-09"), "Thuisbezorgd")).toEqual([]);
    expect(inCategory(between("2026-08-29", "2026-08-31"), "groceries")).toEqual([]);
    // Own transfers pair up: opposite amounts, 0–3 days apart.
    const moves = events.filter((e) => e.category === "transfer");
    for (const e of moves) {
      const twin = moves.find((o) => o.acct !== e.acct && o.cents === -e.cents && Math.abs(Date.parse(o.date) - Date.parse(e.date)) <= 3 * 86_400_000);
      expect(twin, `${e.acct} ${e.date} ${e.cents}`).toBeDefined();
    }
  });

  it("previews the balances that ING and ABN AMRO state", () => {
    expect(previews[0], previews[0]).toContain(eur(expected.ingBalance));
    expect(previews[1], previews[1]).toContain(eur(expected.abnBalance));
  });

  it("imports three accounts in euros, named by bank, every row kept, nothing pending", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(3);
    expect(accounts.map((a) => a.currency)).toEqual(["EUR", "EUR", "EUR"]);
    const names = accounts.map((a) => a.name);
    const count = (re: RegExp) => accounts.find((a) => re.test(a.name))?._count.transactions;
    expect(count(/\bING\b/i), names.join(" | ")).toBe(events.filter((e) => e.acct === "ing").length);
    expect(count(/ABN/i), names.join(" | ")).toBe(events.filter((e) => e.acct === "abn").length);
    expect(count(/bunq/i), names.join(" | ")).toBe(events.filter((e) => e.acct === "bunq").length);
    for (const name of names) expect(name).not.toMatch(/NL\d{2}[A-Z]{4}\d{10}/);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(0);
    expect((await c.t.db.user.findMany()).map((u) => u.baseCurrency)).toEqual(["EUR"]);
  });

  it("shows the ING and ABN AMRO balances the files state", async () => {
    const after = last();
    c.sim.sendText(daan, "/accounts");
    const reply = textOf(await c.sim.waitForBotMessage(daan.id, /€/, { afterMessageId: after }));
    expect(reply).toContain(eur(expected.ingBalance));
    expect(reply).toContain(eur(expected.abnBalance));
    expect(reply).not.toContain(IBAN.ing);
  });

  const questions: { what: string; q: string; cents: () => number }[] = [
    { what: "Albert Heijn this year, AH to go included", q: "albert heijn this year", cents: () => expected.albertHeijnThisYear },
    { what: "Jumbo last month from ABN BEA lines wrapped mid-word", q: "how much at jumbo lst month", cents: () => expected.jumboOctober },
    { what: "bol.com over all time, net of the June return", q: "bol.com in total", cents: () => expected.bolTotal },
    { what: "groceries in March across AH, Lidl, Jumbo, Aldi and CCV*PLUS", q: "groceries in march", cents: () => expected.groceriesMarch },
    { what: "eating out last month: Eetcafe, Zettle_*Koffiebar, CCV*CAFE", q: "eating out last mnth", cents: () => expected.eatingOutOctober },
    { what: "total spending last month leaves out savings, own moves, the ICS bill and cash; rent is in", q: "total spending last month", cents: () => expected.spendingOctober },
    { what: "spending in March leaves out the bunq-to-ING move back", q: "how much did i spend in march", cents: () => expected.spendingMarch },
    { what: "income in May is salary plus vakantiegeld", q: "income in may", cents: () => expected.incomeMay },
    { what: "income last month is the salary", q: "what was my income last month", cents: () => expected.incomeOctober },
    { what: "income in December 2025 is the salary, not the money back from savings", q: "income in december 2025", cents: () => expected.incomeDecember2025 },
    { what: "average monthly groceries January to October", q: "average monthly grocery spend from january to october", cents: () => expected.avgGroceriesJanOct },
    { what: "the ING balance is the newest 'Saldo na mutatie'", q: "whats my ing balance", cents: () => expected.ingBalance },
    { what: "the ABN AMRO balance is the last :62F:", q: "what's my abn amro balance", cents: () => expected.abnBalance },
    { what: "savings this year: 'Naar Oranje Spaarrekening' moves", q: "how much did i put into savings this year", cents: () => expected.savedThisYear },
    { what: "rent this year to the woningcorporatie, with July's increase", q: "rent this year", cents: () => expected.rentThisYear },
    { what: "Tikkie payments to friends this year", q: "how much did i pay with tikkie this year", cents: () => expected.tikkiePaidThisYear },
    { what: "Tikkie money from friends this year", q: "how much did i get back via tikkie this year", cents: () => expected.tikkieReceivedThisYear },
    { what: "Lidl in September", q: "lidl in september", cents: () => expected.lidlSeptember },
    { what: "Aldi this year (bunq card, store numbers vary)", q: "aldi this yr", cents: () => expected.aldiThisYear },
    { what: "Plus last month behind the CCV* prefix", q: "how much at plus last month", cents: () => expected.plusOctober },
    { what: "zorgverzekering this year", q: "zorgverzekering this year", cents: () => expected.zorgThisYear },
    { what: "gemeentelijke belastingen this year (ten terms)", q: "gemeentelijke belastingen this year", cents: () => expected.gemeenteThisYear },
    { what: "Vattenfall this year", q: "how much did i pay vattenfall this year", cents: () => expected.vattenfallThisYear },
    { what: "NS this year: the monthly debit and ticket-machine card rows", q: "how much on ns this year", cents: () => expected.nsThisYear },
    { what: "cash from Geldmaat this year (ING GM and ABN GEA)", q: "how much cash did i take out this year", cents: () => expected.cashThisYear },
    { what: "Steam this year in euros, paid in USD", q: "steam this year", cents: () => expected.steamThisYear },
    { what: "eating out in September, London meals paid in GBP counted in euros", q: "eating out in sept", cents: () => expected.eatingOutSeptember },
    { what: "Ziggo last month", q: "ziggo last month", cents: () => expected.ziggoOctober },
  ];

  it.each(questions)("$what: \"$q\"", async ({ q, cents }) => {
    const reply = await ask(q);
    expect(reply, reply).toContain(eur(cents()));
  });

  it("groceries vs restaurants last month: both figures", async () => {
    const reply = await ask("groceries vs restaurants last month");
    expect(reply, reply).toContain(eur(expected.groceriesOctober));
    expect(reply, reply).toContain(eur(expected.eatingOutOctober));
  });

  it("groceries in the last 3 months", async () => {
    const reply = await ask("groceries last 3 months");
    const either = [eur(expected.groceriesLast3), eur(expected.groceriesLast3Complete)];
    expect(either.some((x) => reply.includes(x)), `${either.join(" or ")} in: ${reply}`).toBe(true);
  });

  it("biggest purchases last month: the TV and the Coolblue order, no own transfers or card bill", async () => {
    const reply = await ask("biggest purchases last month");
    expect(reply, reply).toContain(eur(64_900));
    expect(reply, reply).toContain(eur(44_900));
    for (const e of inMonth("2026-10").filter((x) => x.transfer && x.cents < 0)) expect(reply, reply).not.toContain(eur(e.cents).replace("-", ""));
  });

  it("lists every Thuisbezorgd order (iDEAL on ING and the bunq card)", async () => {
    const orders = from(events, "Thuisbezorgd");
    expect(orders).toHaveLength(7);
    const reply = await ask("show me all thuisbezorgd orders");
    for (const e of orders) expect(reply, reply).toContain(eur(-e.cents));
  });

  it("does not make up a bunq balance: the export carries none", async () => {
    // bank-formats.md §1.2 bunq: no balance column; the balance before the first row is unknown,
    // so adding the rows up from zero is not the balance.
    const rows = events.filter((e) => e.acct === "bunq");
    expect(OPENING.bunq).toBeGreaterThan(0);
    const reply = await ask("what's my bunq balance");
    expect(reply, reply).not.toContain(eur(sum(rows)));
  });
});
