// "how much did I move from DKB to N26": the money that arrived at the
// receiving account from the named source, never from the person's other
// accounts and never the other way round. Expected sums come from the test's
// own list of moves, in integer cents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { describeReading, parseQuestion } from "../../src/analytics/parse/index.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { seedAccount, seedTx, seedUser, type SeededUser } from "./seed.ts";

const today = "2026-11-22";
type Key = "dkb" | "n26" | "tagesgeld";
const NAMES: Record<Key, string> = { dkb: "DKB Girokonto", n26: "N26", tagesgeld: "Tagesgeld" };

/** Own-account moves: matched pairs (both halves, linked) unless `unmatched`, which books only the arriving half. */
const MOVES: { from: Key; to: Key; date: string; cents: number; unmatched?: { counterparty: string } }[] = [
  { from: "dkb", to: "n26", date: "2026-03-02", cents: 30_000 },
  { from: "dkb", to: "n26", date: "2026-07-15", cents: 4_550 },
  { from: "tagesgeld", to: "n26", date: "2026-04-10", cents: 20_000 },
  { from: "n26", to: "dkb", date: "2026-05-05", cents: 8_000 },
  { from: "dkb", to: "tagesgeld", date: "2026-06-01", cents: 50_000 },
  // Unmatched: the counterparty names the DKB account, so its source is known.
  { from: "dkb", to: "n26", date: "2026-08-20", cents: 1_999, unmatched: { counterparty: "DKB Girokonto" } },
  // Unmatched, source unknown (a person's name): not counted as coming from the DKB.
  { from: "tagesgeld", to: "n26", date: "2026-09-09", cents: 4_000, unmatched: { counterparty: "Erika Mustermann" } },
];

const eur = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`;
/** Arrived at `to` this year from one of `from` (any own account when empty), as far as the rows can tell. */
const moved = (from: Key[], to: Key[]) =>
  MOVES.filter((m) => to.includes(m.to) && (from.length === 0 || (from.includes(m.from) && (!m.unmatched || m.unmatched.counterparty === NAMES[m.from])))).reduce(
    (s, m) => s + m.cents,
    0,
  );

let t: TestDatabase;
let analytics: Analytics;
let user: SeededUser;
const ids = {} as Record<Key | "bourso" | "revolut" | "revolutGbp", string>;

beforeAll(async () => {
  t = await createTestDatabase();
  analytics = createAnalytics({ db: t.db, databaseUrl: t.url });
  user = await seedUser(t.db);
  ids.dkb = await seedAccount(t.db, user, NAMES.dkb);
  ids.n26 = await seedAccount(t.db, user, NAMES.n26);
  ids.tagesgeld = await seedAccount(t.db, user, NAMES.tagesgeld, "EUR", "SAVINGS");
  for (const m of MOVES) {
    const arriving = { accountId: ids[m.to], date: m.date, amount: eur(m.cents), counterparty: m.unmatched?.counterparty ?? "Max Mustermann", category: "transfers" };
    if (m.unmatched) {
      await seedTx(t.db, user, [arriving]);
      continue;
    }
    await seedTx(t.db, user, [{ accountId: ids[m.from], date: m.date, amount: `-${eur(m.cents)}`, counterparty: "Max Mustermann", category: "transfers" }, arriving]);
    const [out, into] = await Promise.all([
      t.db.transaction.findFirstOrThrow({ where: { accountId: ids[m.from], bookingDate: new Date(`${m.date}T00:00:00Z`) } }),
      t.db.transaction.findFirstOrThrow({ where: { accountId: ids[m.to], bookingDate: new Date(`${m.date}T00:00:00Z`) } }),
    ]);
    await t.db.transaction.update({ where: { id: out.id }, data: { transferPeerId: into.id } });
    await t.db.transaction.update({ where: { id: into.id }, data: { transferPeerId: out.id } });
  }
  // A bank with a euro and a pound pocket: topped up from BoursoBank (a matched pair), then euros changed into pounds
  // between its own pockets. The exchange's legs are in two currencies, so nothing pairs them with BoursoBank.
  ids.bourso = await seedAccount(t.db, user, "Boursorama BoursoBank", "EUR");
  ids.revolut = await seedAccount(t.db, user, "Revolut Current", "EUR");
  ids.revolutGbp = await seedAccount(t.db, user, "Revolut Current GBP", "GBP");
  await seedTx(t.db, user, [
    { accountId: ids.bourso, date: "2026-02-05", amount: "-400.00", counterparty: "Max Mustermann", category: "transfers" },
    { accountId: ids.revolut, date: "2026-02-06", amount: "400.00", counterparty: "Max Mustermann", category: "transfers" },
    { accountId: ids.revolut, date: "2026-02-27", amount: "-200.00", description: "Exchanged to GBP", category: "transfers", originalCurrency: "GBP" },
    { accountId: ids.revolutGbp, date: "2026-02-27", amount: "171.23", currency: "GBP", description: "Exchanged from EUR", category: "transfers", originalCurrency: "EUR" },
  ]);
  const [out, into] = await Promise.all([
    t.db.transaction.findFirstOrThrow({ where: { accountId: ids.bourso, bookingDate: new Date("2026-02-05T00:00:00Z") } }),
    t.db.transaction.findFirstOrThrow({ where: { accountId: ids.revolut, bookingDate: new Date("2026-02-06T00:00:00Z") } }),
  ]);
  await t.db.transaction.update({ where: { id: out.id }, data: { transferPeerId: into.id } });
  await t.db.transaction.update({ where: { id: into.id }, data: { transferPeerId: out.id } });
  // Money from someone else and a salary arrive at the N26 too: never a move.
  await seedTx(t.db, user, [
    { accountId: ids.n26, date: "2026-03-03", amount: "2500.00", counterparty: "ACME GmbH", category: "salary" },
    { accountId: ids.n26, date: "2026-03-04", amount: "15.00", counterparty: "Dave", category: null },
  ]);
});

afterAll(async () => {
  await analytics?.close();
  await t?.drop();
});

const ask = async (q: string, locale: "en" | "de" = "en") => {
  const accounts = (Object.keys(NAMES) as Key[]).map((k) => ({ id: ids[k], name: NAMES[k], type: k === "tagesgeld" ? "SAVINGS" : "CHECKING" }));
  const r = parseQuestion(q, { today, locale, merchants: [], accounts, dataStart: "2026-01-01" });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  const result = await analytics.query(user.userId, r.spec, { today, locale });
  return { spec: r.spec, reading: describeReading(r.reading, locale), total: result.total[0]?.value };
};

describe("money moved between two named accounts", () => {
  it.each<[string, "en" | "de", Key[], Key[]]>([
    ["how much did I move from DKB to N26 this year", "en", ["dkb"], ["n26"]],
    ["how much did I transfer to my N26 from the DKB this year", "en", ["dkb"], ["n26"]],
    ["wie viel habe ich dieses Jahr von der DKB auf N26 überwiesen", "de", ["dkb"], ["n26"]],
    ["how much did I move from Tagesgeld to N26 this year", "en", ["tagesgeld"], ["n26"]],
    ["how much did I move from N26 to DKB this year", "en", ["n26"], ["dkb"]],
    ["how much did I move from DKB to N26 and Tagesgeld this year", "en", ["dkb"], ["n26", "tagesgeld"]],
  ])("%s counts only the moves from the source", async (q, locale, from, to) => {
    const r = await ask(q, locale);
    expect(r.spec.filters).toMatchObject({ transfersTo: "account", accounts: to.map((k) => ids[k]), fromAccounts: from.map((k) => ids[k]) });
    expect(r.total).toBe(eur(moved(from, to)));
    expect(r.reading).toContain(NAMES[from[0]!]);
  });

  it("from one bank to another bank's pockets: the pairs that left the first, never an exchange between the pockets", async () => {
    const accounts = [
      ...(Object.keys(NAMES) as Key[]).map((k) => ({ id: ids[k], name: NAMES[k], type: "CHECKING", currency: "EUR" })),
      { id: ids.bourso, name: "Boursorama BoursoBank", type: "CHECKING", currency: "EUR" },
      { id: ids.revolut, name: "Revolut Current", type: "CHECKING", currency: "EUR" },
      { id: ids.revolutGbp, name: "Revolut Current GBP", type: "CHECKING", currency: "GBP" },
    ];
    // People call BoursoBank "bourso".
    const r = parseQuestion("how much did i transfer from bourso to revolut this year", { today, locale: "en", merchants: [], accounts, dataStart: "2026-01-01" });
    // "revolut" fits both pockets: asked back, and "all of them" is the answer that counts both.
    if (r.kind !== "clarify") throw new Error(r.kind);
    const all = r.options.at(-1)!.spec;
    expect(all.filters).toMatchObject({ transfersTo: "account", accounts: [ids.revolut, ids.revolutGbp], fromAccounts: [ids.bourso] });
    const result = await analytics.query(user.userId, all, { today, locale: "en" });
    expect(result.total.map((x) => `${x.value} ${x.currency}`)).toEqual(["400.00 EUR"]);
  });

  it("without a source, still counts what arrived from every own account", async () => {
    const r = await ask("how much did I move to N26 this year");
    expect(r.spec.filters.fromAccounts).toBeUndefined();
    expect(r.total).toBe(eur(moved([], ["n26"])));
  });
});
