// Charts as a person gets them with answers, tested from the outside: two real
// exports (DKB new banking, ING Deutschland) covering May 2025 to mid-June
// 2026 go through the chat of an English and a German user, then questions
// that should come with a chart. What the reply's text and the photo's pixels
// can show is asserted here; faults that only a human eye sees in the picture
// are listed in blind-charts/FINDINGS.md. Every photo is written to
// /tmp/blind-charts/<name>.png for looking at. Expected figures come from the
// events the files were written from, never from Kontor.
import { mkdirSync, writeFileSync } from "node:fs";
import { createCanvas, loadImage } from "@napi-rs/canvas";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildEvents, dkbCsv, IBAN, ingCsv, LONG_NAME, SINGLE_DAY, type Event } from "./blind-charts/statements.ts";

const jonas = { id: 7401, first_name: "Jonas", language_code: "en" };
const lena = { id: 7402, first_name: "Lena", language_code: "de" };
type Person = typeof jonas;
const NOW = new Date("2026-06-15T10:00:00Z");
const OUT = "/tmp/blind-charts";
const events = buildEvents();

const group = (cents: number, sep: string) => String(Math.floor(Math.abs(cents) / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const frac = (cents: number) => String(Math.abs(cents) % 100).padStart(2, "0");
/** "€1,234.56" as Kontor writes euros in English (no sign: refunds read "… back"). */
const eur = (cents: number) => `€${group(cents, ",")}.${frac(cents)}`;
/** "1.234,56 €" as German readers expect. */
const euroDe = (cents: number) => `${group(cents, ".")},${frac(cents)} €`;

/** What a person calls spending: money out minus refunds, without own transfers and salary. */
const spent = (rows: Event[]) => -rows.filter((e) => !e.transfer && e.category !== "salary").reduce((a, e) => a + e.cents, 0);
const inMonth = (ym: string) => events.filter((e) => e.date.startsWith(ym));
const monthsFrom = (first: string, n: number) =>
  Array.from({ length: n }, (_, i) => {
    const [y, m] = first.split("-").map(Number) as [number, number];
    const k = m - 1 + i;
    return `${y + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, "0")}`;
  });

interface Reply {
  text: string;
  photo?: Buffer;
  buttons: string[];
}

/** Rows of the caption's table that start with a month ("Jul 2025", "Sept. 2025", "März 2026"). */
const monthRows = (text: string) => text.split("\n").filter((l) => /^\p{L}+\.? \d{4}\s{2,}/u.test(l));

/** How many dark (text) pixels sit in the picture's last two columns: a label running off the right edge. */
async function darkPixelsAtRightEdge(png: Buffer): Promise<number> {
  const img = await loadImage(png);
  const canvas = createCanvas(img.width, img.height);
  const g = canvas.getContext("2d");
  g.drawImage(img, 0, 0);
  const { data } = g.getImageData(img.width - 2, 0, 2, img.height);
  let dark = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 140) dark++;
  return dark;
}

describe("charts with answers, fourteen months from DKB and ING", () => {
  let c: ChatApp;

  async function importFile(who: Person, fileName: string, content: Buffer) {
    const after = c.sim.lastBotMessage(who.id)?.messageId ?? 0;
    const hasOk = (m: { replyMarkup?: unknown }) => JSON.stringify(m.replyMarkup ?? {}).includes("imp:ok");
    c.sim.sendDocument(who, { fileName, mimeType: "text/csv", content });
    await c.sim.waitFor(() => c.sim.chat(who.id).some((m) => m.messageId > after && hasOk(m)), 20_000);
    const preview = c.sim.chat(who.id).find((m) => m.messageId > after && hasOk(m))!;
    c.sim.tapButton(who, preview.messageId, "imp:ok");
    await c.sim.waitFor(() => /✅/.test(c.sim.chat(who.id).find((m) => m.messageId === preview.messageId)?.text ?? ""), 20_000);
  }

  /** Asks, waits for the answer (a photo comes with its caption) and keeps the photo under `name`. */
  async function ask(who: Person, question: string, name: string): Promise<Reply> {
    const sent = c.sim.sendText(who, question);
    const m = await c.sim.waitForBotMessage(who.id, /€|\?/, { afterMessageId: sent.message!.message_id, timeoutMs: 15_000 });
    const photo = m.photo as Buffer | undefined;
    if (photo) writeFileSync(`${OUT}/${name}.png`, photo);
    const buttons = (m.replyMarkup?.inline_keyboard ?? []).flat().map((b: { text: string }) => b.text);
    // Intl puts a no-break space before "€" and "%"; compare with plain spaces.
    return { text: (m.text ?? m.caption ?? "").replace(/[\u00a0\u202f]/g, " "), photo, buttons };
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    c = await startChatApp([jonas, lena], { now: () => NOW, onboarded: [jonas] });
    // Lena chooses German at /start, as a German speaker would.
    const tap = async (re: RegExp, data: string) => {
      const m = await c.sim.waitForBotMessage(lena.id, re, { timeoutMs: 10_000 });
      c.sim.tapButton(lena, m.messageId, data);
    };
    c.sim.sendText(lena, "/start");
    await tap(/Sprache/, "lang:de");
    await tap(/Zeitzone/, "tz:Europe/Berlin");
    await tap(/Währung/, "cur:EUR");
    await c.sim.waitForBotMessage(lena.id, /Fertig/, { timeoutMs: 10_000 });
    for (const who of [jonas, lena]) {
      await importFile(who, "DKB_Umsatzliste.csv", dkbCsv(events));
      await importFile(who, `Umsatzanzeige_${IBAN.ing}_20260612.csv`, ingCsv(events));
    }
  }, 120_000);
  afterAll(() => c?.stop());

  it("draws last month's spending by category, named by its whole month, with the exact total", async () => {
    const r = await ask(jonas, "spending by category last month", "category-last-month");
    expect(r.photo).toBeDefined();
    expect(r.text).toContain("1–31 May 2026");
    expect(r.text).toContain(`Total: ${eur(spent(inMonth("2026-05")))}`);
  });

  it("shows the last 12 months as 12 month rows from the 1st, ending with the current month", async () => {
    const r = await ask(jonas, "spending over the last 12 months by month", "last-12-months");
    expect(r.photo).toBeDefined();
    expect(r.text).toContain("1 Jul 2025–15 Jun 2026");
    const rows = monthRows(r.text);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^Jul 2025/);
    expect(rows[11]).toMatch(/^Jun 2026/);
    monthsFrom("2025-07", 12).forEach((ym, i) => expect(rows[i], ym).toContain(eur(spent(inMonth(ym)))));
  });

  it("gives groceries per month this year, one row per month January to June", async () => {
    const r = await ask(jonas, "groceries per month this year", "groceries-per-month");
    expect(r.photo).toBeDefined();
    const rows = monthRows(r.text);
    expect(rows).toHaveLength(6);
    monthsFrom("2026-01", 6).forEach((ym, i) => {
      const groceries = -inMonth(ym).filter((e) => e.category === "groceries").reduce((a, e) => a + e.cents, 0);
      expect(rows[i], ym).toContain(eur(groceries));
    });
  });

  it("draws top merchants with the landlord first", async () => {
    const r = await ask(jonas, "top merchants this year", "top-merchants-year");
    expect(r.photo).toBeDefined();
    expect(monthRows(r.text)).toHaveLength(0);
    expect(r.text.split("\n").find((l) => /€6,600\.00/.test(l))).toMatch(/^Wohnungsbau/);
  });

  it("draws income against spending and counts only salary as income", async () => {
    const r = await ask(jonas, "income vs spending last 6 months", "income-vs-spending");
    expect(r.photo).toBeDefined();
    const salary = events.filter((e) => e.category === "salary" && e.date >= "2026-01-01").reduce((a, e) => a + e.cents, 0);
    expect(r.text).toContain(eur(salary));
  });

  it("answers a day with one transaction in words, without a one-bar chart", async () => {
    const r = await ask(jonas, "spending on 4 March 2026", "single-day");
    expect(r.photo).toBeUndefined();
    expect(r.text).toContain(`${eur(spent(events.filter((e) => e.date === SINGLE_DAY)))} (1 transaction)`);
  });

  it("says a month where refunds beat purchases gave money back", async () => {
    const clothing = inMonth("2026-05").filter((e) => e.category === "clothing").reduce((a, e) => a + e.cents, 0);
    expect(clothing).toBeGreaterThan(0);
    expect((await ask(jonas, "clothing in May", "clothing-may")).text).toContain(`${eur(clothing)} back`);
    const r = await ask(jonas, "shopping per month this year", "shopping-per-month");
    expect(r.photo).toBeDefined();
    const may = -spent(inMonth("2026-05").filter((e) => ["shopping", "clothing"].includes(e.category)));
    expect(monthRows(r.text).find((l) => l.startsWith("May 2026"))).toContain(`${eur(may)} back`);
  });

  it("writes German answers with German months and 1.234,56 €", async () => {
    const cat = await ask(lena, "Ausgaben nach Kategorie letzten Monat", "de-category-last-month");
    expect(cat.photo).toBeDefined();
    expect(cat.text).toContain("1.–31. Mai 2026");
    expect(cat.text).toContain(`Summe: ${euroDe(spent(inMonth("2026-05")))}`);
    expect(cat.text).toMatch(/Miete & Wohnen\s+1\.100,00 €/);
    const year = await ask(lena, "Ausgaben der letzten 12 Monate pro Monat", "de-last-12-months");
    expect(year.photo).toBeDefined();
    const rows = monthRows(year.text);
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatch(/^Juli 2025/);
    expect(rows[8]).toMatch(/^März 2026/);
    monthsFrom("2025-07", 12).forEach((ym, i) => expect(rows[i], ym).toContain(euroDe(spent(inMonth(ym)))));
    expect(year.text).not.toMatch(/€\d/);
  });

  // Faults the tester pinned as `it.fails`, fixed on charts-fixes; the comments say what was seen.
  // Asked for "Restaurant Zum Goldenen Hirschen am Alten Marktplatz", the
  // answer's title reads "Restaurant Zum Goldenen Hirschen + Apotheke am
  // Rathaus" and the sum includes the pharmacy's €23.40: a word of the long
  // name ("am") pulls in a second merchant. No chart either.
  it("sums only the restaurant when asked by its very long name", async () => {
    const r = await ask(jonas, "how much did I spend at Restaurant Zum Goldenen Hirschen am Alten Marktplatz this year", "long-name");
    const expected = spent(events.filter((e) => e.merchant === LONG_NAME && e.date >= "2026-01-01"));
    expect(r.text).not.toContain("Apotheke");
    expect(r.text).toContain(eur(expected));
  });

  // The caption's table cuts names at 14 characters: "Restaurants &…",
  // "Utilities & p…", "Public transp…", "Wohnungsbau M…", "Restaurant Zu…"
  // (German: "Nebenkosten &…"), though the caption is far below Telegram's
  // 1024-character limit. The chart shows the full names.
  it("keeps category names whole in the answer's table", async () => {
    const r = await ask(jonas, "spending by category this year", "category-year");
    expect(r.text).toContain("Restaurants & cafés");
    expect(r.text).toContain("Utilities & phone");
    expect(r.text).not.toContain("…");
  });

  // When refunds exceed spending the shares become nonsense: shopping by
  // merchant in May reads "Zalando €109.90 back 131%" and "Amazon €26.14
  // -31%"; by category "Shopping €83.76 back -6%".
  it("shows no share above 100 % or below 0 % when a refund exceeds spending", async () => {
    const r = await ask(jonas, "shopping by merchant in May", "shopping-merchants-may");
    const shares = [...r.text.matchAll(/(-?\d+)\s?%/g)].map((m) => Number(m[1]));
    expect(shares.length).toBeGreaterThan(0);
    for (const s of shares) expect(s >= 0 && s <= 100, `${s} %`).toBe(true);
  });

  // "top merchants last month" ends with "Total: €1,441.18 (7 transactions)",
  // which is the sum of the five bars only and more than the whole month's
  // spending (€1,420.74): Zalando's refund is left out. Calling it "Total"
  // tells the person they spent more than they did.
  it("never labels a top-5 sum larger than the month's spending as the total", async () => {
    const r = await ask(jonas, "top merchants last month", "top-merchants-month");
    const total = /Total: €([\d,]+)\.(\d\d)/.exec(r.text);
    expect(total).not.toBeNull();
    expect(Number(total![1]!.replace(/,/g, "")) * 100 + Number(total![2])).toBeLessThanOrEqual(spent(inMonth("2026-05")));
  });

  // "spending in 2025 by month": data starts on 1 May 2025, yet January to
  // April get rows and bars of €0.00, as if nothing had been spent; the chart
  // also overlaps its value labels (see FINDINGS.md).
  it("does not draw months before the data starts as zero spending", async () => {
    const r = await ask(jonas, "spending in 2025 by month", "year-2025");
    expect(r.photo).toBeDefined();
    expect(monthRows(r.text).filter((l) => /€0\.00$/.test(l.trim()))).toHaveLength(0);
  });

  // The horizontal 12-month bar chart puts each value at the end of its bar;
  // the two longest (Dec 2025 €1,812.57, Apr 2026 €1,809.83) run off the right
  // edge and read "€1,812.5" / "€1,809.8" (German: the "€" is cut). The axis
  // ends at €2K, but the label space is not reserved.
  it("keeps every value label of the 12-month chart inside the picture", async () => {
    const en = await ask(jonas, "spending over the last 12 months by month", "last-12-months-edge");
    const de = await ask(lena, "Ausgaben der letzten 12 Monate pro Monat", "de-last-12-months-edge");
    expect(await darkPixelsAtRightEdge(en.photo!)).toBe(0);
    expect(await darkPixelsAtRightEdge(de.photo!)).toBe(0);
  });
});
