// A household with thirty-eight months of history (October 2023 to November
// 2026) in three real export formats (Postbank, Sparkasse CSV-MT940, N26)
// asks about periods and trends, in English and German, typed the way people
// type. Every expected figure comes from the logical events the files were
// written from (./blind-years/statements.ts), never from Kontor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import {
  balance, buildEvents, GYM_LAST, IBAN, n26Csv, netflixFor, postbankCsv, rentFor, salaryFor, sparkasseCsv, type Category, type Event,
} from "./blind-years/statements.ts";

const jonas = { id: 7301, first_name: "Jonas", language_code: "en" };
const NOW = new Date("2026-11-29T10:00:00Z");
const events = buildEvents();

const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const between = (from: string, to: string) => events.filter((e) => e.date >= from && e.date <= to);
const year = (y: number) => between(`${y}-01-01`, `${y}-12-31`);
const month = (ym: string) => events.filter((e) => e.date.startsWith(ym));
const of = (category: Category, rows = events) => rows.filter((e) => e.category === category);
/** Money out that is not a move between own accounts. */
const spending = (rows: Event[]) => -total(rows.filter((e) => e.cents < 0 && !e.transfer));
/** The same, with the landlord's Nebenkosten refund netted against it (a refund is not income). */
const spendingNet = (rows: Event[]) => spending(rows) - total(rows.filter((e) => e.category === "nebenkosten" && e.cents > 0));
const income = (rows: Event[]) => total(rows.filter((e) => e.cents > 0 && !e.transfer));
const salary = (rows: Event[]) => total(of("salary", rows));

/** Every amount a reply names, in cents: "€1,234.56", "-€4.80", "1.234,56 €", "1.234,56 EUR". */
function amounts(reply: string): number[] {
  const out: number[] = [];
  for (const m of reply.matchAll(/(-|−)?€\s?(\d{1,3}(?:,\d{3})*|\d+)\.(\d{2})/g)) out.push(Number(m[2]!.replace(/,/g, "")) * 100 + Number(m[3]));
  for (const m of reply.matchAll(/(\d{1,3}(?:\.\d{3})*|\d+),(\d{2})\s?(?:€|EUR)/g)) out.push(Number(m[1]!.replace(/\./g, "")) * 100 + Number(m[2]));
  return out;
}
/** The reply names one of the acceptable figures (an ambiguous question has more than one reasonable reading). */
function expectAmount(reply: string, ...acceptable: number[]) {
  const named = amounts(reply);
  expect(acceptable.some((c) => named.includes(Math.abs(c))), `expected one of ${acceptable.map((c) => (c / 100).toFixed(2)).join(" / ")} in:\n${reply}`).toBe(true);
}

describe("a household's three years: periods and trends", () => {
  let c: ChatApp;
  const ask = async (question: string) => {
    const reply = await askKontor(c.sim, jonas, question, /€|EUR|\?|didn't|not |nicht|keine/);
    console.log(`Q: ${question}\nA: ${reply}\n`);
    return reply;
  };
  const repliesAfter = (id: number) => c.sim.chat(jonas.id).filter((m) => m.messageId > id && m.from === "bot");

  beforeAll(async () => {
    c = await startChatApp([jonas], { now: () => NOW });
    await importStatement(c.sim, jonas, "Umsaetze_Postbank_Giro.csv", postbankCsv(events));
    await importStatement(c.sim, jonas, "20261128-1004455667-umsatz.CSV", sparkasseCsv(events));
    await importStatement(c.sim, jonas, "n26-csv-transactions.csv", n26Csv(events));
  }, 120_000);
  afterAll(() => c?.stop());

  it("imports every row of the three files into three accounts", async () => {
    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(3);
    const byIban = new Map(accounts.map((a) => [a.iban, a._count.transactions]));
    expect(byIban.get(IBAN.postbank)).toBe(events.filter((e) => e.acct === "postbank").length);
    expect(byIban.get(IBAN.sparkasse)).toBe(events.filter((e) => e.acct === "sparkasse").length);
    const n26 = accounts.find((a) => a.iban !== IBAN.postbank && a.iban !== IBAN.sparkasse);
    expect(n26?._count.transactions).toBe(events.filter((e) => e.acct === "n26").length);
  });

  it("compares spending in 2024 and 2025", async () => {
    const reply = await ask("how much did i spend in 2024 vs 2025");
    expectAmount(reply, spending(year(2024)), spendingNet(year(2024)));
    expectAmount(reply, spending(year(2025)), spendingNet(year(2025)));
  });

  it("answers the first half of 2025 (the car is in it)", async () => {
    const rows = between("2025-01-01", "2025-06-30");
    expectAmount(await ask("wie viel hab ich im ersten halbjahr 2025 ausgegeben"), spending(rows), spendingNet(rows));
  });

  it("answers a quarter", async () => {
    const rows = between("2024-07-01", "2024-09-30");
    expectAmount(await ask("spending q3 2024"), spending(rows), spendingNet(rows));
  });

  it("lists the last twelve months month by month", async () => {
    const before = c.sim.lastBotMessage(jonas.id)?.messageId ?? 0;
    const reply = await ask("last 12 months spending by month");
    await new Promise((r) => setTimeout(r, 1_500));
    const after = repliesAfter(before);
    const all = after.map((m) => m.text ?? m.caption ?? "").join("\n");
    // Twelve months ending with November 2026 (the month so far) or with October 2026 (full months only).
    const withCurrent = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"];
    const fullOnly = ["2025-11", ...withCurrent.slice(0, 11)];
    const fits = (ms: string[]) => ms.every((ym) => amounts(all).includes(spending(month(ym))) || amounts(all).includes(spendingNet(month(ym))));
    expect(fits(withCurrent) || fits(fullOnly), all).toBe(true);
    expect(reply).not.toMatch(/2024/);
    // The table (the chart's caption) lists the twelve months in order, and a chart comes with it.
    const label = (ym: string) => `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"][Number(ym.slice(5)) - 1]} ${ym.slice(0, 4)}`;
    const listed = [...reply.matchAll(/^([A-Z][a-z]{2,3} \d{4})\s+€/gm)].map((m) => m[1]);
    expect([withCurrent.map(label), fullOnly.map(label)]).toContainEqual(listed);
    expect(after.some((m) => m.photo !== undefined)).toBe(true);
  });

  it("gives the average monthly spending this year", async () => {
    const rows = between("2026-01-01", "2026-11-30");
    const reply = await ask("average monthly spending this year");
    // Eleven months so far, or the ten complete ones.
    const full = between("2026-01-01", "2026-10-31");
    expectAmount(reply, Math.round(spending(rows) / 11), Math.round(spendingNet(rows) / 11), Math.round(spending(full) / 10), Math.round(spendingNet(full) / 10));
  });

  // FAULT: Kontor drops "than two years ago" and answers this month's rent alone
  // (Rent & housing, 1–29 Nov 2026: €1,040.00). The rent went from €980 (Nov 2024)
  // to €1,040: the answer is €60 a month more (or €720 a year), or at least both rents.
  it("says how much more rent is paid than two years ago", async () => {
    const reply = await ask("how much more rent do i pay than two years ago");
    // 1,040 now against 980 in November 2024: 60 a month (or 720 a year).
    expectAmount(reply, rentFor(2026) - rentFor(2024), 12 * (rentFor(2026) - rentFor(2024)));
  });

  it("adds up the savings plan since 2024", async () => {
    const moved = total(of("savings", between("2024-01-01", "2026-11-30")).filter((e) => e.acct === "sparkasse"));
    const rows = between("2024-01-01", "2026-11-30");
    const leftOver = income(rows) - spending(rows);
    expectAmount(await ask("wie viel hab ich seit 2024 gespart"), moved, leftOver);
  });

  it("adds up the money moved into savings since 2024", async () => {
    const moved = total(of("savings", between("2024-01-01", "2026-11-30")).filter((e) => e.acct === "sparkasse"));
    expect(moved).toBe(12 * 20_000 + 3 * 20_000 + 20 * 35_000); // 2024: 12 × 200, Jan–Mar 2025: 3 × 200, then 20 × 350
    expectAmount(await ask("how much did i put into my savings account since 2024"), moved);
  });

  // FAULT (wording): the money moved to the own Tagesgeld is right (€10,000.00) but the
  // reply's headline calls it "Spending"; savings moves are excluded from spending
  // everywhere else, so the label contradicts the rest of Kontor's answers.
  it("does not call the savings moves spending", async () => {
    const reply = await ask("how much did i put into my savings account since 2024");
    expect(reply).not.toMatch(/^Spending/m);
  });

  it("splits Netflix by year, showing the price rise", async () => {
    const reply = await ask("netflix per year");
    for (const y of [2023, 2024, 2025, 2026]) expectAmount(reply, -total(year(y).filter((e) => e.merchant === "Netflix")));
  });

  it("names the car as the biggest expense ever", async () => {
    const reply = await ask("biggest expenses ever");
    expect(reply).toMatch(/Autohaus Weber/i);
    expectAmount(reply, 1_849_000);
    expectAmount(reply, 142_800); // the Tuscany hotel is the next one
  });

  it("adds up Netflix since the first payment, across the price rise", async () => {
    expectAmount(await ask("netflix since i started"), -total(events.filter((e) => e.merchant === "Netflix")));
  });

  // FAULT: Kontor answers the all-time Netflix total (€569.62) and does not say whether
  // the price changed. The monthly charge went from €13.99 to €15.99 in May 2025;
  // an answer naming the new price (or the €2.00 rise) is what was asked.
  it("sees the Netflix price rise", async () => {
    const reply = await ask("did netflix get more expensive?");
    expectAmount(reply, netflixFor(2025, 5), netflixFor(2025, 5) - netflixFor(2025, 4));
  });

  // FAULT: "when did i last pay the gym" is answered with this month's gym spending
  // (€0.00, 0 transactions, 1–29 Nov 2026), which reads as "never". The last FitX
  // debit was on 2 June 2025 (the membership ended in June 2025); the reply should name that date.
  it("knows when the gym was last paid", async () => {
    const reply = await ask("when did i last pay the gym");
    expect(reply).toMatch(/2 June 2025|June 2, 2025|2\.6\.2025|02\.06\.2025|2025-06-02|2 Jun 2025|Jun 2, 2025/);
    expect(GYM_LAST).toBe("2025-06-02");
  });

  it("adds up the gym over its whole life", async () => {
    expectAmount(await ask("fitx total"), -total(of("gym")));
  });

  it("splits holiday spending by year", async () => {
    const reply = await ask("how much did i spend on holidays each year");
    for (const y of [2024, 2025, 2026]) expectAmount(reply, -total(of("travel", year(y))));
  });

  it("compares income this year with last year", async () => {
    const reply = await ask("income this year vs last year");
    expectAmount(reply, income(year(2026)), salary(year(2026)));
    // Last year in full, or the same months of last year (like for like).
    const sameMonths = between("2025-01-01", "2025-11-30");
    expectAmount(reply, income(year(2025)), salary(year(2025)), income(sameMonths), salary(sameMonths));
  });

  // FAULT: "each year" is dropped: Kontor shows only December 2025 (€2,302.58).
  // The data holds three Decembers (2023: €2,335.90, 2024: €2,220.46, 2025: €2,302.58),
  // each with the Christmas shopping; all three were asked for.
  it("answers December in each year (Christmas)", async () => {
    const reply = await ask("spending in december each year");
    for (const y of [2023, 2024, 2025]) expectAmount(reply, spending(month(`${y}-12`)));
  });

  it("says where the data starts when asked about a year before it", async () => {
    const reply = await ask("how much did i spend in 2022");
    expect(reply).toMatch(/October 2023|Oct 2023|1 Oct|2023-10|Oktober 2023|10\/2023|1\.10\.2023|01\.10\.2023|2 Oct|2\.10\.2023|02\.10\.2023|October 2, 2023|October 2023/i);
  });

  it("answers a year that is only partly covered, and says so", async () => {
    const reply = await ask("wie viel hab ich 2023 ausgegeben");
    expectAmount(reply, spending(year(2023)));
    expect(reply).toMatch(/Oct|Okt|10\.2023|2023-10/i);
  });

  it("tells the Postbank balance now", async () => {
    expectAmount(await ask("postbank balance"), balance(events, "postbank"));
  });

  it("tells the Postbank balance at the end of 2024", async () => {
    expectAmount(await ask("kontostand postbank am 31.12.2024"), balance(events, "postbank", "2024-12-31"));
  });

  it("tells the Sparkasse savings balance (opened with the first transfer) or says it is unknown", async () => {
    const reply = await ask("how much is on my sparkasse account");
    if (!/don't know|unknown|no balance|not know|kein/i.test(reply)) expectAmount(reply, balance(events, "sparkasse"));
  });

  it("answers rent in one year", async () => {
    expectAmount(await ask("rent in 2024"), 12 * rentFor(2024));
  });

  it("answers rent in another year, in German", async () => {
    // The rent alone, or with the Nebenkosten back payment made to the same landlord that year.
    expectAmount(await ask("miete 2025 insgesamt"), 12 * rentFor(2025), 12 * rentFor(2025) + 21_245);
  });

  it("knows what the car cost", async () => {
    expectAmount(await ask("how much did i pay autohaus weber"), 1_849_000);
  });

  // FAULT: "nebenkosten nachzahlung 2025" is answered with the power direct debits
  // (Utilities & phone 2025: €1,068.00, 12 × Stadtwerke). The landlord's
  // "Nebenkostenabrechnung 2024 Nachzahlung" of €212.45 on 16 June 2025 is what was
  // asked; Kontor itself filed it under Rent & housing, so the words never reach it.
  it("knows the Nebenkosten back payment", async () => {
    expectAmount(await ask("nebenkosten nachzahlung 2025"), 21_245);
  });

  it("sums yearly insurance", async () => {
    const rows = of("insurance", year(2025));
    expectAmount(await ask("versicherungen 2025"), -total(rows));
  });

  it("sums Spotify for a year", async () => {
    expectAmount(await ask("spotfy 2025"), 12 * 1_099);
  });

  it("sums groceries last year", async () => {
    expectAmount(await ask("lebensmittel letztes jahr"), -total(of("groceries", year(2025))));
  });

  // FAULT: Kontor answers this month's salary (€3,750.00) and says nothing about a
  // change. The salary went from €3,400 to €3,750 in April 2025: the rise is €350
  // (or both figures side by side).
  it("sees the salary raise", async () => {
    const reply = await ask("how much did my salary go up");
    const both = amounts(reply).includes(salaryFor(2025, 3)) && amounts(reply).includes(salaryFor(2025, 4));
    if (!both) expectAmount(reply, salaryFor(2025, 4) - salaryFor(2025, 3));
  });

  it("says the N26 balance is not known (the export has none)", async () => {
    const reply = await ask("n26 kontostand");
    if (!/not known|unknown|nicht bekannt/i.test(reply)) expectAmount(reply, balance(events, "n26"));
  });

  it("sums restaurants this year", async () => {
    expectAmount(await ask("restaurants this year"), -total(of("restaurants", year(2026))));
  });

  // FAULT: "since i bought the car" is dropped and the default period (this month,
  // €65.66) is used. Fuel since the car (14 March 2025, the €18,490 Autohaus Weber
  // transfer) is €1,512.39, which is also all the fuel there is, so even "all time"
  // would have been right; "this month" cannot be.
  it("sums fuel since the car was bought", async () => {
    expectAmount(await ask("how much did i spend on fuel since i bought the car"), -total(of("fuel")));
  });

  it("sums the own transfers to N26 in a year", async () => {
    expectAmount(await ask("how much did i move to n26 in 2025"), 12 * 45_000);
  });

  it("answers the first month of data", async () => {
    expectAmount(await ask("spending october 2023"), spending(month("2023-10")));
  });

  it("answers the current month so far, in German", async () => {
    expectAmount(await ask("ausgaben diesen monat"), spending(month("2026-11")));
  });

  it("compares this year with last year", async () => {
    const reply = await ask("compare my spending this year with last year");
    expectAmount(reply, spending(year(2026)), spendingNet(year(2026)));
    // Last year in full, or the same months of last year.
    const sameMonths = between("2025-01-01", "2025-11-30");
    expectAmount(reply, spending(year(2025)), spendingNet(year(2025)), spending(sameMonths), spendingNet(sameMonths));
  });

  it("answers Amazon in one December", async () => {
    expectAmount(await ask("amazon im dezember 2024"), -total(month("2024-12").filter((e) => e.merchant === "Amazon")));
  });

  it("answers income for a whole past year", async () => {
    expectAmount(await ask("einnahmen 2024"), income(year(2024)), salary(year(2024)));
  });

  it("answers holidays in one year, in German", async () => {
    expectAmount(await ask("urlaub 2025 kosten"), -total(of("travel", year(2025))));
  });
});
