// A person in Hamburg keeps Kontor up to date by sending exports again and
// again, and the exports overlap: comdirect (Girokonto + Visa) of Jan–10 Jun,
// then of Apr–5 Sep, where the "offen" rows of the first are booked (the hotel
// and the fuel pump's pre-authorisations booked lower); DKB of Jan–Sep, sent a
// second time byte for byte, then DKB of Jul–Nov; and a Monzo export in GBP.
// Every expected figure is computed from the logical events the files were
// written from (events.ts), never taken from Kontor.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { askKontor, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { balanceAt, buildEvents, IBAN, type Acct, type Event } from "./blind-overlap/events.ts";
import { comdirectCsv, comdirectRows, dkbCsv, dkbRows, monzoCsv } from "./blind-overlap/files.ts";

const jonas = { id: 7301, first_name: "Jonas", language_code: "en" };
const events = buildEvents();
let clock = new Date("2026-06-10T18:00:00Z");

/** An export as sent: its name, the day it was made, its period and its bytes. */
const EXPORTS = {
  comdirect1: { name: "umsaetze_0123456700_20260610.csv", from: "2026-01-01", day: "2026-06-10" },
  comdirect2: { name: "umsaetze_0123456700_20260905.csv", from: "2026-04-01", day: "2026-09-05" },
  dkb1: { name: "DKB_Umsatzliste.csv", from: "2026-01-01", day: "2026-09-30" },
  dkb2: { name: "DKB_Umsatzliste (1).csv", from: "2026-07-01", day: "2026-11-28" },
  monzo: { name: "MonzoDataExport_2026-01-01_2026-11-28.csv", from: "2026-01-01", day: "2026-11-28" },
};

function money(cents: number, sign: "€" | "£"): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${cents < 0 ? "-" : ""}${sign}${int}.${String(abs % 100).padStart(2, "0")}`;
}
const eur = (cents: number) => money(cents, "€");
const gbp = (cents: number) => money(cents, "£");
const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);

// What the person really spent: booked rows, own transfers and the card bill
// left out, salary left out, refunds (a return, a reversal, a chargeback) lowering it.
const booked = events.filter((e) => !e.stillPending);
const isSpend = (e: Event) => !e.transfer && !e.salary;
const spent = (rows: Event[]) => -sum(rows.filter(isSpend)) || 0; // never -0
const inMonth = (rows: Event[], ym: string) => rows.filter((e) => e.date.startsWith(`2026-${ym}`));
const eurOnly = (rows: Event[]) => rows.filter((e) => e.currency === "EUR");
const gbpOnly = (rows: Event[]) => rows.filter((e) => e.currency === "GBP");
const of = (merchant: string) => booked.filter((e) => e.merchant === merchant);
const cat = (category: string, ym: string) => inMonth(booked, ym).filter((e) => e.category === category);

/** The amounts Kontor gives as "€1,234.56 (7 transactions)", by currency sign. */
function figures(reply: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of reply.matchAll(/(-?([€£])[\d,]+\.\d\d) \(\d+ transactions?\)/g)) (out[m[2]!] ??= []).push(m[1]!);
  return out;
}

/** The counts of one account's line in an import preview. */
function previewCounts(preview: string, account: RegExp) {
  const line = preview.split("\n").find((l) => l.startsWith("•") && account.test(l));
  const m = line?.match(/(\d+) transaction\(s\), (\d+) new, (\d+) already known/);
  if (!m) throw new Error(`no counts for ${account} in: ${preview}`);
  return { rows: Number(m[1]), new: Number(m[2]), known: Number(m[3]) };
}

/** What an honest count of the second export of an account is, from the rows of both exports. */
function overlap(first: { e: Event; pending: boolean }[], second: { e: Event; pending: boolean }[], acct: Acct) {
  const before = new Map(first.filter((r) => r.e.acct === acct).map((r) => [r.e.id, r]));
  const now = second.filter((r) => r.e.acct === acct);
  const brandNew = now.filter((r) => !before.has(r.e.id)).length;
  const nowBooked = now.filter((r) => !r.pending && before.get(r.e.id)?.pending).length;
  return { rows: now.length, brandNew, nowBooked };
}

const c1Rows = comdirectRows(events, EXPORTS.comdirect1.from, EXPORTS.comdirect1.day);
const c2Rows = comdirectRows(events, EXPORTS.comdirect2.from, EXPORTS.comdirect2.day);
const d1Rows = dkbRows(events, EXPORTS.dkb1.from, EXPORTS.dkb1.day);
const d2Rows = dkbRows(events, EXPORTS.dkb2.from, EXPORTS.dkb2.day);

describe("overlapping exports sent again and again", () => {
  let c: ChatApp;
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";
  /** Kontor's first answer to a document, and (when it offered an import and it was confirmed) its result. */
  const sent: Record<string, { preview: string; result?: string }> = {};
  const ask = (question: string) => askKontor(c.sim, jonas, question, /[€£]|\?|didn't|not /);

  async function send(key: string, fileName: string, content: Buffer, day: string) {
    clock = new Date(`${day}T18:00:00Z`);
    const after = c.sim.lastBotMessage(jonas.id)?.messageId ?? 0;
    c.sim.sendDocument(jonas, { fileName, mimeType: "text/csv", content });
    const first = await c.sim.waitForBotMessage(jonas.id, /Import the new transactions\?|already imported|could not import|not sure how to read|Which currency/, { afterMessageId: after, timeoutMs: 20_000 });
    sent[key] = { preview: textOf(first) };
    if (!/Import the new transactions\?/.test(textOf(first))) return;
    c.sim.tapButton(jonas, first.messageId, "imp:ok");
    const edited = () => textOf(c.sim.chat(jonas.id).find((m) => m.messageId === first.messageId)!);
    await c.sim.waitFor(() => /Imported \d+/.test(edited()), 20_000);
    sent[key].result = edited();
  }

  beforeAll(async () => {
    c = await startChatApp([jonas], { now: () => clock });
  }, 60_000);
  afterAll(() => c?.stop());

  it("takes every export as it comes: comdirect twice, DKB three times (once the same file again), Monzo", async () => {
    const { comdirect1: c1, comdirect2: c2, dkb1: d1, dkb2: d2, monzo: m } = EXPORTS;
    await send("comdirect1", c1.name, comdirectCsv(events, c1.from, c1.day), c1.day);
    await send("comdirect2", c2.name, comdirectCsv(events, c2.from, c2.day), c2.day);
    await send("dkb1", d1.name, dkbCsv(events, d1.from, d1.day), d1.day);
    await send("dkb1again", d1.name, dkbCsv(events, d1.from, d1.day), "2026-10-02");
    await send("dkb2", d2.name, dkbCsv(events, d2.from, d2.day), d2.day);
    await send("monzo", m.name, monzoCsv(events, m.from, m.day), m.day);
    clock = new Date("2026-11-29T10:00:00Z");
    for (const key of ["comdirect1", "comdirect2", "dkb1", "dkb2", "monzo"]) expect(sent[key]?.result, key).toMatch(/Imported \d+/);
  }, 60_000);

  describe("the import replies count honestly", () => {
    const imported = (key: string) => Number(sent[key]?.result?.match(/Imported (\d+)/)?.[1]);

    it("counts the first comdirect export whole, both sections, pending rows included", () => {
      const { preview } = sent.comdirect1!;
      for (const [acct, re] of [["giro", /Girokonto/], ["visa", /Visa/]] as const) {
        const rows = c1Rows.filter((r) => r.e.acct === acct);
        expect(previewCounts(preview, re)).toEqual({ rows: rows.length, new: rows.length, known: 0 });
      }
      expect(preview).toMatch(new RegExp(`${c1Rows.filter((r) => r.e.acct === "giro" && r.pending).length} of them pending`));
      expect(imported("comdirect1")).toBe(c1Rows.length);
    });

    it("previews the second comdirect export with the overlap known and only the rest new", () => {
      for (const [acct, re] of [["giro", /Girokonto/], ["visa", /Visa/]] as const) {
        const o = overlap(c1Rows, c2Rows, acct);
        const counts = previewCounts(sent.comdirect2!.preview, re);
        expect(counts.rows).toBe(o.rows);
        // A row booked now that was pending before is either new (it replaces the pending one) or known: both honest.
        expect([o.brandNew, o.brandNew + o.nowBooked]).toContain(counts.new);
        expect(counts.known).toBe(o.rows - counts.new);
      }
    });

    // Kontor said "The file does not say which account it is" and offered to pick one: comdirect's sections name
    // only their product, but the export is named after the Girokonto's number and both accounts exist already.
    it("names the accounts the second comdirect export lands in, the Girokonto by its masked number, and asks no account", () => {
      const { preview } = sent.comdirect2!;
      const giroNumber = EXPORTS.comdirect2.name.split("_")[1]!;
      expect(IBAN.comdirect.endsWith(giroNumber)).toBe(true);
      const line = (re: RegExp) => preview.split("\n").find((l) => l.startsWith("•") && re.test(l)) ?? "";
      expect(line(/Girokonto/)).toContain(`Girokonto (•••• ${giroNumber.slice(-4)}) (existing account)`);
      expect(line(/Visa/)).toContain("(existing account)");
      expect(preview).not.toMatch(/does not say which account|pick the account/);
      expect(line(/Girokonto/)).not.toContain(giroNumber);
    });

    // Kontor said "Imported 31" after a preview of 33 new: it counts the 2 re-priced pending rows (hotel, fuel) as new but not the 2 unchanged ones; honest is 29 brand new (+4 booked from pending: 33).
    it("confirms as many comdirect rows as are really new (the preview's figure or the brand-new ones)", () => {
      const g = overlap(c1Rows, c2Rows, "giro");
      const v = overlap(c1Rows, c2Rows, "visa");
      const brandNew = g.brandNew + v.brandNew;
      expect([brandNew, brandNew + g.nowBooked + v.nowBooked]).toContain(imported("comdirect2"));
    });

    it("imports the first DKB export whole", () => {
      expect(previewCounts(sent.dkb1!.preview, /DKB/)).toEqual({ rows: d1Rows.length, new: d1Rows.length, known: 0 });
      expect(imported("dkb1")).toBe(d1Rows.length);
    });

    it("adds nothing when the same DKB file is sent again", () => {
      expect(sent.dkb1again!.result).toBeUndefined();
      expect(sent.dkb1again!.preview).toMatch(/already imported|0 new/);
      expect(sent.dkb1again!.preview).not.toMatch(/[1-9]\d* new/);
    });

    it("previews the later DKB export with Jul–Sep known", () => {
      const o = overlap(d1Rows, d2Rows, "dkb");
      const counts = previewCounts(sent.dkb2!.preview, /DKB/);
      expect(counts.rows).toBe(o.rows);
      expect([o.brandNew, o.brandNew + o.nowBooked]).toContain(counts.new);
      expect(counts.known).toBe(o.rows - counts.new);
    });

    // Kontor previewed 14 new (13 + the EDEKA row booked from pending) and then said "Imported 13": the confirmation must match what the preview announced.
    it("confirms the number of new DKB rows the preview announced", () => {
      const counts = previewCounts(sent.dkb2!.preview, /DKB/);
      expect(imported("dkb2")).toBe(counts.new);
    });

    it("imports the Monzo export whole into its own GBP account", () => {
      const rows = events.filter((e) => e.acct === "monzo").length;
      expect(previewCounts(sent.monzo!.preview, /Monzo/)).toEqual({ rows, new: rows, known: 0 });
      expect(imported("monzo")).toBe(rows);
    });
  });

  it("lists four accounts, one per real account, with each one's latest stated balance", async () => {
    const after = c.sim.lastBotMessage(jonas.id)?.messageId ?? 0;
    c.sim.sendText(jonas, "/accounts");
    const reply = textOf(await c.sim.waitForBotMessage(jonas.id, /[€£]/, { afterMessageId: after }));
    const lines = reply.split("\n").filter((l) => l.startsWith("•"));
    expect(lines).toHaveLength(4);
    const line = (re: RegExp) => lines.filter((l) => re.test(l));
    expect(line(/comdirect.*Giro/i)).toHaveLength(1);
    expect(line(/comdirect.*Giro/i)[0]).toContain(eur(balanceAt(events, "giro", EXPORTS.comdirect2.day)));
    expect(line(/Visa/)[0]).toContain(eur(balanceAt(events, "visa", EXPORTS.comdirect2.day)));
    expect(line(/DKB/)[0]).toContain(eur(balanceAt(events, "dkb", EXPORTS.dkb2.day)));
    expect(line(/Monzo/)[0]).toContain(gbp(balanceAt(events, "monzo", EXPORTS.monzo.day)));
    expect(reply).not.toContain(IBAN.dkb);
  });

  describe("answers from the overlapping exports", () => {
    /** Spending in a month: the euro figure exact, the pounds shown apart (no GBP rate in the test). */
    async function expectSpending(question: string, ym: string, alsoAccept: number[] = []) {
      const reply = await ask(question);
      const f = figures(reply);
      const want = spent(eurOnly(inMonth(booked, ym)));
      expect([want, ...alsoAccept].map(eur), reply).toContain(f["€"]?.[0]);
      const pounds = spent(gbpOnly(inMonth(booked, ym)));
      if (pounds) expect(f["£"]?.[0], reply).toBe(gbp(pounds));
    }

    it("how much did I spend in june: the hotel and the fuel at their booked amounts, no pending twin", async () => {
      await expectSpending("how much did I spend in june", "06");
    });

    it("spending in April, covered by both comdirect exports, counted once", async () => {
      await expectSpending("spending in april", "04");
    });

    it("spending in May, covered by both comdirect exports, counted once", async () => {
      // The chargeback of an April purchase may lower May's spending (a refund) or be left out of it: both honest.
      const chargeback = events.find((e) => e.chargeback)!;
      await expectSpending("spending in may", "05", [spent(eurOnly(inMonth(booked, "05"))) + chargeback.cents]);
    });

    it("spending in March: the reversed payment is not spending", async () => {
      await expectSpending("spending in march", "03");
    });

    it("spending in July, covered by both DKB exports and the second comdirect one", async () => {
      await expectSpending("spending in july", "07");
    });

    it("spending in August: the Zalando return lowers it, the move back to DKB is no income and no spending", async () => {
      await expectSpending("spending in august", "08");
    });

    it("spending in September: DKB's pending EDEKA row booked in October is not September's", async () => {
      // The Budni row still pending on 5 Sep may be counted or left out: both honest.
      const budni = events.find((e) => e.merchant === "Budni")!;
      await expectSpending("spending in september", "09", [spent(eurOnly(inMonth(booked, "09"))) - budni.cents]);
    });

    it("the hotel at its final amount, not its pre-authorisation", async () => {
      const reply = await ask("how much did I spend at Hotel Bayerischer Hof this year");
      expect(figures(reply)["€"]?.[0], reply).toBe(eur(spent(of("Hotel Bayerischer Hof"))));
    });

    it("fuel in June: the pump's pre-authorisation replaced by what was booked", async () => {
      expect(figures(await ask("fuel in june"))["€"]?.[0]).toBe(eur(spent(cat("fuel", "06"))));
    });

    it("fuel in April across the Girokonto card and the Visa card", async () => {
      expect(figures(await ask("fuel in april"))["€"]?.[0]).toBe(eur(spent(cat("fuel", "04"))));
    });

    it("groceries per month, across the overlaps of both banks", async () => {
      for (const [month, ym] of [["may", "05"], ["june", "06"], ["august", "08"], ["september", "09"]] as const) {
        const reply = await ask(`groceries in ${month}`);
        expect(figures(reply)["€"]?.[0], reply).toBe(eur(spent(eurOnly(cat("groceries", ym)))));
        const pounds = spent(gbpOnly(cat("groceries", ym)));
        if (pounds) expect(figures(reply)["£"]?.[0], reply).toBe(gbp(pounds));
      }
    });

    it("restaurants in June: the dinner that was pending once, counted once", async () => {
      expect(figures(await ask("restaurants in june"))["€"]?.[0]).toBe(eur(spent(cat("restaurants", "06"))));
    });

    it("rent this year, from two DKB exports, eleven months and no more", async () => {
      const rent = spent(booked.filter((e) => e.category === "rent"));
      expect(rent).toBe(11 * 115_000);
      expect(figures(await ask("rent this year"))["€"]?.[0]).toBe(eur(rent));
    });

    it("per merchant this year: Netflix, Vattenfall, REWE counted once across the comdirect overlap", async () => {
      for (const merchant of ["Netflix", "Vattenfall", "REWE"]) {
        const reply = await ask(`how much did I spend at ${merchant} this year`);
        expect(figures(reply)["€"]?.[0], `${merchant}: ${reply}`).toBe(eur(spent(of(merchant))));
      }
    });

    it("Amazon this year: the return lowers it", async () => {
      expect(figures(await ask("how much did I spend at Amazon this year"))["€"]?.[0]).toBe(eur(spent(of("Amazon"))));
    });

    it("Zalando this year: order less the return", async () => {
      expect(figures(await ask("how much did I spend at Zalando this year"))["€"]?.[0]).toBe(eur(spent(of("Zalando"))));
    });

    it("MediaMarkt this year: a payment reversed in full is nothing spent", async () => {
      expect(spent(of("MediaMarkt"))).toBe(0);
      expect(figures(await ask("how much did I spend at MediaMarkt this year"))["€"]?.[0] ?? "€0.00").toBe("€0.00");
    });

    // Kontor answered €129.00: the "Buchung aus Umsatzreklamation" credit does not lower the merchant's total; right is €0.00 (bought and charged back).
    it("Technikhaus24 this year: the chargeback gives it all back", async () => {
      expect(spent(of("Technikhaus24"))).toBe(0);
      expect(figures(await ask("how much did I spend at Technikhaus24 this year"))["€"]?.[0] ?? "€0.00").toBe("€0.00");
    });

    it("income in August is the salary, not the money moved back from comdirect", async () => {
      const aug = sum(inMonth(booked, "08").filter((e) => e.salary));
      expect(figures(await ask("income in august"))["€"]?.[0]).toBe(eur(aug));
    });

    // Kontor answered €36,209.00: it counts the €129 chargeback as income; right is the salary alone, €36,080.00 (a chargeback is money back, not income).
    it("income this year is eleven salaries, a chargeback is not income", async () => {
      const year = sum(booked.filter((e) => e.salary));
      expect(year).toBe(11 * 328_000);
      expect(figures(await ask("income this year"))["€"]?.[0]).toBe(eur(year));
    });

    it("names balances of the DKB account, the Visa card and the Monzo account", async () => {
      expect(await ask("what is my DKB balance")).toContain(eur(balanceAt(events, "dkb", EXPORTS.dkb2.day)));
      expect(await ask("what is my Visa balance")).toContain(eur(balanceAt(events, "visa", EXPORTS.comdirect2.day)));
      expect(await ask("what is my Monzo balance")).toContain(gbp(balanceAt(events, "monzo", EXPORTS.monzo.day)));
    });

    it("Tesco this year, in pounds", async () => {
      expect(figures(await ask("how much did I spend at Tesco this year"))["£"]?.[0]).toBe(gbp(spent(of("Tesco"))));
    });
  });
});
