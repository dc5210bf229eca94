// An English expat in Lyon: BoursoBank (main EUR account, salary, rent, bills),
// Revolut (EUR with a GBP pocket, top-ups, exchanges), Wise (EUR and USD
// balances) and the Nationwide FlexAccount kept from home. Every file is written
// from one list of logical events, in the exact shape bank-formats.md documents
// (§1.2 Revolut, Wise, Boursorama/BoursoBank; §1.3 Nationwide).
import { CURRENCY, closing, isBooked, OPENING, type Category, type Event } from "./events.ts";

export * from "./events.ts";

// ---------------------------------------------------------------- formatting

const pad = (n: number) => String(n).padStart(2, "0");
/** 123456 -> "1234.56" (no thousands), sign kept. */
function plain(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? "-" : ""}${Math.floor(abs / 100)}.${pad(abs % 100)}`;
}
function grouped(cents: number, sep: string, dec: string): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return `${cents < 0 ? "-" : ""}${int}${dec}${pad(abs % 100)}`;
}
function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** A stable time of day per event, so files look like real exports. */
function timeOf(e: Event, offsetMin = 0): string {
  const minutes = (8 * 60 + ((e.n * 97) % (13 * 60)) + offsetMin) % (24 * 60);
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:${pad((e.n * 37) % 60)}`;
}
const byDateAsc = (a: Event, b: Event) => a.date.localeCompare(b.date) || a.n - b.n;
const csvField = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

// ---------------------------------------------------------------- BoursoBank

const BOURSO_CATEGORY: Record<Category, [string, string]> = {
  groceries: ["Alimentation", "Vie quotidienne"],
  restaurants: ["Restaurants, bars, discothèques…", "Loisirs et sorties"],
  transport: ["Transports quotidiens (métro, bus…)", "Auto et transports"],
  rent: ["Loyers, charges", "Logement"],
  utilities: ["Energie (électricité, gaz, fuel, chauffage…)", "Logement"],
  internet: ["Téléphonie (fixe et mobile), internet", "Abonnements & téléphonie"],
  phone: ["Téléphonie (fixe et mobile), internet", "Abonnements & téléphonie"],
  insurance: ["Assurances", "Logement"],
  subscriptions: ["Abonnements - Autres", "Abonnements & téléphonie"],
  shopping: ["Multimédia à domicile", "Achats et shopping"],
  cash: ["Retraits d'espèces", "Retraits, chèques et virements"],
  income: ["Salaires et revenus d'activité", "Revenus"],
  transfer: ["Virements émis de comptes à comptes", "Mouvements internes débiteurs"],
};

function boursoLabel(e: Event): string {
  const [y, m, d] = shiftDate(e.date, -1).split("-");
  const cardDate = `${d}/${m}/${y!.slice(2)}`;
  if (e.cash) return `RETRAIT DAB ${cardDate} ${e.text} CB*7686`;
  if (e.refund) return `AVOIR ${cardDate} ${e.text} CB*7686`;
  if (e.card) return `CARTE ${cardDate} ${e.text} CB*7686`;
  return e.text;
}

/** BoursoBank export: UTF-8 with BOM, `;`, text quoted, ISO dates, `-1 100,50` amounts, balance with a dot, newest first. */
export function boursoCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "bourso").sort(byDateAsc).reverse();
  const balance = plain(closing(events, "bourso"));
  const lines = ["dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance"];
  for (const e of rows) {
    const [cat, parent] = BOURSO_CATEGORY[e.category];
    const supplier = e.card || /PRLV/.test(e.text) ? e.merchant.toLowerCase().replace(/ \(.*\)$/, "") : "";
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    lines.push([e.date, e.date, q(boursoLabel(e)), q(cat), q(parent), q(e.cash ? "" : supplier), grouped(e.cents, " ", ","), "", "00040754305", q("BoursoBank"), balance].join(";"));
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\n") + "\n", "utf8")]);
}

// ---------------------------------------------------------------- Revolut

function revolutType(e: Event): string {
  if (e.conversion) return "Exchange";
  if (e.transfer) return "Topup";
  if (e.cash) return "ATM";
  if (e.refund) return "Card Refund";
  return "Card Payment";
}

/** Revolut account statement: EN header, title-case types, EUR and GBP in one file, running balance per currency, oldest first. */
export function revolutCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "revolut-eur" || e.acct === "revolut-gbp").sort(byDateAsc);
  const balance: Record<string, number> = { "revolut-eur": OPENING["revolut-eur"], "revolut-gbp": OPENING["revolut-gbp"] };
  const lines = ["Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"];
  for (const e of rows) {
    // Both legs of an exchange carry the same moment, as in a real export.
    const at = e.conversion ? "10:15:42" : timeOf(e);
    const started = `${e.date} ${at}`;
    const completedOn = e.card && !e.cash ? shiftDate(e.date, 1) : e.date;
    const booked = isBooked(e);
    if (booked) balance[e.acct] = balance[e.acct]! + e.cents - (e.fee ?? 0);
    const state = e.pending ? "PENDING" : e.voided ? "REVERTED" : "COMPLETED";
    lines.push([
      revolutType(e), "Current", started, booked ? `${completedOn} ${e.conversion ? at : timeOf(e, 53)}` : "", csvField(e.text),
      plain(e.cents), plain(e.fee ?? 0), CURRENCY[e.acct], state, booked ? plain(balance[e.acct]!) : "",
    ].join(","));
  }
  return Buffer.from(lines.join("\n") + "\n", "utf8");
}

// ---------------------------------------------------------------- Wise

const WISE_CATEGORY: Partial<Record<Category, string>> = {
  groceries: "Groceries", restaurants: "Eating out", transport: "Transport", cash: "Cash", income: "Money added", transfer: "Money added",
};

/** Wise "Transaction history" CSV (21 columns): unsigned amounts, Direction IN/OUT/NEUTRAL, newest first. */
export function wiseCsv(events: Event[]): Buffer {
  const me = "Emma Clarke";
  const lines = ["ID,Status,Direction,Created on,Finished on,Source fee amount,Source fee currency,Target fee amount,Target fee currency,Source name,Source amount (after fees),Source currency,Target name,Target amount (after fees),Target currency,Exchange rate,Reference,Batch,Created by,Category,Note"];
  const rows = events.filter((e) => e.acct === "wise-eur" || e.acct === "wise-usd").sort(byDateAsc).reverse();
  const usdLegOf = (eurLeg: Event) => rows.find((r) => r.acct === "wise-usd" && r.conversion && r.date === eurLeg.date)!;
  for (const e of rows) {
    if (e.conversion && e.acct === "wise-usd") continue; // written with its EUR leg, as one row
    const cur = CURRENCY[e.acct];
    const when = `${e.date} ${timeOf(e)}`;
    const status = e.voided ? "CANCELLED" : "COMPLETED";
    const amount = plain(Math.abs(e.cents));
    const fee = plain(e.fee ?? 0);
    const cat = WISE_CATEGORY[e.category] ?? "General";
    let cols: string[];
    if (e.conversion) {
      const usd = usdLegOf(e);
      // rate = target / source, 5 decimals, as Wise prints it
      const rate = (BigInt(usd.cents) * 1_000_000n) / BigInt(-e.cents);
      const rateText = `${rate / 1_000_000n}.${String((rate % 1_000_000n + 5n) / 10n).padStart(5, "0")}`;
      cols = [`BALANCE-${4_100_000 + e.n}`, status, "NEUTRAL", when, when, fee, cur, "", "", me, amount, cur, me, plain(usd.cents), "USD", rateText, "", "", me, "", ""];
    } else if (e.cents > 0) {
      const payer = e.transfer ? me : e.text;
      cols = [`TRANSFER-${1_800_000_000 + e.n}`, status, "IN", when, when, fee, cur, "", "", payer, amount, cur, me, amount, cur, "1.0", e.transfer ? "" : "Invoice 2026-06", "", payer, cat, ""];
    } else {
      cols = [`CARD_TRANSACTION-${2_900_000 + e.n}`, status, "OUT", when, e.voided ? "" : when, fee, cur, "", "", me, amount, cur, e.text, amount, cur, "1.0", "", "", me, cat, ""];
    }
    lines.push(cols.map(csvField).join(","));
  }
  return Buffer.from(lines.join("\n") + "\n", "utf8");
}

// ---------------------------------------------------------------- Nationwide

const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const gbp = (cents: number) => `£${grouped(cents, ",", ".")}`;

function nationwideType(e: Event): string {
  if (e.transfer) return e.cents < 0 ? "Transfer to" : "Transfer from";
  if (e.income) return "Bank credit";
  if (e.card) return e.merchant === "Amazon" ? "Visa purchase" : "Contactless Payment";
  return "Direct debit";
}

/** Nationwide FlexAccount CSV: 3-line preamble, all quoted, `DD Mon YYYY`, `£` with thousands commas, Paid out / Paid in, Windows-1252, oldest first. */
export function nationwideCsv(events: Event[]): Buffer {
  const rows = events.filter((e) => e.acct === "nationwide").sort(byDateAsc);
  const end = closing(events, "nationwide");
  const q = (s: string) => `"${s}"`;
  const lines = [
    `${q("Account Name:")},${q("FlexAccount ****12345")}`,
    `${q("Account Balance:")},${q(gbp(end))}`,
    `${q("Available Balance: ")},${q(gbp(end))}`,
    "",
    ["Date", "Transaction type", "Description", "Paid out", "Paid in", "Balance"].map(q).join(","),
  ];
  let bal = OPENING.nationwide;
  for (const e of rows) {
    bal += e.cents;
    const [y, m, d] = e.date.split("-");
    lines.push([`${d} ${MON[Number(m) - 1]} ${y}`, nationwideType(e), e.text, e.cents < 0 ? gbp(-e.cents) : "", e.cents > 0 ? gbp(e.cents) : "", gbp(bal)].map(q).join(","));
  }
  return Buffer.from(lines.join("\n") + "\n", "latin1"); // £ is 0xA3 in Windows-1252 and Latin-1 alike
}
