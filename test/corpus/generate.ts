// Writes test/corpus/transactions.json: labelled rows in the shapes of 22
// banks (banks.ts), from the shops and recurring payments of pools.ts and
// recurring.ts. Seeded, so the file is reproducible:
//   npx tsx test/corpus/generate.ts
// Each row's split is fixed by a hash of its id (rng.ts); held-out rows draw
// from the held-out pools and wordings only.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { BANKS, type Bank, type Ctx, type Fields } from "./banks.ts";
import { SHOPS, type Pool, type Recurring, type Region, type Shop } from "./pools.ts";
import { RECURRING } from "./recurring.ts";
import { HELDOUT_RECURRING, HELDOUT_SHOPS, HELDOUT_WORDS } from "./pools-heldout.ts";
import { RETIRED_POOLS, type Words } from "./retired.ts";
import { seededRng, splitOf, type Rng } from "./rng.ts";

export interface CorpusRow extends Fields {
  id: string;
  split: Pool;
  bank: string;
  lang: string;
  date: string;
  amount: string;
  expected: { merchant: string | null; category: string; transfer: boolean };
}

// CORPUS_SEED draws other printed variants of the same shops (a check against rules fitted to one draw); the committed corpus uses the default.
const SEED = Number(process.env.CORPUS_SEED ?? 20261129);
const ROWS_PER_BANK = 80;
const OWNER = "Alex Beispiel";
// Fake IBANs of the person's own accounts (checksums not meaningful).
export const OWN_IBANS = ["DE00120300000012345678", "DE00500105170087654321", "NL00INGB0001234567", "GB00MONZ04000412345678"];

const CITIES: Record<Region, string[]> = {
  de: ["Berlin", "Hamburg", "Muenchen", "Koeln", "Frankfurt", "Leipzig", "Stuttgart", "Dresden"],
  uk: ["London", "Manchester", "Leeds", "Bristol", "Glasgow"],
  us: ["New York", "Seattle", "San Jose", "Austin", "Brooklyn"],
  fr: ["Paris", "Lyon", "Lille", "Nantes"],
  nl: ["Amsterdam", "Utrecht", "Rotterdam", "Den Haag"],
};
const MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const MONTHS_EN = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

// Wordings of own-money movements of the tuning rows; the held-out ones are in pools-heldout.ts.
const TUNING_WORDS: Record<"tuning" | "retired", { own: Record<string, string[]>; bill: Record<string, string[]>; fee: Record<string, string[]>; refund: Record<string, string[]> }> = {
  tuning: {
    own: { de: ["Umbuchung", "Übertrag auf Tagesgeld", "Umbuchung Sparkonto"], en: ["TRANSFER TO SAVINGS", "Own transfer"], fr: ["VIREMENT INTERNE"], nl: ["Naar Oranje Spaarrekening"] },
    bill: { de: ["Kreditkartenabrechnung {m}/{y}", "Visa-Abrechnung {mon}", "Ausgleich Kreditkarte gem. Abrechnung v. 30.{m}.{y}"], en: ["PAYMENT THANK YOU", "AUTOPAY PAYMENT - THANK YOU", "AMEX EPAYMENT ACH PMT"], fr: ["VIREMENT INTERNE CARTE"], nl: ["Creditcard afrekening {m}-{y}"] },
    fee: { de: ["Kontoführungsentgelt {mon}", "Entgeltabrechnung {m}/{y}"], en: ["MONTHLY ACCOUNT FEE", "ACCOUNT FEE"], fr: ["FRAIS TENUE DE COMPTE"], nl: ["Kosten betaalpakket"] },
    refund: { de: ["Erstattung", "Gutschrift Retoure"], en: ["REFUND"], fr: ["REMBOURSEMENT"], nl: ["Terugbetaling"] },
  },
  retired: {
    own: { de: ["Sparen {mon}", "Rücklage Urlaub", "Übertrag"], en: ["ONLINE TRANSFER TO SAV XXXX4821", "Savings pot"], fr: ["VIR VERS LIVRET A"], nl: ["Overboeking eigen rekening"] },
    bill: { de: ["VISA ABRECHNUNG {m}/{y}", "Kreditkarte Abrechnung {mon} {y}"], en: ["PAYMENT RECEIVED - THANK YOU", "CHASE CREDIT CRD AUTOPAY", "BARCLAYCARD PAYMENT"], fr: ["PRLV CARTE DIFFEREE"], nl: ["Afrekening creditcard"] },
    fee: { de: ["Abschluss {m}/{y}", "Entgelt Girokonto"], en: ["OVERDRAFT FEE", "SERVICE FEE"], fr: ["COTISATION CARTE"], nl: ["Rente en kosten"] },
    refund: { de: ["Rückerstattung", "Storno"], en: ["RETURN", "CARD REFUND"], fr: ["AVOIR"], nl: ["Restitutie"] },
  },
};

const merge = (a: Words, b: Words): Words =>
  Object.fromEntries((["own", "bill", "fee", "refund"] as const).map((k) => [k, Object.fromEntries(Object.keys(a[k]).map((l) => [l, [...(a[k][l] ?? []), ...(b[k][l] ?? [])]]))])) as unknown as Words;
const TUNING_ALL_WORDS: Words = [TUNING_WORDS.retired, ...RETIRED_POOLS.map((p) => p.words)].reduce(merge, TUNING_WORDS.tuning);
/** What the held-out rows draw from: pools-heldout.ts, or a waiting pool scored in its place (score-pool.ts). */
export interface HeldoutPool {
  shops: Record<Region, Shop[]>;
  recurring: Record<Region, Recurring[]>;
  words: Words;
}
const COMMITTED_HELDOUT: HeldoutPool = { shops: HELDOUT_SHOPS, recurring: HELDOUT_RECURRING, words: HELDOUT_WORDS };
const shopsOf = (pool: Pool, region: Region, heldout: HeldoutPool) => (pool === "heldout" ? heldout.shops[region] : [...SHOPS.tuning[region], ...SHOPS.retired[region], ...RETIRED_POOLS.flatMap((p) => p.shops[region])]);
const recurringOf = (pool: Pool, region: Region, heldout: HeldoutPool) => (pool === "heldout" ? heldout.recurring[region] : [...RECURRING.tuning[region], ...RECURRING.retired[region], ...RETIRED_POOLS.flatMap((p) => p.recurring[region])]);

const SPEND: Record<string, [number, number]> = {
  groceries: [4, 140], restaurants: [6, 75], fuel: [30, 95], transport: [2, 95], shopping: [8, 260], drugstore: [3, 45],
  subscriptions: [5, 18], health: [4, 60], travel: [25, 380], entertainment: [10, 60],
};

function money(rng: Rng, min: number, max: number): string {
  if (min === max) return min.toFixed(2);
  return (Math.round((min + rng.next() * (max - min)) * 100) / 100).toFixed(2);
}

function fill(template: string, d: Date, lang: string): string {
  const m = d.getUTCMonth();
  const mon = (lang === "de" ? MONTHS_DE : MONTHS_EN)[m] ?? "";
  return template.replaceAll("{m}", String(m + 1).padStart(2, "0")).replaceAll("{y}", String(d.getUTCFullYear())).replaceAll("{mon}", mon);
}

function caseNoise(rng: Rng, s: string): string {
  const x = rng.next();
  if (x < 0.2) return s.toUpperCase();
  if (x < 0.27) return s.toLowerCase().replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  return s;
}

// Bank-made bookings (card bills, fees) carry only a text.
const plain = (description: string): Fields => ({ counterpartyName: null, counterpartyIban: null, description, transactionType: null, mcc: null, merchant: null });

const fakeIban = (rng: Rng, cc: string) => `${cc}00${Array.from({ length: 18 }, () => rng.int(0, 9)).join("")}`;

function row(bank: Bank, i: number, rng: Rng, heldout: HeldoutPool): CorpusRow {
  const id = `${bank.name.toLowerCase().replace(/\W+/g, "-")}-${String(i).padStart(3, "0")}`;
  const split = splitOf(id);
  const date = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 660) * 86_400_000);
  const city = rng.pick(CITIES[bank.region]);
  const words = split === "heldout" ? heldout.words : TUNING_ALL_WORDS;
  const lang = bank.lang;
  const ctx = (amount: string, out: boolean): Ctx => ({ rng, date, amount, city, out });
  const base = { id, split, bank: bank.name, lang, date: date.toISOString().slice(0, 10) };
  const make = (fields: Fields, amount: string, merchant: string | null, category: string): CorpusRow => ({
    ...base, ...fields, amount, expected: { merchant, category, transfer: category === "transfers" || category === "savings" },
  });
  const x = bank.cardOnly ? Math.min(rng.next(), 0.6) + (rng.chance(0.05) ? 0.33 : 0) : rng.next();
  if (x < 0.56) {
    const shop = rng.pick(shopsOf(split, bank.region, heldout));
    const [lo, hi] = SPEND[shop.category] ?? [5, 80];
    const amount = money(rng, lo, hi);
    const fields = bank.card(caseNoise(rng, rng.pick(shop.names)), ctx(amount, true), shop.mcc);
    // Card networks pass the MCC to providers; in files only a few banks show it.
    if (bank.name === "Revolut" || bank.name === "Amex") fields.mcc = shop.mcc;
    return make(fields, `-${amount}`, shop.merchant, shop.category);
  }
  if (x < 0.6) {
    const shop = rng.pick(shopsOf(split, bank.region, heldout));
    const amount = money(rng, 5, 90);
    const fields = bank.card(rng.pick(shop.names), ctx(amount, false), shop.mcc);
    const word = rng.pick(words.refund[lang] ?? words.refund.en ?? []);
    fields.description = `${fields.description ?? ""} ${word}`.trim();
    return make(fields, amount, shop.merchant, "refunds");
  }
  if (x < 0.82) {
    const rec = rng.pick(recurringOf(split, bank.region, heldout));
    const amount = money(rng, rec.min, rec.max);
    const out = !rec.income;
    const fields = bank.sepa(rec.party, fill(rng.pick(rec.purposes), date, lang), fakeIban(rng, bank.region === "nl" ? "NL" : "DE"), ctx(amount, out));
    return make(fields, out ? `-${amount}` : amount, rec.merchant, rec.category);
  }
  if (x < 0.87) {
    const amount = String(rng.pick([20, 50, 100, 150, 200, 300])) + ".00";
    return make(bank.atm(ctx(amount, true)), `-${amount}`, "ATM", "cash");
  }
  if (x < 0.93) {
    const out = rng.chance(0.6);
    const amount = money(rng, 50, 1500);
    const purpose = fill(rng.pick(words.own[lang] ?? []), date, lang);
    const fields = bank.sepa(OWNER, purpose, rng.pick(OWN_IBANS), ctx(amount, out));
    return make(fields, out ? `-${amount}` : amount, null, "transfers");
  }
  if (x < 0.97) {
    const amount = money(rng, 150, 2400);
    const purpose = fill(rng.pick(words.bill[lang] ?? []), date, lang);
    return make(plain(purpose), `-${amount}`, null, "transfers");
  }
  const amount = money(rng, 1, 12);
  const purpose = fill(rng.pick(words.fee[lang] ?? []), date, lang);
  return make(plain(purpose), `-${amount}`, null, "fees");
}

export function generateCorpus(heldout: HeldoutPool = COMMITTED_HELDOUT): CorpusRow[] {
  const rng = seededRng(SEED);
  return BANKS.flatMap((bank) => Array.from({ length: ROWS_PER_BANK }, (_, i) => row(bank, i, rng, heldout)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = generateCorpus();
  const body = rows.map((r) => JSON.stringify(r)).join(",\n");
  const file = fileURLToPath(new URL("./transactions.json", import.meta.url));
  writeFileSync(file, `{"seed":${SEED},"ownIbans":${JSON.stringify(OWN_IBANS)},"rows":[\n${body}\n]}\n`);
  console.log(`${rows.length} rows written to ${file}`);
}
