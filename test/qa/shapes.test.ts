// The answer shapes beyond one sum, through the Q&A service with real
// PostgreSQL and DuckDB: transaction lists paged with buttons, A vs B with a
// grouped chart, averages over months, balances with their date, savings
// moves, and names that look like ordinary words.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { createQaService, type Answer, type QaService, type QaUser } from "../../src/qa/index.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { ROWS, seedPerson } from "../analytics/questions/dataset.ts";
import { expectedList, expectedTotal, matching, P } from "../analytics/questions/reference.ts";

let t: TestDatabase;
let analytics: Analytics;
let qa: QaService;
let user: QaUser;
const CHAT = 4242;
const plain = (a: Answer) => htmlToPlain(a.html);
const button = (a: Answer, suffix: string) => a.buttons.flat().find((b) => b.data.endsWith(`:${suffix}`));
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);
/** Fits one Telegram message: 4096 characters after HTML parsing. */
const a4096 = (a: Answer) => plain(a).length <= 4096;

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  qa = createQaService({ db: t.db, analytics, llm: null, now: () => new Date("2026-11-22T10:00:00Z"), logger: pino({ level: "silent" }) });
  const p = await seedPerson(t.db, 737373n);
  const u = await t.db.user.findUniqueOrThrow({ where: { id: p.userId } });
  user = { id: u.id, locale: "en", timezone: "Europe/Berlin", dataVersion: u.dataVersion };
}, 60_000);
afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

describe("answer shapes", () => {
  it("answers Amazon since January over every order-numbered label, without asking which", async () => {
    const a = await qa.ask(user, CHAT, "How much did I spend at Amazon since January?");
    expect(a.buttons.flat().some((b) => b.data.startsWith("ask:c:"))).toBe(false);
    const want = expectedTotal({ measure: "spending", period: P.thisYear, brands: ["amazon"] });
    expect(plain(a)).toContain(`€${Number(want).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`);
  });

  it("lists all Amazon transactions newest first, 25 per page when “all” is asked, with next and previous buttons", async () => {
    const all = expectedList({ measure: "spending", period: P.allTime, brands: ["amazon"] }, "key_desc");
    expect(all.length).toBeGreaterThan(50);
    const first = await qa.ask(user, CHAT, "show me all amazon transactions");
    expect(plain(first)).toContain(`Transactions 1–25 of ${all.length}`);
    expect(plain(first)).toContain("21 Nov 2026");
    expect(a4096(first)).toBe(true);
    expect(button(first, "b")).toBeUndefined();
    const second = await qa.button(user, CHAT, button(first, "n")!.data);
    expect(plain(second)).toContain(`Transactions 26–50 of ${all.length}`);
    const row = all[25]!;
    expect(plain(second)).toContain(`€${row.amount.replace("-", "")}`);
    const back = await qa.button(user, CHAT, button(second, "b")!.data);
    expect(plain(back)).toContain(`Transactions 1–25 of ${all.length}`);
  });

  it("pages a list ten at a time when “all” is not asked", async () => {
    const all = expectedList({ measure: "spending", period: P.allTime, brands: ["amazon"] }, "key_desc");
    const first = await qa.ask(user, CHAT, "show me amazon transactions");
    expect(plain(first)).toContain(`Transactions 1–10 of ${all.length}`);
    expect(button(first, "n")).toBeDefined();
  });

  it.each(["biggest purchases last week", "largest expenses last week", "größte Ausgaben letzte Woche", "teuerste Einkäufe letzte Woche"])("lists %j one by one, not as one total or by merchant", async (q) => {
    const a = await qa.ask(user, CHAT, q);
    expect(plain(a)).not.toContain("by merchant");
    const rows = matching({ measure: "spending", period: P.lastWeek });
    const lines = plain(a).split("\n").filter((l) => /Nov 2026/.test(l) && /€/.test(l));
    expect(lines).toHaveLength(Math.min(10, rows.length));
  });

  it("compares groceries and restaurants side by side with a grouped chart by month", async () => {
    const a = await qa.ask(user, CHAT, "groceries vs restaurants this year");
    const g = expectedTotal({ measure: "spending", period: P.thisYear, categories: ["groceries"] });
    const r = expectedTotal({ measure: "spending", period: P.thisYear, categories: ["restaurants"] });
    const fmt = (v: string) => `€${Number(v).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`;
    expect(plain(a)).toMatch(new RegExp(`Groceries\\s+${fmt(g).replace(/[.$]/g, "\\$&")}`));
    expect(plain(a)).toContain(fmt(r));
    expect(a.chart?.subarray(0, 4)).toEqual(PNG);
  });

  it("averages groceries over whole months and says over how many", async () => {
    const a = await qa.ask(user, CHAT, "average monthly spend on groceries");
    const want = expectedTotal({ measure: "average", averageOver: "month", period: P.allTime, categories: ["groceries"] });
    expect(plain(a)).toContain(`Average per month · 1 Jul 2025–31 Oct 2026\n€${want}`);
    expect(plain(a)).toContain("Average over 16 months (1 Jul 2025–31 Oct 2026)");
  });

  it("says where the data starts when the period reaches before it", async () => {
    expect(plain(await qa.ask(user, CHAT, "spending last year"))).toContain("Your data starts on 2 Jun 2025");
    expect(plain(await qa.ask(user, CHAT, "spending last month"))).not.toContain("Your data starts");
  });

  it("names the DKB balance with its date", async () => {
    const a = await qa.ask(user, CHAT, "what is my DKB balance");
    expect(plain(a)).toContain("Balance · 22 Nov 2026");
    expect(plain(a)).toMatch(/DKB Girokonto\s+€2,345\.67/);
  });

  it("gives the stated balance and names the accounts whose files had none, without a figure for them", async () => {
    const a = plain(await qa.ask(user, CHAT, "what is my balance"));
    expect(a).toMatch(/€2,345\.67/);
    expect(a).toMatch(/Balance of Amex Gold, ING Extra-Konto, Revolut not known: the statements they came from/);
    expect(a).toMatch(/\/link/);
  });

  it("answers top-ups with the money moved into the account from own accounts, under its own heading", async () => {
    const a = plain(await qa.ask(user, CHAT, "how much did I top up my Amex this year"));
    const cents = ROWS.filter((r) => r.account === "amex" && r.category === "transfers" && r.date >= "2026-01-01" && r.date <= "2026-11-22")
      .reduce((sum, r) => sum + Number(r.amount.replace(".", "")), 0);
    expect(cents).toBeGreaterThan(0);
    expect(a).toContain("Moved in from own accounts");
    expect(a).toContain(`€${(cents / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`);
  });

  it("answers savings moves from the transfers towards savings", async () => {
    const a = await qa.ask(user, CHAT, "how much did I move to savings this year");
    const months = ROWS.filter((r) => r.category === "savings" && r.account === "dkb" && r.date >= "2026-01-01").length;
    expect(plain(a)).toContain(`€${(300 * months).toLocaleString("en-GB")}.00`);
  });

  it("reads Uber as the merchant, not the German word “über”", async () => {
    const a = await qa.ask(user, CHAT, "how much at Uber this year");
    expect(plain(a)).toContain("UBER");
    const want = expectedTotal({ measure: "spending", period: P.thisYear, brands: ["uber"] });
    expect(plain(a)).toContain(`€${Number(want).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`);
  });

  it("draws the last 12 months as 12 bars with the running month marked", async () => {
    const a = await qa.ask(user, CHAT, "spending per month over the last 12 months");
    expect(a.chart?.subarray(0, 4)).toEqual(PNG);
    expect(plain(a)).toContain("1 Dec 2025–22 Nov 2026");
  });
});
