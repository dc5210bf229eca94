import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pino from "pino";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { bumpDataVersion } from "../../src/analytics/data-version.ts";
import { createQaService, PENDING_TTL_MS, type Answer, type QaService, type QaUser } from "../../src/qa/index.ts";
import { htmlToPlain } from "../../src/text/html.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser } from "../analytics/seed.ts";
import { qaUser, seedShopper } from "./fixtures.ts";

let t: TestDatabase;
let analytics: Analytics;
let qa: QaService;
let clock = new Date("2026-11-15T10:00:00Z");
const CHAT = 777;

const plain = (a: Answer) => htmlToPlain(a.html);
const data = (a: Answer) => a.buttons.flat().map((b) => b.data);

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  qa = createQaService({ db: t.db, analytics, llm: null, now: () => clock, logger: pino({ level: "silent" }) });
});
afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

describe("answering questions", () => {
  let en: QaUser;
  let de: QaUser;
  beforeAll(async () => {
    en = (await seedShopper(t.db)).user;
    de = (await seedShopper(t.db, { locale: "de" })).user;
  });

  it("answers “how much did I spend on groceries last month?” with the exact sum, its count and the reading", async () => {
    const a = await qa.ask(en, CHAT, "how much did I spend on groceries last month?");
    expect(plain(a)).toContain("🔎 Groceries, 1–31 Oct 2026, all accounts");
    expect(plain(a)).toContain("€61.10 (3 transactions)");
    expect(a.chart).toBeNull();
  });

  it("answers the German Amazon question in German with the October sum only", async () => {
    const a = await qa.ask(de, CHAT, "wie viel habe ich im Oktober bei Amazon ausgegeben?");
    expect(plain(a)).toMatch(/Amazon, 1\.–31\. Okt\. 2026, alle Konten/u);
    expect(plain(a)).toMatch(/25,00\s€ \(2 Umsätze\)/u);
  });

  it("draws a chart for spending by category and says it in the caption", async () => {
    const a = await qa.ask(en, CHAT, "spending by category last month");
    expect(a.chart?.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(plain(a)).toMatch(/Groceries\s+€61\.10/);
    expect(htmlToPlain(a.caption)).toContain("Spending · 1–31 Oct 2026");
  });

  it("leaves the chart out when the question says “without chart”", async () => {
    const a = await qa.ask(en, CHAT, "spending by category last month without chart");
    expect(a.chart).toBeNull();
    expect(plain(a)).toContain("without chart");
    expect(data(a).some((d) => d.endsWith(":c"))).toBe(true);
  });

  it("offers examples in the person's language for a question it cannot read", async () => {
    expect(plain(await qa.ask(en, CHAT, "what's the weather like?"))).toMatch(/I can answer questions like:[\s\S]*•[\s\S]*•[\s\S]*•/);
    expect(plain(await qa.ask(de, CHAT, "wie wird das Wetter?"))).toMatch(/Ich kann Fragen beantworten wie:[\s\S]*•[\s\S]*•[\s\S]*•/);
  });

  it("names the word it could not read as a month instead of answering for all time", async () => {
    expect(plain(await qa.ask(en, CHAT, "how much at amazon in jnauray"))).toBe("I did not understand “jnauray” as a time. Did you mean a month? Try e.g. “in January”, “last month” or “since March 2026”.");
    expect(plain(await qa.ask(de, CHAT, "wie viel bei amazon im Oktbor"))).toMatch(/^„Oktbor“ habe ich nicht als Zeitangabe verstanden\./);
  });

  it("lists the subscription with its interval, next date and price change", async () => {
    const a = await qa.subscriptions(en);
    expect(plain(a)).toContain("Netflix: €15.99 monthly · next 5 Dec 2026");
    expect(plain(a)).toContain("price changed €12.99 → €15.99 on 5 Oct 2026");
  });

  it.each([
    ["what subscriptions do i have", "en"],
    ["my subscriptions", "en"],
    ["welche Abos habe ich?", "de"],
  ] as const)("answers %j with the list of regular payments, as /subscriptions does", async (q, locale) => {
    const a = await qa.ask(locale === "en" ? en : de, CHAT, q);
    expect(plain(a)).toBe(plain(await qa.subscriptions(locale === "en" ? en : de)));
    expect(plain(a)).toContain("Netflix");
  });

  it("runs /spend with a period as spending by category", async () => {
    const a = await qa.command(en, CHAT, "spend", "last month");
    expect(plain(a)).toContain("Spending, 1–31 Oct 2026, all accounts, by category");
    expect(plain(a)).toContain("Total: €102.09 (6 transactions)");
  });

  it("refuses a /spend period it cannot read instead of guessing this month", async () => {
    expect(plain(await qa.command(en, CHAT, "spend", "blorp"))).toContain("could not read “blorp” as a period");
  });

  it("runs /top as the five biggest merchants of this month by default", async () => {
    const a = await qa.command(en, CHAT, "top", "");
    expect(plain(a)).toContain("1–15 Nov 2026, all accounts, by merchant, top 5");
    expect(plain(a)).toMatch(/Amazon\s+€70\.00/);
  });
});

describe("buttons", () => {
  let u: QaUser;
  beforeAll(async () => {
    const s = await seedUser(t.db);
    const acc = await seedAccount(t.db, s, "Giro");
    await seedTx(t.db, s, [
      { accountId: acc, date: "2026-10-03", amount: "-30.00", merchant: "AMAZON EU S.A R.L.", category: "shopping" },
      { accountId: acc, date: "2026-10-04", amount: "-7.99", merchant: "Amazon Prime Video", category: "subscriptions" },
      { accountId: acc, date: "2026-09-04", amount: "-8.00", merchant: "Amazon Prime Video", category: "subscriptions" },
      { accountId: acc, date: "2026-08-10", amount: "-999.00", merchant: "Apple Store", category: "shopping" },
      { accountId: acc, date: "2026-08-12", amount: "-24.50", merchant: "Applebee's", category: "restaurants" },
    ]);
    u = await qaUser(t.db, s);
  });

  it("answers every spelling of one merchant without asking which", async () => {
    const a = await qa.ask(u, CHAT, "Amazon in October");
    expect(data(a).some((d) => d.startsWith("ask:c:"))).toBe(false);
    expect(plain(a)).toContain("€37.99 (2 transactions)");
  });

  it("asks back when a name fits genuinely different merchants and answers the option tapped", async () => {
    const q = await qa.ask(u, CHAT, "apple in August");
    const labels = q.buttons.flat().map((b) => b.text);
    expect([...labels].sort()).toEqual(["All of them", "Apple", "Applebee's"]);
    const a = await qa.button(u, CHAT, q.buttons[labels.indexOf("Applebee's")]![0]!.data);
    expect(plain(a)).toContain("Applebee's, 1–31 Aug 2026");
    expect(plain(a)).toContain("€24.50 (1 transaction)");
  });

  it("drills into the previous period and by merchant from the answer's own spec", async () => {
    const a = await qa.ask(u, CHAT, "spending in October");
    const prev = await qa.button(u, CHAT, data(a).find((d) => d.endsWith(":p"))!);
    expect(plain(prev)).toContain("1–30 Sept 2026");
    expect(plain(prev)).toContain("€8.00 (1 transaction)");
    const byMerchant = await qa.button(u, CHAT, data(a).find((d) => d.endsWith(":m"))!);
    expect(plain(byMerchant)).toMatch(/AMAZON EU S\.A R\.L\.\s+€30\.00/);
  });

  it("turns a single number into a chart over time when asked “as chart”", async () => {
    const a = await qa.ask(u, CHAT, "spending in October");
    const chart = await qa.button(u, CHAT, data(a).find((d) => d.endsWith(":c"))!);
    expect(chart.chart).not.toBeNull();
    expect(plain(chart)).toContain("per day");
  });

  it("says a question expired after 15 minutes, and never answers a button from another chat", async () => {
    const q = await qa.ask(u, CHAT, "Amazon in October");
    const tap = q.buttons[0]![0]!.data;
    expect(plain(await qa.button(u, CHAT + 1, tap))).toContain("expired");
    const before = clock;
    clock = new Date(clock.getTime() + PENDING_TTL_MS + 1000);
    try {
      expect(plain(await qa.button(u, CHAT, tap))).toBe("This question expired. Please ask again.");
    } finally {
      clock = before;
    }
  });
});

describe("asking back only when the readings differ", () => {
  let en: QaUser;
  let de: QaUser;
  beforeAll(async () => {
    const rows = (acc: string) => [
      // The Rundfunkbeitrag is a merchant filed under taxes; the tax office is too.
      { accountId: acc, date: "2026-01-15", amount: "-55.08", merchant: "Rundfunkbeitrag", category: "taxes" },
      { accountId: acc, date: "2026-04-15", amount: "-55.08", merchant: "Rundfunkbeitrag", category: "taxes" },
      { accountId: acc, date: "2026-05-20", amount: "-300.00", merchant: "Finanzamt Köln-Mitte", category: "taxes" },
      // Deutsche Bahn lies wholly inside public transport, next to the BVG.
      { accountId: acc, date: "2026-10-03", amount: "-39.90", merchant: "Deutsche Bahn", category: "transport" },
      { accountId: acc, date: "2026-10-04", amount: "-3.50", merchant: "BVG", category: "transport" },
      // A petrol station that also sold groceries once (in September): only October is the same either way.
      { accountId: acc, date: "2026-10-06", amount: "-60.00", merchant: "Tankstelle Krause", category: "fuel" },
      { accountId: acc, date: "2026-09-06", amount: "-8.00", merchant: "Tankstelle Krause", category: "groceries" },
      { accountId: acc, date: "2026-09-07", amount: "-50.00", merchant: "Aral", category: "fuel" },
    ];
    for (const locale of ["en", "de"] as const) {
      const s = await seedUser(t.db);
      const acc = await seedAccount(t.db, s, "Giro");
      await seedTx(t.db, s, rows(acc));
      if (locale === "en") en = await qaUser(t.db, s, { locale });
      else de = await qaUser(t.db, s, { locale });
    }
  });
  const asks = (a: Answer) => data(a).some((d) => d.startsWith("ask:c:"));

  it.each([
    ["en", "how much for rundfunkbeitrag in total", /Rundfunkbeitrag, 15 Jan – 15 Nov 2026[\s\S]*€110\.16 \(2 transactions\)/],
    ["de", "rundfunkbeitrag insgesamt", /Rundfunkbeitrag, 15\. Jan\. – 15\. Nov\. 2026[\s\S]*110,16\s€ \(2 Umsätze\)/],
  ] as const)("answers a name that is a category word and a merchant filed under it with the merchant (%s)", async (lang, q, want) => {
    const a = await qa.ask(lang === "en" ? en : de, CHAT, q);
    expect(asks(a)).toBe(false);
    expect(plain(a)).toMatch(want);
  });

  it.each([
    ["en", "bahn last month", /Public transport & taxi, 1–31 Oct 2026[\s\S]*€43\.40 \(2 transactions\)/],
    ["de", "bahn letzten monat", /ÖPNV & Taxi, 1\.–31\. Okt\. 2026[\s\S]*43,40\s€ \(2 Umsätze\)/],
  ] as const)("answers a category word shared with a merchant inside the category with the category (%s)", async (lang, q, want) => {
    const a = await qa.ask(lang === "en" ? en : de, CHAT, q);
    expect(asks(a)).toBe(false);
    expect(plain(a)).toMatch(want);
  });

  it("answers when both readings give the same total in the period asked, and asks when they do not", async () => {
    const october = await qa.ask(en, CHAT, "tankstelle in october");
    expect(asks(october)).toBe(false);
    expect(plain(october)).toContain("€60.00 (1 transaction)");
    const year = await qa.ask(de, CHAT, "tankstelle dieses jahr");
    expect(asks(year)).toBe(true);
    expect(plain(year)).toContain("„tankstelle“");
  });
});

describe("data, currencies and people", () => {
  it("shows totals per currency and never adds euros to dollars", async () => {
    const s = await seedUser(t.db);
    const eur = await seedAccount(t.db, s, "Giro");
    const usd = await seedAccount(t.db, s, "US card", "USD");
    await seedTx(t.db, s, [
      { accountId: eur, date: "2026-10-03", amount: "-10.50", merchant: "REWE", category: "groceries" },
      { accountId: eur, date: "2026-10-04", amount: "-4.50", merchant: "REWE", category: "groceries" },
      { accountId: usd, date: "2026-10-05", amount: "-20.25", currency: "USD", merchant: "Whole Foods", category: "groceries" },
    ]);
    const a = await qa.ask(await qaUser(t.db, s), CHAT, "groceries last month");
    expect(plain(a)).toContain("€15.00 (2 transactions)");
    expect(plain(a)).toContain("$20.25 (1 transaction)");
    expect(plain(a)).not.toMatch(/35\.25/);
  });

  it("gives a person without transactions a hint instead of an empty chart", async () => {
    const a = await qa.ask(await qaUser(t.db, await seedUser(t.db)), CHAT, "spending by category");
    expect(a.chart).toBeNull();
    expect(plain(a)).toContain("/link");
  });

  it("answers anew after a write bumps the data version", async () => {
    const { seeded, giro, user } = await seedShopper(t.db);
    expect(plain(await qa.ask(user, CHAT, "groceries last month"))).toContain("€61.10");
    await seedTx(t.db, seeded, [{ accountId: giro, date: "2026-10-30", amount: "-8.90", merchant: "Lidl", category: "groceries" }]);
    const version = await bumpDataVersion(t.db, seeded.userId);
    expect(plain(await qa.ask({ ...user, dataVersion: version }, CHAT, "groceries last month"))).toContain("€70.00 (4 transactions)");
  });

  it("keeps two people with the same merchant apart", async () => {
    const a = await seedShopper(t.db);
    const b = await seedUser(t.db);
    const bAcc = await seedAccount(t.db, b, "Giro");
    await seedTx(t.db, b, [{ accountId: bAcc, date: "2026-10-10", amount: "-999.99", merchant: "REWE", category: "groceries" }]);
    const bUser = await qaUser(t.db, b);
    expect(plain(await qa.ask(a.user, CHAT, "REWE last month"))).toContain("€15.43 (2 transactions)");
    expect(plain(await qa.ask(bUser, CHAT, "REWE last month"))).toContain("€999.99 (1 transaction)");
  });

  it("takes “today” from the person's time zone", async () => {
    const { user } = await seedShopper(t.db);
    const before = clock;
    // 23:30 UTC on 31 Oct is already 1 Nov in Berlin, still 31 Oct in New York.
    clock = new Date("2026-10-31T23:30:00Z");
    try {
      expect(plain(await qa.ask(user, CHAT, "spending this month"))).toContain("1 Nov 2026");
      expect(plain(await qa.ask({ ...user, timezone: "America/New_York" }, CHAT, "spending this month"))).toContain("1–31 Oct 2026");
    } finally {
      clock = before;
    }
  });
});
