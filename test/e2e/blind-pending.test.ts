// Pending rows over their life (blind test: written from shared/bank-formats.md
// and the chat only). Jana exports five accounts three times over ten weeks —
// comdirect ("offen"/"--"), DKB new banking (Vorgemerkt), Sparkasse CSV-CAMT V2
// (Umsatz vorgemerkt), Revolut (PENDING, REVERTED) and a Haspa camt.052 (PDNG) —
// and each export overlaps the one before. Hotel and fuel pre-authorisations
// are booked for less, a restaurant bill with the tip, an online order and a
// ticket purchase are cancelled, a refund is pending for a week. Every expected
// figure comes from the purchase list in ./blind-pending/statements.ts.
//
// Tests marked `it.fails` are faults of Kontor, kept as failing checks with a
// comment saying what is wrong; flip them to `it` once fixed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import {
  EXPORTS, PURCHASES, balanceAt, bookedBy, bookedIn, comdirectCsv, dkbCsv, finalCents, haspaCamt052, haspaName, pendingAt, pendingIn,
  revolutCsv, revolutName, sparkasseCsv, sparkasseName, spendingOf, type Export, type Purchase,
} from "./blind-pending/statements.ts";

const jana = { id: 7311, first_name: "Jana", language_code: "en" };
const [E1, E2, E3] = EXPORTS;
let clock = new Date(`${E1.date}T16:00:00Z`);
const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

/** "€1,234.56" (English) or "1.234,56 €" (German), from integer cents, sign ignored. */
function money(cents: number): RegExp {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100));
  const frac = String(abs % 100).padStart(2, "0");
  const en = `€${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${frac}`;
  const de = `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${frac}\\s?€`;
  return new RegExp(`${en.replace(/[.$]/g, "\\$&")}(?!\\d)|(?<![\\d.,])${de.replace(/\./g, "\\.")}`);
}
const has = (reply: string, cents: number) => money(cents).test(reply);
// "Spending" contains "pending": the note must be the word itself.
const PENDING_NOTE = /\bpending\b|vorgemerkt|\boffen|not (yet )?booked|noch nicht gebucht/i;

/**
 * A total a demanding reader accepts: the booked figure, or booked plus pending
 * when the reply says pending rows are in it.
 */
function expectTotal(reply: string, booked: number, withPending?: number) {
  if (has(reply, booked) && !(withPending !== undefined && withPending !== booked && has(reply, withPending))) return;
  if (withPending !== undefined && has(reply, withPending)) {
    expect(reply, "a total with pending rows in it must say so").toMatch(PENDING_NOTE);
    return;
  }
  expect(reply, `expected ${money(booked)}${withPending !== undefined ? ` or ${money(withPending)} with a pending note` : ""}`).toMatch(money(booked));
}

const imports = new Map<string, { preview: string; done: string }>();
let c: ChatApp;

/** Sends a file, keeps the preview and the final import message. */
async function importFile(key: string, fileName: string, content: Buffer) {
  const after = c.sim.lastBotMessage(jana.id)?.messageId ?? 0;
  c.sim.sendDocument(jana, { fileName, mimeType: "text/csv", content });
  const preview = await c.sim.waitForBotMessage(jana.id, /Import the new transactions\?|could not import|not sure how to read|Which currency/, { afterMessageId: after, timeoutMs: 20_000 });
  const shown = textOf(preview);
  if (!/Import the new transactions\?/.test(shown)) throw new Error(`${fileName}: no import preview, Kontor said: ${shown}`);
  c.sim.tapButton(jana, preview.messageId, "imp:ok");
  const edited = () => textOf(c.sim.chat(jana.id).find((m) => m.messageId === preview.messageId)!);
  await c.sim.waitFor(() => /Imported \d+/.test(edited()), 20_000);
  imports.set(key, { preview: shown, done: edited() });
}
async function ask(question: string): Promise<string> {
  const sent = c.sim.sendText(jana, question);
  const reply = textOf(await c.sim.waitForBotMessage(jana.id, /🔎|€|\?|didn.t|not |nothing|no /i, { afterMessageId: sent.message!.message_id, timeoutMs: 15_000 }));
  if (process.env.BLIND_PENDING_DEBUG) console.log(`??? ${question}\n${reply}\n`);
  return reply;
}
async function importAll(ex: Export) {
  clock = new Date(`${ex.date}T16:00:00Z`);
  const stamp = ex.date.replace(/-/g, "");
  await importFile(`cd${ex.n}`, `umsaetze_1234567890_${stamp}.csv`, comdirectCsv(ex));
  await importFile(`dkb${ex.n}`, `DKB_Umsatzliste_${stamp}.csv`, dkbCsv(ex));
  await importFile(`spk${ex.n}`, sparkasseName(ex), sparkasseCsv(ex));
  await importFile(`rev${ex.n}`, revolutName(ex), revolutCsv(ex));
  if (ex.n > 1) await importFile(`haspa${ex.n}`, haspaName(ex), haspaCamt052(ex));
}
/** How many rows of one account's export are new / were pending before and are booked now. */
function delta(acct: Purchase["acct"], prev: Export | undefined, ex: Export) {
  const mine = PURCHASES.filter((x) => x.acct === acct);
  const shownBefore = (x: Purchase) => prev !== undefined && ["booked", "pending"].includes(prevState(x, prev));
  const prevState = (x: Purchase, p: Export) => (x.authorised > p.date ? "none" : x.booked && x.booked <= p.date ? "booked" : x.cancelled && x.cancelled <= p.date ? "none" : "pending");
  const now = (x: Purchase) => (x.authorised > ex.date ? "none" : x.booked && x.booked <= ex.date ? "booked" : x.cancelled && x.cancelled <= ex.date ? "none" : "pending");
  const inFile = mine.filter((x) => now(x) === "pending" || (now(x) === "booked" && x.booked! >= ex.from));
  return {
    rows: inFile.length,
    pending: inFile.filter((x) => now(x) === "pending").length,
    brandNew: inFile.filter((x) => !shownBefore(x)).length,
    bookedNow: inFile.filter((x) => now(x) === "booked" && prev && prevState(x, prev) === "pending").length,
    known: inFile.filter((x) => shownBefore(x) && !(now(x) === "booked" && prevState(x, prev!) === "pending")).length,
    vanished: mine.filter((x) => prev && prevState(x, prev) === "pending" && now(x) === "none").length,
  };
}
const rowsLine = (preview: string) => preview.split("\n").find((l) => /transaction\(s\)/.test(l)) ?? "";

describe("pending rows over three overlapping exports", () => {
  beforeAll(async () => {
    c = await startChatApp([jana], { now: () => clock });
  }, 60_000);
  afterAll(() => c?.stop());

  // ------------------------------------------------------------ first exports, 7 Aug
  it("first exports: every file is read, with its pending rows named as pending", async () => {
    await importAll(E1);
    for (const [key, acct] of [["cd1", "comdirect"], ["dkb1", "dkb"], ["spk1", "sparkasse"], ["rev1", "revolut"]] as const) {
      const d = delta(acct, undefined, E1);
      const { preview, done } = imports.get(key)!;
      expect(rowsLine(preview), key).toContain(`${d.rows} transaction(s), ${d.rows} new, 0 already known`);
      expect(preview, key).toMatch(new RegExp(`${d.pending} of them pending`));
      expect(done, key).toContain(`Imported ${d.rows} new`);
    }
    expect(imports.get("cd1")!.preview).toMatch(money(balanceAt("comdirect", E1.date)));
    expect(imports.get("dkb1")!.preview).toMatch(money(balanceAt("dkb", E1.date)));
  }, 120_000);

  it("7 Aug: 'what is still pending?' lists the eight open authorisations and refund", async () => {
    const reply = await ask("what is still pending?");
    const open = pendingAt(E1.date);
    expect(open).toHaveLength(8);
    for (const x of open) expect(reply, x.id).toMatch(money(x.authCents));
    expect(reply).toMatch(/\(8 transactions\)/);
  });

  // Kontor answered "Spending, 3–7 Aug 2026, all accounts: €1,982.30 (9 transactions)":
  // the €950 rent plus every pending authorisation (hotel holds of €300 and €400,
  // the €150 fuel hold, an order later cancelled) less the pending refund, without
  // a word that eight of the nine rows are not booked. Booked spending that week is
  // €950.00; including holds is a fair reading only if the reply says so.
  it("7 Aug: 'how much did I spend this week' says when pending holds are in the total", async () => {
    const reply = await ask("how much did I spend this week");
    const booked = spendingOf(bookedIn("2026-08-03", E1.date, E1.date));
    const withPending = booked + spendingOf(pendingIn("2026-08-03", E1.date, E1.date), (x) => x.authCents);
    expect(booked).toBe(95_000);
    expectTotal(reply, booked, withPending);
  });

  // ------------------------------------------------------------ a week later, 14 Aug
  it("second exports are imported", async () => {
    await importAll(E2);
    expect(imports.get("haspa2")!.preview).toMatch(/1 of them pending/);
  }, 120_000);

  it("14 Aug: Revolut names the refund that was pending and is booked now, and drops the REVERTED ticket purchase", () => {
    const d = delta("revolut", E1, E2);
    const { preview, done } = imports.get("rev2")!;
    expect(d).toMatchObject({ brandNew: 1, bookedNow: 1, vanished: 1 });
    expect(rowsLine(preview)).toContain("3 transaction(s), 1 new, 2 already known");
    expect(preview).toMatch(/1 of the known ones was pending and is booked now/);
    expect(preview).toMatch(/REVERTED/);
    expect(done).toMatch(/1 that was pending is booked now/);
  });

  // comdirect wrote the hotel (held €300.00, booked €248.40) and the dm purchase
  // as "offen" on 7 Aug; on 14 Aug both are booked with the card text comdirect
  // uses for booked rows. Kontor said "2 transaction(s), 2 new, 0 already known"
  // and kept both "offen" rows as pending next to the booked ones: every later
  // total counts the hotel twice (€548.40 at Motel One) and dm twice. The newer
  // export covers their dates and no longer lists them as open, so they are gone
  // in any case; here they are the booked rows (same card, same purchase day).
  it("14 Aug: comdirect replaces its two 'offen' rows by the booked ones and says so", async () => {
    const { preview, done } = imports.get("cd2")!;
    expect(preview).toMatch(/2 of the known ones was pending and is booked now|2 .*pending.* booked now/);
    expect(done).toMatch(/2 that (was|were) pending (is|are) booked now/);
    expect(await c.t.db.transaction.count({ where: { status: "PENDING", account: { name: { contains: "comdirect" } } } })).toBe(0);
  });

  // DKB on 14 Aug: the fuel hold (€150 → €63.27) and the restaurant bill (€54 →
  // €60 with tip) are booked and the €89.95 Zalando order is gone. Kontor does
  // replace them (they vanish from "pending") but its preview says "3 new, 3
  // already known" as if three purchases were new, and nothing about the two
  // that were pending and the one cancelled: the person cannot tell a doubled
  // purchase from a replaced hold. Revolut's preview shows the wording it should use.
  it("14 Aug: DKB says two pending rows are booked now and one authorisation vanished", () => {
    const d = delta("dkb", E1, E2);
    expect(d).toMatchObject({ brandNew: 1, bookedNow: 2, vanished: 1 });
    const { preview } = imports.get("dkb2")!;
    expect(preview).toMatch(/2 of the known ones (was|were) pending and (is|are) booked now/);
    expect(preview).toMatch(/no longer|cancel|storniert|removed|vanish|dropped/i);
  });

  // Same for Sparkasse: the hotel's €400 hold booked as €356.80 (same end-to-end
  // reference) is counted as "new" in "3 new, 1 already known".
  it("14 Aug: Sparkasse says the hotel's pending row is booked now", () => {
    const d = delta("sparkasse", E1, E2);
    expect(d).toMatchObject({ brandNew: 2, bookedNow: 1 });
    expect(imports.get("spk2")!.preview).toMatch(/1 of the known ones was pending and is booked now/);
  });

  it("14 Aug: DKB, Sparkasse and Revolut no longer list the pending rows that were booked or cancelled", async () => {
    const pend = await c.t.db.transaction.findMany({ where: { status: "PENDING" }, select: { amount: true } });
    const amounts = pend.map((r) => Math.round(Number(r.amount) * 100));
    for (const gone of ["dkb-fuel", "dkb-resto", "dkb-zal2", "spk-hotel", "rev-asosref", "rev-tickets"]) {
      expect(amounts, gone).not.toContain(PURCHASES.find((x) => x.id === gone)!.authCents);
    }
  });

  // "offene umsätze" on 14 Aug listed six rows: the four really open (EDEKA,
  // ACME Medien, Bistro Lotte, Saturn) and comdirect's stale Motel One €300.00 and
  // dm €23.45, which were booked on 10/11 Aug (see the comdirect fault above).
  it("14 Aug: 'offene umsätze' lists only what is still open", async () => {
    const reply = await ask("offene umsätze");
    const open = pendingAt(E2.date);
    expect(open.map((x) => x.id).sort()).toEqual(["dkb-edeka2", "haspa-saturn", "rev-lotte", "spk-acme2"]);
    for (const x of open) expect(reply, x.id).toMatch(money(x.authCents));
    expect(reply).toMatch(/\(4 transactions\)/);
    expect(reply).not.toMatch(money(-30_000));
  });

  // "Spending, 10–14 Aug 2026: €1,128.52 (11 transactions)" = €814.01 booked plus
  // €314.51 still pending, with no word about the four pending rows.
  it("14 Aug: 'how much did I spend this week' says when pending rows are in the total", async () => {
    const reply = await ask("how much did I spend this week");
    const pend = spendingOf(pendingIn("2026-08-10", E2.date, E2.date), (x) => x.authCents);
    const readings = [false, true].map((revolutByStart) => spendingOf(bookedIn("2026-08-10", E2.date, E2.date, { revolutByStart })));
    const ok = readings.some((b) => has(reply, b)) || (readings.some((b) => has(reply, b + pend)) && PENDING_NOTE.test(reply));
    expect(ok, `${reply}\nexpected ${readings.map(money).join(" or ")} (booked), or with ${money(pend)} pending and a note`).toBe(true);
  });

  // Revolut's Balance column is the balance after the row completed: €246.30 after
  // the ASOS refund completed on 12 Aug. Kontor dates it 6 Aug, the refund's start date,
  // so a balance "on 10 Aug" would read €246.30 although it was €211.30 then.
  it("14 Aug: Revolut's stated balance is dated by the completion date", () => {
    expect(imports.get("rev2")!.preview).toMatch(new RegExp(`${money(balanceAt("revolut", "2026-08-12")).source.split("|")[0]} on 12 Aug 2026`));
  });

  // ------------------------------------------------------------ a month later, 15 Sep
  it("third exports are imported; Sparkasse and Revolut report the rows booked since", async () => {
    await importAll(E3);
    expect(imports.get("spk3")!.preview).toMatch(/1 of the known ones was pending and is booked now/);
    expect(imports.get("rev3")!.preview).toMatch(/1 of the known ones was pending and is booked now/);
    for (const [key, acct, prev] of [["cd3", "comdirect", E2], ["dkb3", "dkb", E2], ["spk3", "sparkasse", E2], ["rev3", "revolut", E2], ["haspa3", "haspa", E2]] as const) {
      expect(imports.get(key)!.preview, key).toMatch(new RegExp(`${delta(acct, prev, E3).pending} of them pending`));
    }
  }, 120_000);

  // DKB (EDEKA €32.10) and Haspa's camt.052 (Saturn €199.00, PDNG → BOOK) each
  // book a row that was pending on 14 Aug; both previews count it as new
  // ("6 new, 3 already known"; "3 new, 1 already known") instead of saying it
  // was pending and is booked now, as the Sparkasse and Revolut previews of the
  // same day do.
  it("15 Sep: DKB and Haspa say which known pending row is booked now", () => {
    expect(delta("dkb", E2, E3).bookedNow).toBe(1);
    expect(delta("haspa", E2, E3).bookedNow).toBe(1);
    expect(imports.get("dkb3")!.preview).toMatch(/1 of the known ones was pending and is booked now/);
    expect(imports.get("haspa3")!.preview).toMatch(/1 of the known ones was pending and is booked now/);
  });

  it("15 Sep: each account with a stated balance answers it with its date", async () => {
    const dkb = await ask("what's my DKB balance");
    expect(dkb).toMatch(money(balanceAt("dkb", E3.date)));
    expect(dkb).toMatch(/15 Sept? 2026/);
    expect(await ask("Kontostand comdirect")).toMatch(money(balanceAt("comdirect", E3.date)));
    expect(await ask("revolut balance")).toMatch(money(balanceAt("revolut", E3.date)));
    // Sparkasse's CSV-CAMT states no balance: saying so is right, a sum from zero would not be.
    const spk = await ask("Kontostand Sparkasse");
    expect(spk).toMatch(/not known|which one|\?/);
    const accounts = await ask("/accounts");
    expect(accounts).toMatch(money(balanceAt("haspa", E3.date)));
    expect(accounts).toMatch(money(balanceAt("dkb", E3.date)));
  });

  it("15 Sep: July is untouched by pending rows", async () => {
    expectTotal(await ask("how much did I spend in July"), spendingOf(bookedIn("2026-07-01", "2026-07-31", E3.date)));
  });

  // August's booked spending is €2,133.02. Kontor said €2,456.47: comdirect's stale
  // pending hotel (€300.00) and dm (€23.45) rows are counted next to their booked
  // rows (€248.40, €23.45).
  it("15 Sep: 'total spending in August' counts each purchase once, with its booked amount", async () => {
    const expected = spendingOf(bookedIn("2026-08-01", "2026-08-31", E3.date));
    expect(expected).toBe(213_302);
    expectTotal(await ask("total spending in August"), expected);
  });
  it("15 Sep: 'Ausgaben im August' (same fault, German)", async () => {
    expectTotal(await ask("Ausgaben im August"), spendingOf(bookedIn("2026-08-01", "2026-08-31", E3.date)));
  });

  // September so far: €1,072.29 booked, €412.80 pending. Kontor: "Spending, 1–15
  // Sept 2026 €1,485.09 (11 transactions)", pending rows (two of them holds of unknown
  // final amount) counted silently.
  it("15 Sep: 'was habe ich im September ausgegeben' says when pending rows are in", async () => {
    const booked = spendingOf(bookedIn("2026-09-01", "2026-09-30", E3.date));
    expectTotal(await ask("was habe ich im September ausgegeben"), booked, booked + spendingOf(pendingIn("2026-09-01", "2026-09-30", E3.date), (x) => x.authCents));
  });

  // Hotels in August: €248.40 + €356.80 = €605.20 booked. Kontor: €905.20 (3 transactions),
  // the €300 hold still counted.
  it("15 Sep: 'hotels in August' counts booked hotel bills, not the hold", async () => {
    expectTotal(await ask("hotels in August"), 60_520);
  });
  it("15 Sep: 'how much at Motel One' is the booked bill only", async () => {
    expectTotal(await ask("how much at Motel One"), -finalCents(PURCHASES.find((x) => x.id === "cd-hotel")!));
  });
  it("15 Sep: 'zeig alle Umsätze bei Motel One' lists the stay once", async () => {
    const reply = await ask("zeig alle Umsätze bei Motel One");
    expect(reply).toMatch(money(24_840));
    expect(reply).not.toMatch(money(30_000));
  });

  it("15 Sep: fuel in August is the booked €63.27, never the €150 hold", async () => {
    expectTotal(await ask("fuel in August"), 6_327);
    expectTotal(await ask("Tanken im August"), 6_327);
    const list = await ask("alle umsätze bei aral");
    expect(list).toMatch(money(6_327));
    expect(list).not.toMatch(money(15_000));
  });

  it("15 Sep: restaurants in August count the bill with its tip", async () => {
    const reply = await ask("restaurants in August");
    // Trattoria €60.00 (booked with tip, held as €54.00) and Bistro Lotte €46.00 (held as €40.00);
    // Uber Eats (€22.30) may fairly count as eating out too.
    expect(has(reply, 10_600) || has(reply, 12_830), reply).toBe(true);
    expect(reply).not.toMatch(money(5_400));
    expect(await ask("spent at Bistro Lotte")).toMatch(money(4_600));
  });

  // Trattoria Roma: €60.00 booked in August, €38.50 still pending since 14 Sep.
  // Kontor: "€98.50 (2 transactions)" with no word that one is pending.
  it("15 Sep: 'wie viel habe ich bei Trattoria Roma ausgegeben' says when a pending bill is in", async () => {
    expectTotal(await ask("wie viel habe ich bei Trattoria Roma ausgegeben"), 6_000, 6_000 + 3_850);
  });

  it("15 Sep: cancelled authorisations never count", async () => {
    const zalando = await ask("zeig alle umsätze bei Zalando");
    expect(zalando).toMatch(money(7_995));
    expect(zalando).not.toMatch(money(8_995));
    const eventim = await ask("how much did I spend at Eventim");
    expect(eventim).not.toMatch(money(4_990));
  });

  it("15 Sep: the refund counts once it is booked, and lowers ASOS", async () => {
    expectTotal(await ask("refunds in August"), 3_500);
    expectTotal(await ask("Erstattungen im August"), 3_500);
    expectTotal(await ask("how much at ASOS"), 3_500);
  });

  it("15 Sep: income in August is the salary", async () => {
    expectTotal(await ask("Einnahmen im August"), 320_000);
  });

  // Six rows are open on 15 Sep (€412.80). Kontor lists eight: comdirect's dm and
  // Motel One rows from 5/6 Aug, booked a month ago, are still "pending".
  it("15 Sep: 'what is still pending' lists the six open rows", async () => {
    const reply = await ask("what is still pending");
    const open = pendingAt(E3.date);
    expect(open).toHaveLength(6);
    for (const x of open) expect(reply, x.id).toMatch(money(x.authCents));
    expect(reply).toMatch(/\(6 transactions\)/);
  });
  it("15 Sep: 'offene Umsätze' (same fault, German)", async () => {
    expect(await ask("offene Umsätze")).toMatch(/\(6 transactions\)/);
  });

  // 14–15 Sep: nothing booked yet, €312.80 pending (IKEA, Trattoria, Bauhaus, Uber
  // Eats, HVV). Kontor: "Spending, 14–15 Sept 2026 €312.80 (5 transactions)": all
  // five pending, not said.
  it("15 Sep: 'how much did I spend this week' says the rows are pending", async () => {
    const booked = spendingOf(bookedIn("2026-09-14", E3.date, E3.date));
    expect(booked + 0).toBe(0); // -0 when nothing is booked
    expectTotal(await ask("how much did I spend this week"), booked, spendingOf(pendingIn("2026-09-14", E3.date, E3.date), (x) => x.authCents));
  });

  // August had 16 booked rows (salary included); Kontor counts 18 (the stale comdirect rows).
  it("15 Sep: 'how many transactions in August' counts booked rows once", async () => {
    const n = bookedBy(E3.date).filter((x) => x.booked!.startsWith("2026-08")).length;
    expect(n).toBe(16);
    expect(await ask("how many transactions in August")).toMatch(new RegExp(`\\b${n}\\b`));
  });

  it("15 Sep: nothing cancelled or replaced is left in the store, apart from the comdirect fault", async () => {
    const pend = await c.t.db.transaction.findMany({ where: { status: "PENDING" }, include: { account: true } });
    const notComdirect = pend.filter((r) => !/comdirect/i.test(r.account.name));
    expect(notComdirect.map((r) => Math.round(Number(r.amount) * 100)).sort((a, b) => a - b))
      .toEqual(pendingAt(E3.date).filter((x) => x.acct !== "comdirect").map((x) => x.authCents).sort((a, b) => a - b));
    const total = await c.t.db.transaction.count({ where: { status: "BOOKED" } });
    expect(total).toBe(bookedBy(E3.date).length);
  });
});
