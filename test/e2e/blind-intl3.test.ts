// Blind end-to-end test: three people outside Germany send their real-shaped
// bank exports and ask what people ask, typed the way they type. Priya in
// Manchester (HSBC UK, NatWest savings, John Lewis card; GBP), Marcus in Chicago
// (Bank of America checking, Citi card, Capital One 360 QFX; USD), Sanne in
// Amsterdam (bunq; EUR). Every expected figure is computed from the logical
// events the files were written from (test/e2e/blind-intl3/*.ts), never from
// Kontor. Written without reading Kontor's code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { ask, askList, averages, expectFigure, expectOneOf, onboardAs, sendStatement, textOf } from "./blind-intl3/chat.ts";
import { isSpend, money, spent, sum, within, type Ev } from "./blind-intl3/kit.ts";
import { buildUk, hsbcCsv, JLP_FILE, jlpCsv, LAPTOP, natwestClosing, natwestCsv } from "./blind-intl3/manchester.ts";
import { bofaClosing, bofaCsv, buildUs, c1Closing, capitalOneQfx, citiCsv, TV } from "./blind-intl3/chicago.ts";
import { buildNl, bunqCsv } from "./blind-intl3/amsterdam.ts";

const NOW = new Date("2026-11-29T10:00:00Z");
const priya = { id: 7311, first_name: "Priya", language_code: "en" };
const marcus = { id: 7312, first_name: "Marcus", language_code: "en" };
const sanne = { id: 7313, first_name: "Sanne", language_code: "nl" };

const gbp = money("£");
const usd = money("$");
const eur = money("€");

/** Per-person views over booked events (pending rows only where a reading includes them). */
function views(all: Ev[]) {
  const booked = all.filter((e) => !e.pending);
  return {
    all,
    booked,
    pending: all.filter((e) => e.pending),
    merchant: (name: string, rows = booked) => rows.filter((e) => e.merchant === name && isSpend(e)),
    category: (key: string, rows = booked) => rows.filter((e) => e.category === key && isSpend(e)),
    month: (ym: string, rows = booked) => rows.filter((e) => e.date.startsWith(ym)),
    year: (rows = booked) => rows.filter((e) => e.date.startsWith("2026")),
    acct: (acct: string, rows = booked) => rows.filter((e) => e.acct === acct),
  };
}

/** Accounts with their transaction statuses, to see what an import added. */
async function accountsOf(c: ChatApp) {
  return c.t.db.account.findMany({ include: { transactions: { select: { status: true } } } });
}

describe("blind-intl3: Manchester, Chicago and Amsterdam statements, exact answers", () => {
  let c: ChatApp;
  beforeAll(async () => {
    c = await startChatApp([priya, marcus, sanne], { onboarded: [], now: () => NOW });
    await onboardAs(c.sim, priya, "Europe/London", "GBP");
    await onboardAs(c.sim, marcus, "America/Chicago", "USD");
    await onboardAs(c.sim, sanne, "Europe/Amsterdam", "EUR");
  }, 90_000);
  afterAll(() => c?.stop());

  /** Sends one file and returns the accounts it created, with their rows' statuses. */
  async function importOne(who: typeof priya, fileName: string, mime: string, content: Buffer, currency: string) {
    const before = new Set((await accountsOf(c)).map((a) => a.id));
    const preview = await sendStatement(c.sim, who, fileName, mime, content, currency);
    const added = (await accountsOf(c)).filter((a) => !before.has(a.id));
    return { preview, added };
  }

  describe("Priya in Manchester (HSBC UK, NatWest savings, John Lewis card)", () => {
    const v = views(buildUk());
    const q = (question: string) => ask(c.sim, priya, question);
    const spentIn = (from: string, to: string) => spent(within(v.booked, from, to));

    it("imports the HSBC UK file (no header, no currency) into one GBP account", async () => {
      const hsbc = await importOne(priya, "TransactionHistory.csv", "text/csv", hsbcCsv(v.all), "GBP");
      expect(hsbc.added).toHaveLength(1);
      expect(hsbc.added[0]?.transactions).toHaveLength(v.acct("hsbc").length);
      expect(hsbc.added[0]?.currency).toBe("GBP");
    });

    it("imports the NatWest saver into one GBP account", async () => {
      const natwest = await importOne(priya, "Statement_INSTANT_SAVER_12345678.csv", "text/csv", natwestCsv(v.all), "GBP");
      expect(natwest.added).toHaveLength(1);
      expect(natwest.added[0]?.transactions).toHaveLength(v.acct("natwest").length);
      expect(natwest.added[0]?.currency).toBe("GBP");
    });

    // The header 'Date Processed,Description,Amount,' has a fourth, unnamed column (bank-formats.md §1.3); NewDay
    // fills it with CR on payments and refunds ('PAYMENT RECEIVED - THANK YOU,"+ £1,100.00",CR' in the bank2ynab
    // fixture the reference cites). Right: 116 rows, 2 of them pending, payments and the refund as credits.
    it("imports the John Lewis card, its two pending rows as pending and the payments and the refund as credits", async () => {
      const jlp = await importOne(priya, JLP_FILE, "text/csv", jlpCsv(v.all), "GBP");
      expect(jlp.added).toHaveLength(1);
      const rows = jlp.added[0]?.transactions ?? [];
      expect(rows).toHaveLength(v.acct("jlp", v.all).length);
      expect(rows.filter((t) => t.status === "PENDING")).toHaveLength(2);
      expect(jlp.added[0]?.currency).toBe("GBP");
    });

    it("shows the NatWest saver's stated balance", async () => {
      const after = c.sim.lastBotMessage(priya.id)?.messageId ?? 0;
      c.sim.sendText(priya, "/accounts");
      const reply = textOf(await c.sim.waitForBotMessage(priya.id, /£/, { afterMessageId: after }));
      expect(reply).toContain(gbp(natwestClosing(v.all)));
    });

    // Right £203.11 with the card's Sainsbury's shop (HSBC alone: £144.18).
    it("groceries last month, across the debit card and the John Lewis card", async () => {
      const question = "how much did i spend on groceries last month";
      expectFigure(await q(question), gbp(spent(v.category("groceries", v.month("2026-10")))), question);
    });

    // Right £206.93 vs £203.11 with the card (HSBC alone: £149.61 vs £144.18).
    it("groceries september vs october", async () => {
      const question = "groceries september vs october";
      const reply = await q(question);
      expectFigure(reply, gbp(spent(v.category("groceries", v.month("2026-09")))), question);
      expectFigure(reply, gbp(spent(v.category("groceries", v.month("2026-10")))), question);
    });

    it("tesco this year", async () => {
      const question = "how much have i spent at tesco this year";
      expectFigure(await q(question), gbp(spent(v.merchant("Tesco", v.year()))), question);
    });

    it("tesco vs aldi", async () => {
      const question = "tesco vs aldi this year";
      const reply = await q(question);
      expectFigure(reply, gbp(spent(v.merchant("Tesco", v.year()))), question);
      expectFigure(reply, gbp(spent(v.merchant("Aldi", v.year()))), question);
    });

    // Right £1,052.06 on both cards (HSBC alone: £404.15).
    it("sainsburys in total, on the debit card and the credit card", async () => {
      const question = "how much have i spent at sainsburys in total";
      expectFigure(await q(question), gbp(spent(v.merchant("Sainsbury's"))), question);
    });

    // Right £206.91 over Dec 2025–Oct 2026 with the card
    // (or £203.96/£203.97 over thirteen, £208.32/£208.33 over twelve).
    it("average monthly grocery spend", async () => {
      const question = "whats my average monthly spend on groceries";
      const all = spent(v.category("groceries"));
      const fullMonths = spent(v.category("groceries", within(v.booked, "2025-11-01", "2026-10-31")));
      // The data starts on the first working days of November 2025, so December to October are the months surely complete.
      const inner = spent(v.category("groceries", within(v.booked, "2025-12-01", "2026-10-31")));
      // Over all thirteen months with data, over the twelve complete ones, or over the eleven surely complete ones.
      expectOneOf(await q(question), [...averages(all, 13), ...averages(fullMonths, 12), ...averages(inner, 11)].map(gbp), question);
    });

    // SQ *GRINDSMITH and SQ *FIG + SPARROW carry no café word: the dictionary knows them as coffee houses;
    // right £40.63 (£35.87 of it on HSBC).
    it("coffee over the summer, Square descriptors on both cards", async () => {
      const question = "how much did i spend on coffee over the summer";
      expectFigure(await q(question), gbp(spent(v.category("coffee", within(v.booked, "2026-06-01", "2026-08-31")))), question);
    });

    it("a Square coffee shop by its own name", async () => {
      const question = "how much have i spent at grindsmith";
      expectFigure(await q(question), gbp(spent(v.merchant("Grindsmith"))), question);
    });

    // Right £347.96 with the card's Uber rides (HSBC alone: £254.58).
    it("uber this year, on both cards", async () => {
      const question = "how much at uber this year";
      expectFigure(await q(question), gbp(spent(v.merchant("Uber", v.year()))), question);
    });

    // Every Deliveroo row is on the card: right £527.61 booked (£554.96 with the pending row).
    it("deliveroo ever", async () => {
      const question = "deliveroo ever";
      const booked = spent(v.merchant("Deliveroo"));
      const withPending = spent(v.merchant("Deliveroo", v.all));
      expectOneOf(await q(question), [gbp(booked), gbp(withPending)], question);
    });

    // Every Amazon row is on the card: the 6 booked Amazon rows, £11.99 on 7 Sept first.
    it("lists the amazon transactions since september", async () => {
      const question = "show me all amazon transactions since september";
      const reply = await askList(c.sim, priya, question);
      const rows = v.merchant("Amazon", within(v.booked, "2026-09-01", "2026-11-29"));
      expect(rows.length).toBeGreaterThan(5);
      for (const e of rows) expect(reply, `${question}: ${e.date} ${gbp(e.cents)}\n${reply}`).toContain(gbp(e.cents));
    });

    // Right £630.68 net of the £34.99 refund (£649.67 with the pending row).
    it("amazon this year, net of the refund", async () => {
      const question = "how much did i spend on amazon this year";
      const booked = spent(v.merchant("Amazon", v.year()));
      const withPending = spent(v.merchant("Amazon", v.year(v.all)));
      expectOneOf(await q(question), [gbp(booked), gbp(withPending)], question);
    });

    // The Currys laptop on the card, £1,299.00, and not the June card bill (£1,515.67) paid by direct debit.
    it("biggest purchase this year", async () => {
      const question = "what was my biggest purchase this year";
      expectFigure(await q(question), gbp(LAPTOP), question);
    });

    // Right £1,767.31: the £259.53 card bill left out, the card's purchases in.
    it("total spending in october: card bill, savings and cash left out, card purchases in", async () => {
      const question = "total spending in october";
      expectFigure(await q(question), gbp(spentIn("2026-10-01", "2026-10-31")), question);
    });

    it("cash withdrawn this year", async () => {
      const question = "how much cash did i take out this year";
      expectFigure(await q(question), gbp(-sum(v.year().filter((e) => e.cash))), question);
    });

    // Eleven £300 moves from HSBC to the NatWest Instant Saver: £3,300.00 moved in, or £2,100.00 net of the £1,200 moved back in August.
    it("moved to savings this year", async () => {
      const question = "how much did i move to savings this year";
      const into = v.year(v.acct("natwest"));
      const gross = sum(into.filter((e) => e.cents > 0));
      const net = sum(into);
      expect(gross).toBe(330_000);
      expect(net).toBe(210_000);
      expectOneOf(await q(question), [gbp(gross), gbp(net)], question);
    });

    // The NatWest saver's balance, £6,700.00 (which /accounts and 'how much is in my natwest account' show too).
    it("savings balance", async () => {
      const question = "whats my savings balance";
      expectFigure(await q(question), gbp(natwestClosing(v.all)), question);
    });

    it("natwest balance by the bank's name", async () => {
      const question = "how much is in my natwest account";
      expectFigure(await q(question), gbp(natwestClosing(v.all)), question);
    });

    it("income in october is the salary only", async () => {
      const question = "income in october";
      expectFigure(await q(question), gbp(276_140), question);
    });

    it("earned this year", async () => {
      const question = "how much did i earn this year";
      expectFigure(await q(question), gbp(sum(v.year().filter((e) => e.income))), question);
    });

    it("council tax this year (ten instalments, none in february and march)", async () => {
      const question = "how much council tax have i paid this year";
      const paid = -sum(v.year().filter((e) => e.category === "counciltax"));
      expect(paid).toBe(139_120);
      expectFigure(await q(question), gbp(paid), question);
    });

    it("octopus last winter", async () => {
      const question = "how much did i pay octopus last winter";
      expectFigure(await q(question), gbp(-sum(within(v.merchant("Octopus Energy"), "2025-12-01", "2026-02-28"))), question);
    });

    it("the gym in total", async () => {
      const question = "how much have i paid for the gym in total";
      expectFigure(await q(question), gbp(spent(v.merchant("PureGym"))), question);
    });

    it("rent this year", async () => {
      const question = "how much rent did i pay this year";
      expectFigure(await q(question), gbp(1_155_000), question);
    });

    // The 'DD NEWDAY LTD JOHN LEWIS CARD' debits pair with the card's payments: right £3,580.49.
    it("paid off the credit card this year", async () => {
      const question = "how much did i pay off my credit card this year";
      const paid = -sum(v.year(v.acct("hsbc")).filter((e) => e.category === "cardbill"));
      expectFigure(await q(question), gbp(paid), question);
    });

    it("transport in august: uber and trainline", async () => {
      const question = "what did i spend on transport in august";
      expectFigure(await q(question), gbp(spent(v.category("transport", v.month("2026-08")))), question);
    });

    // Virgin Media: 3 × £42.50 + 8 × £46.00 = £495.50.
    it("broadband this year, with the april price rise", async () => {
      const question = "broadband this year";
      expectFigure(await q(question), gbp(49_550), question);
    });

    // Kontor once took no period from 'the first half of the year' and answered this month (£1,733.44);
    // right £11,783.10 for 1 Jan – 30 Jun 2026.
    it("spending in the first half of the year", async () => {
      const question = "how much did i spend in the first half of the year";
      expectFigure(await q(question), gbp(spentIn("2026-01-01", "2026-06-30")), question);
    });

    // Right £151.57 with the card's Sainsbury's shop of 26 Nov (HSBC alone: £116.00).
    it("groceries so far this month", async () => {
      const question = "groceries so far this month";
      expectFigure(await q(question), gbp(spent(v.category("groceries", v.month("2026-11")))), question);
    });
  });

  describe("Marcus in Chicago (Bank of America, Citi, Capital One 360)", () => {
    const v = views(buildUs());
    const q = (question: string) => ask(c.sim, marcus, question);
    const spentIn = (from: string, to: string) => spent(within(v.booked, from, to));

    it("imports the BofA CSV, the Citi CSV and the Capital One QFX into three USD accounts", async () => {
      const bofa = await importOne(marcus, "stmt.csv", "text/csv", bofaCsv(v.all), "USD");
      expect(bofa.added).toHaveLength(1);
      expect(bofa.added[0]?.transactions).toHaveLength(v.acct("bofa").length);
      expect(bofa.added[0]?.currency).toBe("USD");
      const citi = await importOne(marcus, "Since Nov 01, 2025.CSV", "text/csv", citiCsv(v.all), "USD");
      expect(citi.added).toHaveLength(1);
      expect(citi.added[0]?.transactions).toHaveLength(v.acct("citi", v.all).length);
      expect((citi.added[0]?.transactions ?? []).filter((t) => t.status === "PENDING")).toHaveLength(2);
      expect(citi.added[0]?.currency).toBe("USD");
      const c1 = await importOne(marcus, "360_Performance_Savings_5678.qfx", "application/vnd.intu.qfx", capitalOneQfx(v.all), "USD");
      expect(c1.added).toHaveLength(1);
      expect(c1.added[0]?.transactions).toHaveLength(v.acct("c1").length);
      expect(c1.added[0]?.currency).toBe("USD");
    });

    it("shows the checking and savings balances the files state", async () => {
      const after = c.sim.lastBotMessage(marcus.id)?.messageId ?? 0;
      c.sim.sendText(marcus, "/accounts");
      const reply = textOf(await c.sim.waitForBotMessage(marcus.id, /\$/, { afterMessageId: after }));
      expect(reply).toContain(usd(bofaClosing(v.all)));
      expect(reply).toContain(usd(c1Closing(v.all)));
    });

    it("groceries in october: jewel-osco on checking, trader joe's on the card", async () => {
      const question = "how much did i spend on groceries in october";
      expectFigure(await q(question), usd(spent(v.category("groceries", v.month("2026-10")))), question);
    });

    it("jewel osco vs trader joes this year", async () => {
      const question = "jewel osco vs trader joes this year";
      const reply = await q(question);
      expectFigure(reply, usd(spent(v.merchant("Jewel-Osco", v.year()))), question);
      expectFigure(reply, usd(spent(v.merchant("Trader Joe's", v.year()))), question);
    });

    it("trader joe's ever", async () => {
      const question = "how much have i spent at trader joe's ever";
      expectFigure(await q(question), usd(spent(v.merchant("Trader Joe's"))), question);
    });

    it("average monthly groceries", async () => {
      const question = "avg monthly spend on groceries";
      const all = spent(v.category("groceries"));
      const fullMonths = spent(v.category("groceries", within(v.booked, "2025-11-01", "2026-10-31")));
      const inner = spent(v.category("groceries", within(v.booked, "2025-12-01", "2026-10-31")));
      expectOneOf(await q(question), [...averages(all, 13), ...averages(fullMonths, 12), ...averages(inner, 11)].map(usd), question);
    });

    it("coffee this summer, square on the card and on checking", async () => {
      const question = "how much on coffee this summer";
      expectFigure(await q(question), usd(spent(v.category("coffee", within(v.booked, "2026-06-01", "2026-08-31")))), question);
    });

    it("uber this year", async () => {
      const question = "how much at uber this year";
      const booked = spent(v.merchant("Uber", v.year()));
      const withPending = spent(v.merchant("Uber", v.year(v.all)));
      expectOneOf(await q(question), [usd(booked), usd(withPending)], question);
    });

    it("uber in q3", async () => {
      const question = "uber in q3";
      expectFigure(await q(question), usd(spent(v.merchant("Uber", within(v.booked, "2026-07-01", "2026-09-30")))), question);
    });

    it("lists all amazon transactions, the refund too", async () => {
      const question = "show me all amazon transactions";
      const reply = await askList(c.sim, marcus, question);
      const rows = v.booked.filter((e) => e.merchant === "Amazon");
      expect(rows.length).toBe(27);
      const missing = rows.filter((e) => !reply.includes(usd(e.cents)));
      expect(missing.map((e) => `${e.date} ${usd(e.cents)}`), `${question}\n${reply}`).toEqual([]);
    });

    it("amazon this year, net of the refund", async () => {
      const question = "amazon spending this year";
      expectFigure(await q(question), usd(spent(v.merchant("Amazon", v.year()))), question);
    });

    it("biggest purchase this year", async () => {
      const question = "whats the biggest purchase i made this year";
      expectFigure(await q(question), usd(TV), question);
    });

    it("total spending in september: the citi payment, savings and the atm left out", async () => {
      const question = "total spending in september";
      expectFigure(await q(question), usd(spentIn("2026-09-01", "2026-09-30")), question);
    });

    // The ATM rows, $900.00; 'withdraw' names no merchant (the savings account's 'Withdrawal to BANK OF AMERICA').
    it("cash withdrawn in 2026", async () => {
      const question = "how much cash did i withdraw in 2026";
      expectFigure(await q(question), usd(-sum(v.year().filter((e) => e.cash))), question);
    });

    it("transferred to savings this year", async () => {
      const question = "how much did i transfer to savings this year";
      const moves = v.year(v.acct("c1")).filter((e) => e.transfer);
      const gross = sum(moves.filter((e) => e.cents > 0));
      const net = sum(moves);
      expect(gross).toBe(550_000);
      expectOneOf(await q(question), [usd(gross), usd(net)], question);
    });

    it("savings balance", async () => {
      const question = "savings balance?";
      expectFigure(await q(question), usd(c1Closing(v.all)), question);
    });

    // 'bofa' is what people call Bank of America; right $16,751.45 (the stated ending balance).
    it("checking balance by the bank's nickname", async () => {
      const question = "what's my bofa balance";
      expectFigure(await q(question), usd(bofaClosing(v.all)), question);
    });

    it("checking balance, said plainly", async () => {
      const question = "whats my checking balance";
      expectFigure(await q(question), usd(bofaClosing(v.all)), question);
    });

    it("income in october", async () => {
      const question = "income in october";
      const month = v.month("2026-10").filter((e) => e.income);
      const payroll = sum(month.filter((e) => e.category === "salary"));
      expect(payroll).toBe(451_220);
      // Payroll alone, or payroll plus the savings interest.
      expectOneOf(await q(question), [usd(payroll), usd(sum(month))], question);
    });

    // 'how much did i make' asks for income: right $46,966.08 payroll (or $47,308.12 with the savings interest).
    it("made this year", async () => {
      const question = "how much did i make this year";
      const year = v.year().filter((e) => e.income);
      expectOneOf(await q(question), [usd(sum(year.filter((e) => e.category === "salary"))), usd(sum(year))], question);
    });

    // Kontor once replied 'Income: Bank fees & interest' $0.00 (0 transactions); the Capital One QFX has twelve
    // <TRNTYPE>INT 'Monthly Interest Paid' rows: right $396.12.
    it("interest earned in total", async () => {
      const question = "how much interest have i earned";
      expectFigure(await q(question), usd(sum(v.booked.filter((e) => e.category === "interest"))), question);
    });

    it("rent this year", async () => {
      const question = "rent this year";
      expectFigure(await q(question), usd(11 * 189_500), question);
    });

    it("comed last winter", async () => {
      const question = "how much did i pay comed last winter";
      expectFigure(await q(question), usd(spent(within(v.merchant("ComEd"), "2025-12-01", "2026-02-28"))), question);
    });

    // The gas bill is Peoples Gas, not all of utilities (ComEd, Peoples Gas and Comcast, $292.43): right $161.39.
    it("gas bill in january", async () => {
      const question = "gas bill in january";
      expectFigure(await q(question), usd(spent(v.merchant("Peoples Gas", v.month("2026-01")))), question);
    });

    it("utilities in march", async () => {
      const question = "utilities in march";
      const energy = spent(v.month("2026-03").filter((e) => ["electric", "gas"].includes(e.category)));
      const withInternet = energy + spent(v.category("internet", v.month("2026-03")));
      // Electricity and gas, or those and the internet bill too.
      expectOneOf(await q(question), [usd(energy), usd(withInternet)], question);
    });

    it("the gym ever", async () => {
      const question = "how much for the gym ever";
      expectFigure(await q(question), usd(spent(v.merchant("Planet Fitness"))), question);
    });

    it("netflix vs spotify this year", async () => {
      const question = "netflix vs spotify this year";
      const reply = await q(question);
      expectFigure(reply, usd(spent(v.merchant("Netflix", v.year()))), question);
      expectFigure(reply, usd(spent(v.merchant("Spotify", v.year()))), question);
    });

    it("paid towards the citi card this year", async () => {
      const question = "how much did i pay toward my citi card this year";
      expectFigure(await q(question), usd(-sum(v.year(v.acct("bofa")).filter((e) => e.category === "cardbill"))), question);
    });

    it("insurance in 2026", async () => {
      const question = "how much on insurance in 2026";
      expectFigure(await q(question), usd(11 * 14_218), question);
    });
  });

  describe("Sanne in Amsterdam (bunq)", () => {
    const v = views(buildNl());
    const q = (question: string) => ask(c.sim, sanne, question);

    it("imports the bunq export into one EUR account", async () => {
      const bunq = await importOne(sanne, "bunq-statement.csv", "text/csv", bunqCsv(v.all), "EUR");
      expect(bunq.added).toHaveLength(1);
      expect(bunq.added[0]?.transactions).toHaveLength(v.all.length);
      expect(bunq.added[0]?.currency).toBe("EUR");
    });

    it("groceries in october: albert heijn and jumbo", async () => {
      const question = "how much did i spend on groceries in october";
      expectFigure(await q(question), eur(spent(v.category("groceries", v.month("2026-10")))), question);
    });

    it("albert heijn in total", async () => {
      const question = "albert heijn total";
      expectFigure(await q(question), eur(spent(v.merchant("Albert Heijn"))), question);
    });

    it("rent in october", async () => {
      const question = "how much was my rent in october";
      expectFigure(await q(question), eur(142_500), question);
    });

    it("income in september", async () => {
      const question = "income in september";
      expectFigure(await q(question), eur(318_500), question);
    });

    // Zettle_*Lot Sixty One (a coffee roaster) carries no coffee word: its dictionary row says coffee; right €33.14.
    it("coffee since september, via zettle", async () => {
      const question = "how much have i spent on coffee since september";
      expectFigure(await q(question), eur(spent(v.category("coffee"))), question);
    });

    it("total spending in october", async () => {
      const question = "total spent in october";
      expectFigure(await q(question), eur(spent(v.month("2026-10"))), question);
    });
  });
});
