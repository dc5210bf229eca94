// How each bank writes a card purchase, a SEPA/ACH payment and a cash
// withdrawal into the fields an importer fills (counterparty, description,
// booking type), following the shapes of bank-formats.md §1 and §3.
import { splitBuchungstext } from "../../connectors/file-import/comdirect-text.ts";
import type { Rng } from "./rng.ts";
import type { Region } from "./pools.ts";

export interface Fields {
  counterpartyName: string | null;
  counterpartyIban: string | null;
  description: string | null;
  transactionType: string | null;
  mcc: string | null;
  merchant: string | null;
}

export interface Ctx {
  rng: Rng;
  date: Date;
  /** Absolute amount, "12.34". */
  amount: string;
  city: string;
  out: boolean;
}

export interface Bank {
  name: string;
  lang: "de" | "en" | "fr" | "nl";
  region: Region;
  card(name: string, c: Ctx, mcc: string): Fields;
  /** A transfer or direct debit with a named party and a purpose line. */
  sepa(party: string, purpose: string, iban: string, c: Ctx): Fields;
  atm(c: Ctx): Fields;
  /** A card account (Amex): no rent or salary, no ATM, only card rows and the bill. */
  cardOnly?: boolean;
}

const p2 = (n: number) => String(n).padStart(2, "0");
const dmy = (d: Date) => `${p2(d.getUTCDate())}.${p2(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const hms = (r: Rng) => `${p2(r.int(7, 21))}:${p2(r.int(0, 59))}:${p2(r.int(0, 59))}`;
const digits = (r: Rng, n: number) => Array.from({ length: n }, () => r.int(0, 9)).join("");
const MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const f = (o: Partial<Fields>): Fields => ({ counterpartyName: null, counterpartyIban: null, description: null, transactionType: null, mcc: null, merchant: null, ...o });
const up = (s: string) => s.toUpperCase();
const pad = (s: string, n: number) => s.padEnd(n, " ");

export const BANKS: Bank[] = [
  {
    name: "comdirect", lang: "de", region: "de",
    card: (n, c) => {
      const text = c.rng.chance(0.5)
        ? ` Buchungstext: ${n}, ${up(c.city)} DE Karte Nr. 4871 78XX XXXX ${digits(c.rng, 4)} Kartenzahlung comdirect Visa-Debitkarte ${iso(c.date)} 00:00:00 Ref. ${digits(c.rng, 6)}XX0X/${digits(c.rng, 5)}`
        : `Kto/IBAN: ${digits(c.rng, 10)}  Buchungstext: ${up(n)}//${up(c.city)}/DE ${iso(c.date)}T${hms(c.rng)} `;
      const p = splitBuchungstext(text);
      return f({ counterpartyName: p.name, description: p.description, transactionType: "Kartenverfügung" });
    },
    sepa: (party, purpose, iban, c) => {
      const p = splitBuchungstext(`${c.out ? "Empfänger" : "Auftraggeber"}: ${party}Kto/IBAN: ${iban} BLZ/BIC: COBADEFFXXX Buchungstext: ${purpose} Ref. ZZ${digits(c.rng, 10)}/${digits(c.rng, 4)}`);
      return f({ counterpartyName: p.name, counterpartyIban: p.iban, description: p.description, transactionType: c.out ? "Übertrag / Überweisung" : "Gutschrift" });
    },
    atm: (c) => f({ description: `Auszahlung GAA ${digits(c.rng, 4)} ${up(c.city)} ${dmy(c.date)}`, transactionType: "Auszahlung GAA" }),
  },
  {
    name: "DKB", lang: "de", region: "de",
    card: (n, c) => f({
      counterpartyName: c.rng.chance(0.5) ? `${n}/${up(c.city)}//DE` : `${pad(n, 25)}${pad(c.city, 14)}DE`,
      description: c.rng.chance(0.5) ? `${iso(c.date)} Debitk.99 VISA Debit` : `${iso(c.date)}T${hms(c.rng).slice(0, 5)} Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)`,
      transactionType: "Ausgang",
    }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose, transactionType: c.out ? "Ausgang" : "Eingang" }),
    atm: (c) => f({ description: `${iso(c.date)} Debitk.99 Bargeldauszahlung GAA ${up(c.city)}`, transactionType: "Ausgang" }),
  },
  {
    name: "ING DE", lang: "de", region: "de",
    card: (n, c) => f({
      counterpartyName: `VISA ${up(n)} ${digits(c.rng, 4)}`,
      description: `NR XXXX ${digits(c.rng, 4)} ${up(c.city).slice(0, 12)} DE KAUFUMSATZ ${dmy(c.date).slice(0, 5)} ${c.amount} ${digits(c.rng, 6)} ARN${digits(c.rng, 23)}`,
      transactionType: "Lastschrift",
    }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose, transactionType: c.out ? c.rng.pick(["Lastschrift", "Dauerauftrag / Terminueberweisung", "Ueberweisung"]) : "Gutschrift" }),
    atm: (c) => f({ counterpartyName: `VISA GELDAUTOMAT ${up(c.city)}`, description: `NR XXXX ${digits(c.rng, 4)} ${up(c.city)} DE BARGELDAUSZAHLUNG ${dmy(c.date).slice(0, 5)}`, transactionType: "Lastschrift" }),
  },
  {
    name: "Sparkasse", lang: "de", region: "de",
    card: (n, c) => f({ counterpartyName: `${up(n)}//${up(c.city)}/DE`, description: `${iso(c.date)}T${hms(c.rng).slice(0, 5)} Debitk.2 2027-12 `, transactionType: "KARTENZAHLUNG" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose, transactionType: c.out ? c.rng.pick(["FOLGELASTSCHRIFT", "DAUERAUFTRAG", "ONLINE-UEBERWEISUNG"]) : "GUTSCHR. UEBERWEISUNG" }),
    atm: (c) => f({ counterpartyName: `GA NR${digits(c.rng, 8)} BLZ${digits(c.rng, 8)}`, description: `GELDAUTOMAT ${dmy(c.date)} ${up(c.city)}`, transactionType: "BARGELDAUSZAHLUNG" }),
  },
  {
    name: "Postbank", lang: "de", region: "de",
    card: (n, c) => f({ counterpartyName: n.slice(0, 20), description: `${up(n).slice(0, 19)}/HAUPTSTR. ${c.rng.int(1, 120)}/${up(c.city)}/DE ${p2(c.date.getUTCDate())}-${p2(c.date.getUTCMonth() + 1)}-${c.date.getUTCFullYear()}T${hms(c.rng)} Folgenr. ${p2(c.rng.int(1, 20))} Verfalld. 1229`, transactionType: "Kartenzahlung" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose, transactionType: c.out ? c.rng.pick(["SEPA Lastschrift", "SEPA Überweisung (Dauerauftrag)", "SEPA Überweisung"]) : "SEPA-Gutschrift" }),
    atm: (c) => f({ description: `Bargeldauszahlung GAA ${up(c.city)} ${dmy(c.date)}`, transactionType: "Bargeldauszahlung" }),
  },
  {
    name: "Commerzbank", lang: "de", region: "de",
    card: (n, c) => f({ description: `Kartenzahlung ${up(n)}. ${digits(c.rng, 8)}//${c.city} ${iso(c.date)}T${hms(c.rng)} KFN 1 VJ 2812`, transactionType: "Lastschrift" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: `${purpose} End-to-End-Ref.: ${digits(c.rng, 12)} Mandatsref: M${digits(c.rng, 6)}`, transactionType: c.out ? "Lastschrift" : "Gutschrift" }),
    atm: (c) => f({ description: `Bargeldauszahlung Commerzbank ${digits(c.rng, 4)} ${c.city} ${iso(c.date)}T${hms(c.rng)}`, transactionType: "Auszahlung" }),
  },
  {
    name: "Volksbank", lang: "de", region: "de",
    card: (n, c) => f({ counterpartyName: n, description: `${up(c.city)} ${digits(c.rng, 3)}/HAUPTSTR. ${c.rng.int(1, 99)}/${up(c.city)}/DE ${dmy(c.date)} um ${hms(c.rng)} Uhr ${digits(c.rng, 8)}/${digits(c.rng, 6)}/ECTL/`, transactionType: "Kartenzahlung girocard" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: `${purpose} EREF: ${digits(c.rng, 10)} IBAN: ${iban} BIC: GENODEF1XXX`, transactionType: c.out ? c.rng.pick(["Basislastschrift", "DAUERAUFTRAG", "Überweisungsauftrag"]) : "Gutschrift" }),
    atm: (c) => f({ description: `Bargeldauszahlung ${dmy(c.date)} um ${hms(c.rng)} Uhr`, transactionType: "Auszahlung Geldautomat" }),
  },
  {
    name: "N26", lang: "de", region: "de",
    card: (n) => f({ counterpartyName: n, transactionType: "MasterCard Payment" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose, transactionType: c.out ? c.rng.pick(["Outgoing Transfer", "Direct Debit"]) : "Income" }),
    atm: (c) => f({ counterpartyName: `ATM ${c.city}`, transactionType: "Cash withdrawal" }),
  },
  {
    name: "Revolut", lang: "en", region: "de",
    card: (n) => f({ description: n, transactionType: "Card Payment" }),
    sepa: (party, purpose, _iban, c) => f({ description: c.out ? `To ${party}` : `Payment from ${party}`, transactionType: "Transfer" }),
    atm: (c) => f({ description: `Cash at ${up(c.city)} ATM`, transactionType: "ATM" }),
  },
  {
    name: "Wise", lang: "en", region: "de",
    card: (n, c) => f({ counterpartyName: `${n} - ${c.city}`, description: `Card transaction of ${c.amount} EUR issued by ${n}`, transactionType: "OUT" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose, transactionType: c.out ? "OUT" : "IN" }),
    atm: (c) => f({ description: `Cash withdrawal ${up(c.city)}`, transactionType: "OUT" }),
  },
  {
    name: "PayPal", lang: "de", region: "de",
    card: (n, c) => f({ counterpartyName: n, description: c.rng.pick(["PayPal Express-Zahlung", "Handyzahlung", "Zahlung im Einzugsverfahren mit Zahlungsrechnung"]), transactionType: "PayPal Express-Zahlung" }),
    sepa: (party, purpose, _iban, c) => f({ counterpartyName: party, description: purpose, transactionType: c.out ? "Allgemeine Zahlung" : "Zahlung erhalten" }),
    atm: (c) => f({ description: `Bargeldauszahlung ${c.city}` }),
  },
  {
    name: "bunq", lang: "nl", region: "nl",
    card: (n, c) => f({ counterpartyName: up(n), description: c.rng.chance(0.3) ? `${up(n)} ${digits(c.rng, 3)}-${digits(c.rng, 7)}, US ${c.amount} USD, 1 USD = 0.88241 EUR` : `${n} ${c.city}, NL` }),
    sepa: (party, purpose, iban) => f({ counterpartyName: party, counterpartyIban: iban, description: purpose }),
    atm: (c) => f({ description: `Geldopname ${c.city}, NL` }),
  },
  {
    name: "ING NL", lang: "nl", region: "nl",
    card: (n, c) => f({ counterpartyName: `${n} ${digits(c.rng, 4)}`, description: `Pasvolgnr: 001 ${p2(c.date.getUTCDate())}-${p2(c.date.getUTCMonth() + 1)}-${c.date.getUTCFullYear()} ${hms(c.rng).slice(0, 5)} Transactie: ${digits(c.rng, 6)} Term: AB${digits(c.rng, 3)}C`, transactionType: "Betaalautomaat" }),
    sepa: (party, purpose, iban, c) => f({ counterpartyName: party, counterpartyIban: iban, description: `Naam: ${party} Omschrijving: ${purpose} IBAN: ${iban}`, transactionType: c.out ? c.rng.pick(["Incasso", "Overschrijving"]) : "Overschrijving" }),
    atm: (c) => f({ counterpartyName: `GELDAUTOMAAT ${up(c.city)}`, description: `Pasvolgnr: 001 ${p2(c.date.getUTCDate())}-${p2(c.date.getUTCMonth() + 1)}-${c.date.getUTCFullYear()} Term: AB${digits(c.rng, 3)}C`, transactionType: "Geldautomaat" }),
  },
  {
    name: "ABN AMRO", lang: "nl", region: "nl",
    card: (n, c) => f({ description: `BEA   NR:XXX${digits(c.rng, 3)}   ${dmy(c.date).slice(0, 6)}${String(c.date.getUTCFullYear()).slice(2)}/${hms(c.rng).slice(0, 5).replace(":", ".")} ${n} ${c.city},PAS${digits(c.rng, 3)}` }),
    sepa: (party, purpose, iban) => f({ counterpartyName: party, counterpartyIban: iban, description: `/TRTP/SEPA OVERBOEKING/IBAN/${iban}/BIC/ABNANL2A/NAME/${party}/REMI/${purpose}/EREF/NOTPROVIDED` }),
    atm: (c) => f({ description: `GEA   NR:XXX${digits(c.rng, 3)}   ${dmy(c.date).slice(0, 6)} GELDAUTOMAAT ${c.city}` }),
  },
  {
    name: "Boursorama", lang: "fr", region: "fr",
    card: (n, c) => f({ description: `CARTE ${p2(c.date.getUTCDate())}/${p2(c.date.getUTCMonth() + 1)}/${String(c.date.getUTCFullYear()).slice(2)} ${up(n)} CB*${digits(c.rng, 4)}` }),
    sepa: (party, purpose, _iban, c) => f({ description: `${c.out ? c.rng.pick(["PRLV SEPA", "VIR SEPA"]) : "VIR SEPA"} ${party} ${purpose}` }),
    atm: (c) => f({ description: `RETRAIT DAB ${p2(c.date.getUTCDate())}/${p2(c.date.getUTCMonth() + 1)}/${String(c.date.getUTCFullYear()).slice(2)} ${up(c.city)} CB*${digits(c.rng, 4)}` }),
  },
  {
    name: "Monzo", lang: "en", region: "uk",
    card: (n, c) => f({ description: `${pad(up(n), 23)}${pad(up(c.city), 14)}GBR`, transactionType: "Card payment" }),
    sepa: (party, purpose, _iban, c) => f({ counterpartyName: party, description: purpose, transactionType: c.out ? c.rng.pick(["Faster payment", "Direct Debit"]) : "Faster payment" }),
    atm: (c) => f({ description: `CASH WITHDRAWAL ${up(c.city)} GBR`, transactionType: "Cash" }),
  },
  {
    name: "Barclays", lang: "en", region: "uk",
    card: (n, c) => f({ description: `${up(n)} ${c.rng.chance(0.5) ? `${digits(c.rng, 4)}   ` : ""}ON ${p2(c.date.getUTCDate())} ${MON[c.date.getUTCMonth()]}          ${c.rng.pick(["BCC", "CPM"])}`, transactionType: "Debit" }),
    sepa: (party, purpose, _iban, c) => f({ description: `${party} ${purpose} ${c.out ? c.rng.pick(["DDR", "STO", "FT"]) : "BGC"}`, transactionType: c.out ? "PAYMENT" : "DIRECTDEP" }),
    atm: (c) => f({ description: `CASH WITHDRAWAL ${up(c.city)} ON ${p2(c.date.getUTCDate())} ${MON[c.date.getUTCMonth()]}`, transactionType: "Debit" }),
  },
  {
    name: "HSBC", lang: "en", region: "uk",
    card: (n, c) => f({ description: `${c.rng.pick([")))", "VIS"])} ${up(n)} ${up(c.city)}` }),
    sepa: (party, purpose, _iban, c) => f({ description: `${c.out ? c.rng.pick(["DD", "SO"]) : "CR"} ${party} ${purpose}` }),
    atm: (c) => f({ description: `ATM ${up(c.city)} ${p2(c.date.getUTCDate())}${MON[c.date.getUTCMonth()]}` }),
  },
  {
    name: "Chase", lang: "en", region: "us",
    card: (n, c) => f({ description: `${up(n)} ${c.rng.chance(0.6) ? `#${digits(c.rng, 4)} ` : ""}${up(c.city)} ${c.rng.pick(["NY", "CA", "WA", "TX"])}`, transactionType: "DEBIT_CARD" }),
    sepa: (party, purpose, _iban, c) => f({ description: c.out ? `ORIG CO NAME:${party}  CO ENTRY DESCR:${purpose}  SEC:WEB IND ID:${digits(c.rng, 6)} IND NAME:JANE DOE` : `${party} ${purpose} PPD ID: ${digits(c.rng, 10)}`, transactionType: c.out ? "ACH_DEBIT" : "ACH_CREDIT" }),
    atm: (c) => f({ description: `ATM WITHDRAWAL ${digits(c.rng, 6)} ${p2(c.date.getUTCMonth() + 1)}/${p2(c.date.getUTCDate())} ${up(c.city)} NY`, transactionType: "ATM" }),
  },
  {
    name: "Bank of America", lang: "en", region: "us",
    card: (n, c) => f({ description: `CHECKCARD ${p2(c.date.getUTCMonth() + 1)}${p2(c.date.getUTCDate())} ${up(n)} ${up(c.city)} CA ${digits(c.rng, 23)}` }),
    sepa: (party, purpose, _iban, c) => f({ description: `${party} DES:${purpose} ID:XXXXX${digits(c.rng, 8)} INDN:JANE DOE CO ID:XXXXX${digits(c.rng, 5)} ${c.out ? "WEB" : "PPD"}` }),
    atm: (c) => f({ description: `BKOFAMERICA ATM ${p2(c.date.getUTCMonth() + 1)}/${p2(c.date.getUTCDate())} #${digits(c.rng, 6)} WITHDRWL ${up(c.city)} CA` }),
  },
  {
    name: "Wells Fargo", lang: "en", region: "us",
    card: (n, c) => f({ description: `PURCHASE AUTHORIZED ON ${p2(c.date.getUTCMonth() + 1)}/${p2(c.date.getUTCDate())} ${up(n)} ${up(c.city)} ${c.rng.pick(["CA", "FL", "MD"])} S${digits(c.rng, 15)} CARD ${digits(c.rng, 4)}` }),
    sepa: (party, purpose, _iban, c) => f({ description: `${party} ${purpose} ${p2(c.date.getUTCMonth() + 1)}${p2(c.date.getUTCDate())} ${digits(c.rng, 8)} JANE DOE` }),
    atm: (c) => f({ description: `ATM WITHDRAWAL AUTHORIZED ON ${p2(c.date.getUTCMonth() + 1)}/${p2(c.date.getUTCDate())} ${up(c.city)} CA ${digits(c.rng, 10)} ATM ID ${digits(c.rng, 4)} CARD ${digits(c.rng, 4)}` }),
  },
  {
    name: "Amex", lang: "en", region: "us", cardOnly: true,
    card: (n, c) => f({ description: `${pad(up(n), 20)}${pad(up(c.city), 15)}${c.rng.pick(["NY", "CA", "WA"])}` }),
    sepa: (party, purpose) => f({ description: `${party} ${purpose}` }),
    atm: (c) => f({ description: `CASH ADVANCE ${up(c.city)}` }),
  },
];
