// An American sends a Chase checking CSV, a Capital One card CSV and a Bank of
// America savings QFX covering fourteen months and asks what people type,
// typos included. Payroll, interest and nothing else is income; the monthly
// move to savings and the card bill (on both sides) are the person's own
// money moving; ATM cash is not spending (bank-formats.md §4.2, MCC 6011);
// refunds net against what they refund. Every expected figure comes from the
// logical events the files were written from, never from Kontor. Where a
// question has more than one honest reading (does "dining out" include
// coffee? is Costco groceries?), every reading's figure is accepted and no
// other.
//
// Written blind: from bank-formats.md only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { bofaQfx, buildEvents, caponeCsv, chaseCsv, chaseLowest, closing, OPENING, type Event, type Kind } from "./blind-us/statements.ts";

const jordan = { id: 7501, first_name: "Jordan", language_code: "en" };
const NOW = new Date("2026-11-29T15:00:00Z");
const events = buildEvents();
const booked = events.filter((e) => !e.pending);

/** "$1,234.56" / "-$4.80" as Kontor writes dollar amounts in English, from integer cents. */
function dollars(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}$${int}.${String(abs % 100).padStart(2, "0")}`;
}
const total = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);
const spent = (rows: Event[]) => -total(rows);
const span = (from: string, to: string) => booked.filter((e) => e.date >= from && e.date <= to);
const inMonth = (ym: string) => booked.filter((e) => e.date.startsWith(ym));
const THIS_YEAR = span("2026-01-01", "2026-12-31");
const LAST_MONTH = inMonth("2026-10");
const kind = (rows: Event[], ...kinds: Kind[]) => rows.filter((e) => kinds.includes(e.kind));
const at = (rows: Event[], merchant: string) => rows.filter((e) => e.merchant === merchant);
const INCOME: Kind[] = ["salary", "bonus", "interest"];
/** Money that left for goods, services, rent and fees; own transfers, cash and income excluded, refunds netted. */
const spending = (rows: Event[]) => spent(rows.filter((e) => !e.transfer && !INCOME.includes(e.kind) && e.kind !== "cash" && e.kind !== "p2p-in"));
const unique = (xs: number[]) => [...new Set(xs)];

describe("Chase, Capital One and a Bank of America QFX: fourteen months, typed questions, exact dollars", () => {
  let c: ChatApp;
  const ask = (question: string) => askKontor(c.sim, jordan, question, /\$|\?|didn't|not /);
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";
  /** The reply holds one of the figures an honest reading of the question gives. */
  const expectOneOf = (reply: string, cents: number[]) => {
    const shown = unique(cents).map(dollars);
    expect(shown.some((s) => reply.includes(s)), `expected one of ${shown.join(" | ")} in:\n${reply}`).toBe(true);
  };
  /** importStatement with the media type a phone sends for a .qfx file. */
  async function importQfx(fileName: string, content: Buffer): Promise<string> {
    const after = c.sim.lastBotMessage(jordan.id)?.messageId ?? 0;
    c.sim.sendDocument(jordan, { fileName, mimeType: "application/vnd.intu.qfx", content });
    const preview = await c.sim.waitForBotMessage(jordan.id, /Import the new transactions\?|could not import|not sure how to read|Which currency/, { afterMessageId: after, timeoutMs: 20_000 });
    const shown = textOf(preview);
    if (!/Import the new transactions\?/.test(shown)) throw new Error(`${fileName}: no import preview, Kontor said: ${shown}`);
    c.sim.tapButton(jordan, preview.messageId, "imp:ok");
    await c.sim.waitFor(() => /Imported \d+/.test(textOf(c.sim.chat(jordan.id).find((m) => m.messageId === preview.messageId)!)), 20_000);
    return shown;
  }
  const previews: string[] = [];

  beforeAll(async () => {
    c = await startChatApp([jordan], { now: () => NOW });
  }, 60_000);
  afterAll(() => c?.stop());

  it("the generated files are realistic: checking never overdrawn, card bill equals last month's card activity", () => {
    expect(chaseLowest(events)).toBeGreaterThan(0);
    const card = events.filter((e) => e.acct === "capone");
    const paid = total(card.filter((e) => e.kind === "card-payment" && e.date.startsWith("2026-10")));
    expect(paid).toBe(-total(card.filter((e) => e.kind !== "card-payment" && e.date.startsWith("2026-09"))));
  });

  it("imports three files into three dollar accounts named by bank, two Chase rows pending", async () => {
    previews.push(await importStatement(c.sim, jordan, "Chase4417_Activity_20261128.CSV", chaseCsv(events)));
    previews.push(await importStatement(c.sim, jordan, "2026-11-28_transaction_download.csv", caponeCsv(events)));
    previews.push(await importQfx("stmt.qfx", bofaQfx(events)));
    expect(previews[0]).toMatch(/pending/i);

    const accounts = await c.t.db.account.findMany({ include: { _count: { select: { transactions: true } } } });
    expect(accounts).toHaveLength(3);
    expect(accounts.map((a) => a.currency)).toEqual(["USD", "USD", "USD"]);
    const find = (re: RegExp) => accounts.find((a) => re.test(a.name));
    expect(find(/Chase/i)?._count.transactions).toBe(events.filter((e) => e.acct === "chase").length);
    expect(find(/Capital One/i)?._count.transactions).toBe(events.filter((e) => e.acct === "capone").length);
    expect(find(/Bank of America|BofA/i)?._count.transactions).toBe(events.filter((e) => e.acct === "bofa").length);
    expect(find(/Capital One/i)?.type).toBe("CREDIT_CARD");
    expect(find(/Bank of America|BofA/i)?.type).toBe("SAVINGS");
    for (const a of accounts) expect(a.name).not.toMatch(/stmt|transaction_download|Activity|\.csv|\.qfx|undefined|null|000123458841/i);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING" } })).toBe(2);
    expect((await c.t.db.user.findFirstOrThrow()).baseCurrency).toBe("USD");
  }, 90_000);

  it("lists each account's stated balance in /accounts", async () => {
    const after = c.sim.lastBotMessage(jordan.id)?.messageId ?? 0;
    c.sim.sendText(jordan, "/accounts");
    const reply = textOf(await c.sim.waitForBotMessage(jordan.id, /\$/, { afterMessageId: after }));
    expect(reply).toContain(dollars(closing(events, "chase")));
    expect(reply).toContain(dollars(closing(events, "bofa")));
  });

  it("chase balance", async () => {
    expect(await ask("whats my chase balance")).toContain(dollars(closing(events, "chase")));
  });

  it("savings balance from the QFX ledger balance", async () => {
    expect(closing(events, "bofa")).toBeGreaterThan(OPENING.bofa);
    expect(await ask("how much is in my savings")).toContain(dollars(closing(events, "bofa")));
  });

  it("whole foods this year, under both of its card names", async () => {
    const wf = at(THIS_YEAR, "Whole Foods");
    expect(new Set(wf.map((e) => e.text.split(" ")[0]))).toEqual(new Set(["WHOLE", "WHOLEFDS"]));
    expect(await ask("how much did i spend at whole foods this year")).toContain(dollars(spent(wf)));
  });

  it("starbucks last month: three store visits on the debit card and the app reload on the card", async () => {
    expect(await ask("starbucks last month")).toContain(dollars(spent(at(LAST_MONTH, "Starbucks"))));
  });

  it("amazon in total, three descriptor shapes, Prime, and returns netted", async () => {
    const amazon = at(booked, "Amazon");
    expect(amazon.filter((e) => e.refund)).toHaveLength(3);
    expect(await ask("amazon in total")).toContain(dollars(spent(amazon)));
  });

  it("show me all amazon transactions lists the latest ones", async () => {
    const latest = at(booked, "Amazon").sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 3);
    const reply = await ask("show me all amazon transactions");
    for (const e of latest) expect(reply).toContain(dollars(-e.cents));
  });

  it("groceries in march (typo), four grocers across debit and credit card", async () => {
    const march = inMonth("2026-03");
    expect(kind(march, "superstore")).toEqual([]);
    expect(await ask("how much did i spend on grocries in march")).toContain(dollars(spent(kind(march, "groceries"))));
  });

  it("groceries last month", async () => {
    expect(kind(LAST_MONTH, "superstore")).toEqual([]);
    expect(await ask("groceries last month")).toContain(dollars(spent(kind(LAST_MONTH, "groceries"))));
  });

  it("gas last month means fuel, not the Washington Gas bill", async () => {
    expect(await ask("gas last month")).toContain(dollars(spent(kind(LAST_MONTH, "fuel"))));
  });

  it("dining out last month", async () => {
    const r = spent(kind(LAST_MONTH, "restaurants"));
    const coffee = spent(kind(LAST_MONTH, "coffee"));
    const delivery = spent(kind(LAST_MONTH, "delivery"));
    expectOneOf(await ask("dining out last month"), [r, r + coffee, r + delivery, r + coffee + delivery]);
  });

  it("groceries vs restaurants last month names both figures", async () => {
    const r = spent(kind(LAST_MONTH, "restaurants"));
    const coffee = spent(kind(LAST_MONTH, "coffee"));
    const delivery = spent(kind(LAST_MONTH, "delivery"));
    const reply = await ask("groceries vs restaurants last month");
    expect(reply).toContain(dollars(spent(kind(LAST_MONTH, "groceries"))));
    expectOneOf(reply, [r, r + coffee, r + delivery, r + coffee + delivery]);
  });

  it("total spending in september includes rent and leaves out savings, the card bill on both sides", async () => {
    const sep = inMonth("2026-09");
    expect(kind(sep, "cash", "p2p-out", "p2p-in")).toEqual([]);
    expect(sep.filter((e) => e.refund)).toEqual([]);
    expect(await ask("total spending in september")).toContain(dollars(spending(sep)));
  });

  it("total spending last month", async () => {
    expect(kind(LAST_MONTH, "cash", "p2p-out", "p2p-in")).toEqual([]);
    expect(await ask("how much did i spend last month")).toContain(dollars(spending(LAST_MONTH)));
  });

  it("income in september is two paychecks and the savings interest", async () => {
    const sep = inMonth("2026-09");
    const income = total(kind(sep, ...INCOME));
    expect(income).toBe(total(sep.filter((e) => e.cents > 0 && !e.transfer)));
    expect(await ask("income in september")).toContain(dollars(income));
  });

  it("income this year: payroll, the March bonus and interest", async () => {
    expect(await ask("what was my income this year")).toContain(dollars(total(kind(THIS_YEAR, ...INCOME))));
  });

  it("biggest purchases last month starts with the Best Buy TV", async () => {
    const [top] = kind(LAST_MONTH, "shopping").sort((a, b) => a.cents - b.cents);
    expect(top?.merchant).toBe("Best Buy");
    expect(await ask("biggest purchases last month")).toContain(dollars(-top!.cents));
  });

  it("average monthly grocery spend", async () => {
    const months = (from: string, to: string, n: number, withClubs: boolean) => {
      const rows = kind(span(from, to), ...(withClubs ? (["groceries", "superstore"] as Kind[]) : (["groceries"] as Kind[])));
      const sum = spent(rows);
      return [Math.round(sum / n), Math.floor(sum / n)];
    };
    const candidates = [true, false].flatMap((clubs) => [
      ...months("2025-10-01", "2026-11-30", 14, clubs), // all data
      ...months("2025-10-01", "2026-10-31", 13, clubs), // all complete months
      ...months("2025-11-01", "2026-10-31", 12, clubs), // last 12 complete months
      ...months("2025-12-01", "2026-11-30", 12, clubs), // last 12 months with this one
      ...months("2026-01-01", "2026-10-31", 10, clubs), // this year's complete months
      ...months("2026-01-01", "2026-11-30", 11, clubs), // this year
      ...months("2026-05-01", "2026-10-31", 6, clubs), // last 6 complete months
      ...months("2026-08-01", "2026-10-31", 3, clubs), // last 3 complete months
    ]);
    expectOneOf(await ask("whats my average monthly grocery spend"), candidates);
  });

  it("groceries over the last 3 months", async () => {
    const g = (from: string, to: string) => [spent(kind(span(from, to), "groceries")), spent(kind(span(from, to), "groceries", "superstore"))];
    expectOneOf(await ask("groceries in the last 3 months"), [
      ...g("2026-09-01", "2026-11-29"), // September to today
      ...g("2026-08-01", "2026-10-31"), // the three complete months
      ...g("2026-08-29", "2026-11-29"), // three months back from today
      ...g("2026-08-31", "2026-11-29"), // ninety days
    ]);
  });

  it("rent this year, ACH to the property manager, with the September increase", async () => {
    const rent = spent(kind(THIS_YEAR, "rent"));
    expect(rent).toBe(8 * 215_000 + 3 * 225_000);
    expect(await ask("how much did i pay in rent this year")).toContain(dollars(rent));
  });

  it("moved to savings this year counts the transfers, not the interest", async () => {
    const moved = total(kind(THIS_YEAR.filter((e) => e.acct === "bofa"), "savings"));
    expect(moved).toBe(11 * 120_000 + 150_000);
    expect(await ask("how much did i move to savings this year")).toContain(dollars(moved));
  });

  it("venmo sent this year", async () => {
    const venmo = spent(kind(THIS_YEAR, "p2p-out"));
    expect(venmo).toBe(25_950);
    expect(await ask("how much did i send on venmo this year")).toContain(dollars(venmo));
  });

  it("netflix since the start, across the price rise", async () => {
    expect(await ask("how much have i paid netflix altogether")).toContain(dollars(spent(at(booked, "Netflix"))));
  });

  it("spotify this year", async () => {
    expect(await ask("spotify this year")).toContain(dollars(spent(at(THIS_YEAR, "Spotify"))));
  });

  it("uber last month is Uber only, not Lyft", async () => {
    expect(await ask("uber last month")).toContain(dollars(spent(at(LAST_MONTH, "Uber"))));
  });

  it("lyft in total", async () => {
    expect(await ask("what did i spend on lyft in total")).toContain(dollars(spent(at(booked, "Lyft"))));
  });

  it("doordash last month, whichever restaurant it delivered from", async () => {
    expect(await ask("doordash last month")).toContain(dollars(spent(at(LAST_MONTH, "DoorDash"))));
  });

  it("costco this year", async () => {
    expect(await ask("costco this year")).toContain(dollars(spent(at(THIS_YEAR, "Costco"))));
  });

  it("walmart in total, WM SUPERCENTER included", async () => {
    expect(await ask("walmart in total")).toContain(dollars(spent(at(booked, "Walmart"))));
  });

  it("kroger this year, with and without a city on the descriptor", async () => {
    expect(await ask("how much at kroger this yr")).toContain(dollars(spent(at(THIS_YEAR, "Kroger"))));
  });

  it("trader joes last month (no apostrophe)", async () => {
    expect(await ask("trader joes last month")).toContain(dollars(spent(at(LAST_MONTH, "Trader Joe's"))));
  });

  it("cash taken out this year", async () => {
    const cash = spent(kind(THIS_YEAR, "cash"));
    expect(cash).toBe(4 * 20_000 + 2 * 6_000);
    expect(await ask("how much cash did i take out of atms this year")).toContain(dollars(cash));
  });

  it("atm fees in total", async () => {
    expect(await ask("how much have i paid in atm fees")).toContain(dollars(spent(kind(booked, "fees"))));
  });

  it("utilities in january", async () => {
    const jan = inMonth("2026-01");
    const narrow = spent(kind(jan, "electric", "gas-utility", "water"));
    expect(kind(jan, "water")).toHaveLength(1);
    expectOneOf(await ask("utilities in january"), [narrow, narrow + spent(kind(jan, "internet")), narrow + spent(kind(jan, "internet", "phone"))]);
  });

  it("electric bill last month", async () => {
    expect(await ask("electric bill last month")).toContain(dollars(spent(kind(LAST_MONTH, "electric"))));
  });

  it("phone bill last month", async () => {
    expect(await ask("phone bill last month")).toContain(dollars(spent(kind(LAST_MONTH, "phone"))));
  });

  it("car insurance this year", async () => {
    expect(await ask("car insurance this year")).toContain(dollars(spent(kind(THIS_YEAR, "insurance"))));
  });

  it("gym this year, with the annual fee", async () => {
    expect(await ask("how much did the gym cost me this year")).toContain(dollars(spent(kind(THIS_YEAR, "gym"))));
  });

  it("credit card payments this year, asked for directly", async () => {
    const paid = spent(kind(THIS_YEAR.filter((e) => e.acct === "chase"), "card-payment"));
    expect(await ask("how much did i pay towards my capital one card this year")).toContain(dollars(paid));
  });
});
