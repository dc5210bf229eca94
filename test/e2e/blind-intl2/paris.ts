// Camille in Paris, thirteen months: BoursoBank (salary, prélèvements for rent,
// EDF, mutuelle, Navigo and Free, CB card rows) and a Wise card she tops up
// from BoursoBank and uses abroad (London in May in GBP, New York in August in
// USD, paid from her EUR balance). Files per bank-formats.md §1.2.
import { addDays, between, byDate, code, digits, get, iso, LAST_BOOKED, months, pad, payday, prng, quoted, weekday, type Event } from "./kit.ts";

export const BOURSO_OPENING = 184_520; // cents, on 31 Oct 2025
export const BOURSO_ACCOUNT = "00040754305";
const ME = "Camille Martin";

export function parisEvents(): Event[] {
  const r = prng(20_261_102);
  const ev: Event[] = [];
  const bourso = (date: string, cents: number, merchant: string | null, category: string, label: string, cat: string, parent: string, supplier: string, transfer = false) =>
    ev.push({ acct: "bourso", date, cents, merchant, category, transfer, raw: { label, cat, parent, supplier } });
  /** A CB row: "CARTE 12/10/26 <merchant> CB*7686", booked one or two weekdays later. */
  const carte = (y: number, m: number, d: number, cents: number, merchant: string, category: string, text: string, cat: string, parent: string, supplier: string) => {
    const paid = iso(y, m, d);
    const label = `CARTE ${paid.slice(8, 10)}/${paid.slice(5, 7)}/${paid.slice(2, 4)} ${text} CB*7686`;
    bourso(weekday(addDays(paid, 1 + (d % 2))), cents, merchant, category, label, cat, parent, supplier);
  };
  const wise = (created: string, cents: number, merchant: string | null, category: string, w: Record<string, string>, transfer = false) =>
    ev.push({ acct: "wise", date: created.slice(0, 10), cents, merchant, category, transfer, raw: { created, ...w } });
  const wiseCard = (created: string, target: number, currency: string, rate: string, name: string, merchant: string, category: string, wiseCat: string) => {
    const eur = currency === "EUR" ? target : Math.round(target / Number(rate));
    wise(created, -eur, merchant, category, { id: `CARD_TRANSACTION-${digits(r, 10)}`, dir: "OUT", src: ME, tgt: name, srcAmt: String(eur), tgtAmt: String(target), tgtCur: currency, rate, cat: wiseCat });
  };
  /** Money between BoursoBank and Wise, both sides; Wise receives the next weekday. */
  const toWise = (date: string, cents: number) => {
    bourso(date, -cents, null, "transfer", `VIR SEPA ${ME.toUpperCase()}`, "Virements émis de comptes à comptes", "Mouvements internes débiteurs", "", true);
    const arrives = weekday(addDays(date, 1));
    wise(`${arrives} 09:14:40`, cents, null, "transfer", { id: `TRANSFER-${digits(r, 10)}`, dir: "IN", src: ME, tgt: ME, srcAmt: String(cents), tgtAmt: String(cents), tgtCur: "EUR", rate: "1.0", cat: "" }, true);
  };

  for (const { y, m, i } of months()) {
    const day = (d: number) => weekday(iso(y, m, d));
    const y26 = y === 2026;
    bourso(day(5), -110_050, "Foncia", "rent", "PRLV SEPA FONCIA PARIS RIVE GAUCHE", "Loyers, charges", "Logement", "foncia");
    bourso(day(6), y26 ? -8_880 : -8_640, "Navigo", "transport", "PRLV SEPA COMUTITRES NAVIGO", "Transports en commun", "Voyages & Transports", "navigo");
    bourso(day(8), y26 ? -4_510 : -4_230, "Harmonie Mutuelle", "health insurance", "PRLV SEPA HARMONIE MUTUELLE", "Mutuelle", "Santé", "harmonie mutuelle");
    bourso(day(10), y26 && m >= 2 ? -7_150 : -6_400, "EDF", "utilities", "PRLV SEPA EDF clients particuliers", "Electricité, gaz", "Logement", "edf");
    bourso(day(14), -1_999, "Free Mobile", "phone", "PRLV SEPA FREE MOBILE", "Téléphonie (fixe et mobile)", "Abonnements", "free mobile");
    bourso(payday(iso(y, m, 27)), y26 && m >= 3 ? 294_000 : 285_000, "Acme France", "salary", "VIR SEPA ACME FRANCE SAS", "Salaires et revenus d'activité", "Revenus", "");

    const food = ["Alimentation", "Vie quotidienne"] as const;
    for (const d of [4, 18]) carte(y, m, d, -between(r, 1_800, 7_500), "Monoprix", "groceries", "MONOPRIX", ...food, "monoprix");
    carte(y, m, 11, -between(r, 900, 3_500), "Franprix", "groceries", "FRANPRIX 5082", ...food, "franprix");
    carte(y, m, 21, -between(r, 1_200, 4_000), "Carrefour City", "groceries", "CARREFOUR CITY PARIS", ...food, "carrefour city");
    // The baker's SumUp terminal prints its name two ways.
    for (const d of [7, 20]) {
      const text = i < 6 ? "SUMUP *BOULANGERIE JULIEN" : "SumUp  *Boulangerie Julien";
      carte(y, m, d, -between(r, 420, 1_150), "Boulangerie Julien", "bakery", text, "Non catégorisé", "Non catégorisé", "");
    }
    carte(y, m, 13, -between(r, 2_200, 4_800), "Le Bouillon Pigalle", "restaurants", "LE BOUILLON PIGALLE", "Restaurants, bars, discothèques", "Loisirs & Sorties", "bouillon pigalle");
    if (i % 2 === 1) carte(y, m, 23, -between(r, 4_500, 9_000), "Chez Janou", "restaurants", "CHEZ JANOU", "Restaurants, bars, discothèques", "Loisirs & Sorties", "");
    carte(y, m, 15, -between(r, 1_200, 6_500), "Amazon", "shopping", `AMZN Mktp FR*${code(r, 4)}`, "Achats en ligne", "Achats & Shopping", "amazon");
    if (i % 3 === 0) carte(y, m, 19, -between(r, 1_500, 4_500), "Amazon", "shopping", "AMAZON PAYMENTS", "Achats en ligne", "Achats & Shopping", "amazon");
    if ([0, 5, 8, 10, 11].includes(i)) wiseCard(`${iso(y, m, 17)} 22:41:07`, between(r, 1_200, 2_800), "EUR", "1.0", "Uber - Paris", "Uber", "transport", "Transport");
  }
  carte(2025, 11, 22, -3_990, "Uniqlo", "clothes", "UNIQLO OPERA", "Vêtements", "Achats & Shopping", "uniqlo");
  carte(2026, 4, 16, -5_980, "Uniqlo", "clothes", "UNIQLO OPERA", "Vêtements", "Achats & Shopping", "uniqlo");
  carte(2026, 10, 14, -64_900, "Fnac", "electronics", "FNAC ST LAZARE", "High-Tech", "Achats & Shopping", "fnac");

  toWise("2025-12-03", 40_000);
  // Some of it comes back before Christmas.
  wise("2025-12-22 16:03:12", -15_000, null, "transfer", { id: `TRANSFER-${digits(r, 10)}`, dir: "OUT", src: ME, tgt: ME, srcAmt: "15000", tgtAmt: "15000", tgtCur: "EUR", rate: "1.0", cat: "" }, true);
  bourso("2025-12-23", 15_000, null, "transfer", `VIR SEPA ${ME.toUpperCase()}`, "Virements reçus de comptes à comptes", "Mouvements internes créditeurs", "", true);
  toWise("2026-04-28", 50_000);
  toWise("2026-07-30", 60_000);
  toWise("2026-10-02", 30_000);

  // London in May (GBP) and New York in August (USD), paid from the EUR balance.
  const gbp = (d: string, t: number, name: string, merchant: string, cat: string, w: string) => wiseCard(d, t, "GBP", "0.8523", `${name} - London`, merchant, cat, w);
  gbp("2026-05-08 08:12:44", 685, "Pret A Manger", "Pret A Manger", "eating out", "Eating out");
  gbp("2026-05-08 09:40:02", 1_240, "Transport for London", "TfL", "transport", "Transport");
  gbp("2026-05-09 20:15:31", 3_450, "Flat Iron", "Flat Iron", "restaurants", "Eating out");
  gbp("2026-05-10 14:02:19", 1_899, "Waterstones", "Waterstones", "shopping", "Shopping");
  const usd = (d: string, t: number, name: string, merchant: string, cat: string, w: string) => wiseCard(d, t, "USD", "1.1642", `${name} - New York`, merchant, cat, w);
  usd("2026-08-12 13:30:05", 4_175, "Katz's Delicatessen", "Katz's Delicatessen", "restaurants", "Eating out");
  usd("2026-08-12 23:05:51", 3_820, "Uber", "Uber", "transport", "Transport");
  usd("2026-08-13 10:44:12", 1_249, "Duane Reade", "Duane Reade", "pharmacy", "Health");
  usd("2026-08-14 19:20:40", 1_450, "Joe's Pizza", "Joe's Pizza", "restaurants", "Eating out");

  return byDate(ev.filter((e) => e.date <= LAST_BOOKED));
}

/** "-1 100,50": space for thousands, comma decimals. */
function fr(cents: number): string {
  const abs = Math.abs(cents);
  const int = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${cents < 0 ? "-" : ""}${int},${pad(abs % 100)}`;
}
export const boursoClosing = (events: Event[]) => BOURSO_OPENING + events.filter((e) => e.acct === "bourso").reduce((a, e) => a + e.cents, 0);

/** BoursoBank export: UTF-8 with BOM, ';', ISO dates, newest first, the account balance (dot decimal) on every row. */
export function boursoCsv(events: Event[]): Buffer {
  const balance = boursoClosing(events);
  const bal = `${Math.floor(balance / 100)}.${pad(balance % 100)}`;
  const lines = ["dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;accountLabel;accountbalance"];
  for (const e of events.filter((x) => x.acct === "bourso").reverse()) {
    const [label, cat, parent, supplier] = ["label", "cat", "parent", "supplier"].map((k) => quoted(get(e.raw, k)));
    lines.push([e.date, e.date, label, cat, parent, supplier, fr(e.cents), quoted(""), BOURSO_ACCOUNT, quoted("BoursoBank"), bal].join(";"));
  }
  return Buffer.from(`\uFEFF${lines.join("\n")}\n`, "utf8");
}

const money = (cents: string) => `${Math.floor(Number(cents) / 100)}.${pad(Number(cents) % 100)}`;

/** Wise "transaction history": 21 columns, unsigned amounts, Direction IN/OUT, newest first. */
export function wiseCsv(events: Event[]): Buffer {
  const lines = ["ID,Status,Direction,Created on,Finished on,Source fee amount,Source fee currency,Target fee amount,Target fee currency,Source name,Source amount (after fees),Source currency,Target name,Target amount (after fees),Target currency,Exchange rate,Reference,Batch,Created by,Category,Note"];
  for (const e of events.filter((x) => x.acct === "wise").reverse()) {
    const w = e.raw;
    lines.push([get(w, "id"), "COMPLETED", get(w, "dir"), get(w, "created"), get(w, "created"), "0.00", "EUR", "", "", get(w, "src"), money(get(w, "srcAmt")), "EUR", get(w, "tgt"), money(get(w, "tgtAmt")), get(w, "tgtCur"), get(w, "rate"), "", "", ME, get(w, "cat"), ""].join(","));
  }
  return Buffer.from(`${lines.join("\n")}\n`, "utf8");
}
