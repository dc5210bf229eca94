// Lena, 29, a product designer in Berlin, sends her N26, Revolut and PayPal
// exports (October 2025 to November 2026) and asks, in lower-case English
// with typos, what a demanding user asks. Every expected figure comes from
// the events the files were written from, never from Kontor's answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildEvents, n26Csv, paypalCsv, revolutClosing, revolutCsv, type Event, type Tag } from "./blind-berlin/statements.ts";
import { eur } from "./statement-kit.ts";

const lena = { id: 7402, first_name: "Lena", language_code: "en" };
const NOW = new Date("2026-11-30T09:00:00Z");
const events = buildEvents();
/** Money that moved: no pending, reverted or PayPal hold rows. */
const booked = events.filter((e) => !e.pending && !e.reverted && !e.memo);

const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const tagged = (...tags: Tag[]) => booked.filter((e) => tags.includes(e.tag));
const between = (rows: Event[], from: string, to: string) => rows.filter((e) => e.date >= from && e.date <= to);
const by = (merchant: string) => booked.filter((e) => e.merchant === merchant);
const Y2026 = ["2026-01-01", "2026-12-31"] as const;
const OCT = ["2026-10-01", "2026-10-31"] as const;
const spending = (rows: Event[]) => rows.filter((e) => e.cents < 0 && !e.transfer);

describe("a Berlin designer's N26, Revolut and PayPal files, exact answers", () => {
  let c: ChatApp;
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";
  /** Everything Kontor says to one question, once an amount (or a question back, or a refusal) is there and edits settled. */
  /** When Kontor asks back with buttons ("which account?"), Lena taps the one matching `pick`. */
  async function ask(question: string, pick?: RegExp): Promise<string> {
    const sent = c.sim.sendText(lena, question);
    const after = sent.message!.message_id;
    const settle = () => new Promise((res) => setTimeout(res, 1_000));
    const first = await c.sim.waitForBotMessage(lena.id, /€\s?\d|\?\s*$|n't|not sure/i, { afterMessageId: after, timeoutMs: 20_000 });
    await settle();
    const buttons = first.replyMarkup?.inline_keyboard.flat() ?? [];
    if (pick && !/€\s?\d/.test(textOf(first)) && buttons.length > 0) {
      const button = buttons.find((b) => pick.test(b.text));
      if (!button || !("callback_data" in button)) return `${textOf(first)} [buttons: ${buttons.map((b) => b.text).join(" | ")}]`;
      c.sim.tapButton(lena, first.messageId, button.callback_data!);
      await c.sim.waitFor(() => c.sim.chat(lena.id).some((m) => m.messageId >= first.messageId && m.from === "bot" && /€\s?\d/.test(textOf(m))), 20_000);
      await settle();
    }
    return c.sim.chat(lena.id).filter((m) => m.messageId > after && m.from === "bot").map(textOf).join("\n");
  }
  async function expectOneOf(question: string, fair: number[], why: string, pick?: RegExp) {
    const reply = await ask(question, pick);
    const shown = fair.map(eur);
    expect(shown.some((x) => reply.includes(x)), `${question}: expected ${shown.join(" or ")} (${why}), got: ${reply}`).toBe(true);
  }

  beforeAll(async () => {
    c = await startChatApp([lena], { now: () => NOW });
  }, 60_000);
  afterAll(() => c?.stop());

  it("imports the N26, Revolut and PayPal files", async () => {
    await importStatement(c.sim, lena, "Lena_Hoffmann_2025-10-01_2026-11-27.csv", n26Csv(events));
    await importStatement(c.sim, lena, "account-statement_2025-10-01_2026-11-27_en-us_4f1c2a.csv", revolutCsv(events));
    await importStatement(c.sim, lena, "Download.CSV", paypalCsv(events));
    const accounts = await c.t.db.account.findMany();
    expect(accounts.length).toBeGreaterThanOrEqual(3);
  }, 90_000);

  it("food delivery last month: Wolt, Lieferando (PayPal) and Uber Eats in October", async () => {
    const expected = -total(between(tagged("delivery"), ...OCT));
    await expectOneOf("how much on food delivery last month", [expected], "Wolt + Lieferando + Uber Eats, October 2026");
  });

  it("wolt last month: only the two Wolt card payments", async () => {
    const expected = -total(between(by("Wolt"), ...OCT));
    await expectOneOf("wolt last mnth?", [expected], "Wolt, October 2026");
  });

  it("uber eats in october is food delivery, not the Uber rides", async () => {
    const expected = -total(between(by("Uber Eats"), ...OCT));
    await expectOneOf("uber eats in oct", [expected], "Uber Eats only, October 2026");
  });

  // Fails at the time of writing: Kontor does not understand the question at all.
  it("klarna total still: what is left of the sofa (or, read as paid so far, the two instalments)", async () => {
    // "still" most naturally asks what is still owed: one instalment of 399.00 is due in December.
    // Kontor cannot see future instalments except from "Rate 2 von 3", so the total paid so far is accepted too.
    const paid = -total(tagged("klarna"));
    expect(paid).toBe(79_800);
    await expectOneOf("klarna total still", [39_900, paid], "still owed 399.00, or paid so far 798.00");
  });

  // Fails at the time of writing: Kontor searches the text "copenhagen" (4 rows, €354.38) and misses Kobenhavn, KBH and Tivoli.
  it("what did copenhagen cost: the weekend's DKK card payments with Revolut's weekend FX fees (flight optional)", async () => {
    const trip = tagged("cph");
    const weekend = -total(between(trip, "2026-09-18", "2026-09-20"));
    const withFlight = -total(trip);
    expect(withFlight - weekend).toBe(15_800);
    await expectOneOf("what did copenhagen cost", [withFlight, weekend], "the weekend incl. the 1 % weekend FX fees, with or without the August flight");
  });

  // Fails at the time of writing: Kontor answers total spending per month, not subscriptions.
  it("subs per month: the current monthly subscriptions", async () => {
    // Digital subscriptions and the gym (Spotify, Netflix, ChatGPT, iCloud, Adobe, Urban Sports Club);
    // a careful human may add the Deutschlandticket (an Abo), or also the Telekom contract.
    const subs = -total(between(tagged("subs"), ...OCT));
    expect(subs).toBe(1_199 + 1_399 + 2_299 + 299 + 1_189 + 5_900);
    const dticket = -total(between(tagged("dticket"), ...OCT));
    const telekom = -total(between(tagged("telekom"), ...OCT));
    await expectOneOf("subs per month", [subs, subs + dticket, subs + dticket + telekom], "subscriptions at October's prices");
  });

  it("how much did i save this year: what went into the Revolut vault in 2026", async () => {
    const vault = -total(between(tagged("vault").filter((e) => e.product === "Current"), ...Y2026));
    expect(vault).toBe(11 * 15_000 + 50_000);
    // Income minus spending is the other fair reading of "save".
    const y = between(booked, ...Y2026).filter((e) => !e.transfer);
    const incomeMinusSpending = total(y);
    // Kontor may count the pending Uber Eats order when it says so.
    const withPending = incomeMinusSpending - 2_180;
    await expectOneOf("how much did i save this year", [vault, incomeMinusSpending, withPending], "vault deposits 2026, or income minus spending 2026 (with the pending row if said)");
  });

  // Fails at the time of writing: Kontor reads it as the category "Rent & housing + Anna" and answers €0.00.
  it("rent this year minus what anna paid back", async () => {
    const rent = -total(between(tagged("rent"), ...Y2026));
    const back = total(between(tagged("rentback"), ...Y2026));
    expect([rent, back]).toEqual([11 * 142_000, 11 * 65_000]);
    await expectOneOf("rent this year minus what anna paid back", [rent - back], "rent 2026 less Anna's PayPal payments 2026");
  });

  it("how much did anna pay me back this year", async () => {
    await expectOneOf("how much did anna pay me back this yr", [total(between(tagged("rentback"), ...Y2026))], "Anna's eleven PayPal payments in 2026");
  });

  it("salary this year: eleven Kiezlabs payments, raised in April", async () => {
    const expected = total(between(tagged("salary"), ...Y2026));
    expect(expected).toBe(3 * 341_256 + 8 * 358_810);
    await expectOneOf("salary this year", [expected], "Kiezlabs salary 2026");
  });

  it("rides this year: Uber, Bolt and Tier on Revolut, without the reverted Bolt ride", async () => {
    const expected = -total(between(tagged("rides"), ...Y2026));
    await expectOneOf("how much did i spend on uber bolt and tier this year", [expected], "rides 2026, reverted row excluded");
  });

  it("groceries last month: REWE, Edeka and Lidl (dm and Rossmann optional)", async () => {
    const groceries = -total(between(tagged("groceries"), ...OCT));
    const withDrugstores = groceries - total(between(tagged("drugstore"), ...OCT));
    await expectOneOf("grocerys last month", [groceries, withDrugstores], "supermarkets in October, drugstores optional");
  });

  it("dm and rossmann this year", async () => {
    const expected = -total(between(tagged("drugstore"), ...Y2026));
    await expectOneOf("dm and rossmann this year", [expected], "both drugstores 2026");
  });

  // Fails at the time of writing: Kontor answers €682.00, the instalments without the Vattenfall refund.
  it("electricity this year: Vattenfall instalments less the annual statement's refund", async () => {
    const expected = -total(between(tagged("electricity"), ...Y2026));
    expect(expected).toBe(11 * 6_200 - 8_420);
    await expectOneOf("how much was electricity this year", [expected], "Vattenfall 2026 net of the 84.20 refund");
  });

  it("zalando this year after returns", async () => {
    const expected = -total(between(tagged("zalando"), ...Y2026));
    expect(expected).toBe(12_990 - 5_995 + 8_495);
    await expectOneOf("zalando this yr after returns", [expected], "two PayPal orders less the March refund, no double count of the N26 PayPal debits");
  });

  // Fails at the time of writing: Kontor takes "this month" and the Leisure category (€59.00, the gym), not the Eventim ticket.
  it("the concert ticket, paid through PayPal and funded from N26, counts once", async () => {
    await expectOneOf("how much was the concert ticket", [-total(tagged("concert"))], "Eventim 94.30");
  });

  it("atm fees this year", async () => {
    await expectOneOf("atm fees this year", [-total(between(tagged("atmfee"), ...Y2026))], "two N26 fees of 2.00");
  });

  it("cash withdrawn this year, without the fees", async () => {
    const cash = -total(between(tagged("cash"), ...Y2026));
    const withFees = cash - total(between(tagged("atmfee"), ...Y2026));
    await expectOneOf("how much cash did i withdraw this year", [cash, withFees], "ATM withdrawals 2026 (fees optional)");
  });

  it("top-ups from N26 to Revolut this year", async () => {
    const expected = -total(between(tagged("topup").filter((e) => e.acct === "n26"), ...Y2026));
    await expectOneOf("how much did i move to revolut this year", [expected], "N26 → Revolut top-ups 2026", /current|revolut(?!.*sav)/i);
  });

  it("total spending last month leaves out top-ups, the vault, PayPal funding and sweeps", async () => {
    const expected = -total(spending(between(booked, ...OCT)));
    // Cash taken out is not spent yet: Kontor leaving the withdrawal out (and saying so) is a fair reading too.
    const withoutCash = expected + total(between(tagged("cash"), ...OCT));
    expect(expected - withoutCash).toBe(10_000);
    await expectOneOf("how much did i spend last month in total", [expected, withoutCash], "every real outflow in October 2026 (cash optional)");
  });

  it("what the monsieur vuong dinner cost after jonas paid his half", async () => {
    await expectOneOf("what did the dinner at monsieur vuong cost me after jonas paid me back", [8_600 - 4_300], "86.00 less Jonas's 43.00");
  });

  // Fails at the time of writing: Kontor lists Public transport & taxi per month (Uber, Bolt and Tier included), not the ticket.
  it("deutschlandticket per month", async () => {
    await expectOneOf("deutschlandticket per month?", [-total(between(tagged("dticket"), ...OCT))], "63.00 since January");
  });

  it("rundfunkbeitrag this year: four quarterly debits", async () => {
    const expected = -total(between(tagged("rundfunk"), ...Y2026));
    expect(expected).toBe(4 * 5_508);
    await expectOneOf("rundfunkbeitrag this year", [expected], "4 × 55.08");
  });

  it("spotify this year", async () => {
    await expectOneOf("spotfy this year", [-total(between(by("Spotify"), ...Y2026))], "11 × 11.99");
  });

  it("revolut balance: the last completed balance of the Current account", async () => {
    const current = revolutClosing(events, "Current");
    const savings = revolutClosing(events, "Savings");
    await expectOneOf("whats my revolut balance", [current, current + savings], "Current (or Current plus the vault)", /current|revolut(?!.*sav)/i);
  });
});
