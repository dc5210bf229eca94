// Keyword signals in German, English, French, Dutch, Spanish, Italian and bank
// jargon. Two groups, because they carry different weight (see categorize.ts):
// booking-type words say what kind of movement this is and outrank the
// merchant dictionary; content words only help when nothing better is known.
import { decimalAbs, decimalCmp, isDecimal } from "../format/decimal.ts";
import { foldText, foldUmlauts } from "./normalize.ts";

interface Signal {
  key: string;
  sign: "in" | "out" | "any";
  words: RegExp;
  /** Smallest absolute amount the signal applies to (a decimal string). */
  minAmount?: string;
}

// Whole folded words (umlaut spellings folded too: "GETRAENKE" = "Getränke"); German compounds are listed explicitly where needed.
const w = (...alts: string[]) => new RegExp(`(^| )(${alts.map(foldUmlauts).join("|")})( |$)`);

/** What kind of movement: payroll, cash from an ATM, money between own accounts. */
const BOOKING_TYPE: Signal[] = [
  // A fee for using a cash machine is a fee, not cash.
  { key: "fees", sign: "out", words: w("atm fee", "cash machine fee") },
  {
    key: "salary",
    sign: "in",
    words: w("gehalt", "lohn", "lohn gehalt", "gehalt lohn", "lohn gehalt rente", "gehalt rente", "bezuge", "bezuege", "besoldung", "salary", "payroll", "wages", "salaer", "salaire", "salario", "nomina", "salaris", "stipendio", "paycheck", "gehaltszahlung", "lohnzahlung", "gehaltsabrechnung"),
  },
  {
    key: "cash",
    sign: "out",
    words: w("bargeldauszahlung", "bargeldabhebung", "geldautomat", "gaa", "atm", "cash withdrawal", "bargeld", "auszahlung gaa", "cashpoint", "cash machine", "ga nr", "geldautomaat", "geldopname", "retrait dab", "retrait", "cajero", "bancomat", "prelievo", "cash advance"),
  },
  {
    // Own money moving: between own accounts, to savings, and credit-card bills
    // settled from the current account (the card's purchases are the spending).
    key: "transfers",
    sign: "any",
    words: w(
      "umbuchung", "ubertrag", "uebertrag", "eigenubertrag", "kontoubertrag", "own transfer", "transfer between accounts", "internal transfer",
      "tagesgeld", "tagesgeldkonto", "sparkonto", "to savings", "from savings", "transfer to savings", "transfer from savings", "savings pot", "pot transfer",
      "visa abrechnung", "kreditkartenabrechnung", "kreditkarten abrechnung", "kreditkarte", "ausgleich kreditkarte", "visa kartenabrechnung", "kartenabrechnung",
      "payment thank you", "autopay pymt", "autopay payment", "crd autopay", "amex payment", "amex epayment", "american express payment", "credit card payment",
      "virement interne", "virement compte epargne", "barclaycard payment", "carte differee", "payment received thank you", "transfer to sav", "transfer from sav", "ics creditcard", "facture carte", "compte epargne", "epargne", "livret", "vir interne", "ausgleich visa", "card online payment", "creditcard", "arrete carte", "barclaycard", "releve carte", "discover e payment", "own account", "to own account", "eigenes konto", "sparbuch", "savings transfer", "sparen", "rucklage", "rucklagen", "savings", "move to savings", "isa", "livret a", "spaarrekening", "eigen rekening", "creditcard afrekening", "top up", "topup", "money added", "exchanged to",
    ),
  },
];

/** What it was for, judged from words in the text. */
const CONTENT: Signal[] = [
  {
    key: "refunds",
    sign: "in",
    words: w("erstattung", "ruckerstattung", "rueckerstattung", "gutschrift retoure", "retoure", "rucksendung", "storno", "refund", "chargeback", "reversal", "card refund", "return", "remboursement", "rembt", "terugbetaling", "restitutie", "reembolso", "devolucion", "rimborso", "retour", "terugboeking", "ruckbuchung", "teruggave"),
  },
  {
    key: "rent",
    sign: "out",
    words: w(
      "miete", "kaltmiete", "warmmiete", "mietzahlung", "monatsmiete", "hausgeld", "wohnungsmiete", "rent", "rent payment", "monthly rent", "loyer", "huur", "alquiler", "affitto",
      "wohnungsbau", "wohnungsbaugesellschaft", "wohnungsgenossenschaft", "baugenossenschaft", "immobilien", "hausverwaltung", "weg", "vermieter", "vonovia", "deutsche wohnen", "leg wohnen", "gewobag", "degewo", "gesobau", "saga", "landlord", "letting agent", "lettings", "property management",
      "apartments", "apartment homes", "property mgmt", "realty", "leasing office",
    ),
  },
  {
    key: "fuel",
    sign: "out",
    words: w("tankstelle", "gas station", "petrol", "fuel", "carburant", "gasolinera", "benzina", "parkhaus", "parking", "car wash", "waschstrasse", "kfz werkstatt", "autowerkstatt"),
  },
  {
    key: "utilities",
    sign: "out",
    words: w(
      "strom", "stromabschlag", "abschlag", "gas", "erdgas", "gasabschlag", "wasser", "wassergeld", "drinkwater", "abwasser", "fernwarme", "heizkosten", "nebenkosten", "betriebskosten", "energie", "energy", "electricity", "electric", "water", "broadband", "internet", "dsl", "glasfaser", "mobilfunk", "handy", "handyvertrag", "telefon", "phone bill", "mobile phone",
      "electricite", "gaz", "eau", "stroom", "energierekening", "luz", "agua", "luce", "bolletta",
    ),
  },
  {
    key: "insurance",
    sign: "out",
    words: w("haftpflicht", "hausrat", "krankenkasse", "krankenversicherung", "kfz versicherung", "insurance", "assurance", "mutuelle", "verzekering", "zorgverzekering", "seguro", "assicurazione"),
  },
  {
    key: "taxes",
    sign: "out",
    words: w(
      "finanzamt", "steuer", "steuern", "einkommensteuer", "kfz steuer", "kraftfahrzeugsteuer", "grundsteuer", "gewerbesteuer", "hundesteuer", "umsatzsteuer", "tax", "taxes", "council tax", "income tax", "property tax",
      "impots", "impot", "belasting", "belastingen", "impuesto", "tasse", "rundfunk", "rundfunkbeitrag", "gez", "tv licence", "bussgeld", "verwarnungsgeld",
    ),
  },
  {
    key: "restaurants",
    sign: "out",
    words: w(
      "pizzeria", "trattoria", "ristorante", "osteria", "sushi", "doner", "doener", "kebab", "kebap", "imbiss", "cafe", "caffe", "kaffee", "coffee", "bistro", "brasserie", "restaurant", "restaurante", "gasthaus", "gaststatte", "wirtshaus", "biergarten", "brauhaus", "burger", "diner", "grill", "taqueria", "tapas", "ramen", "pho", "curry", "pub", "kneipe", "eiscafe", "eisdiele", "gelateria", "cafeteria", "mensa", "kantine", "canteen", "takeaway", "creperie", "pasticceria", "bakery cafe", "steakhouse", "noodle", "inn", "tavern", "deli", "delicatessen", "dim sum", "thai", "taverna", "taco", "tacos", "pizza", "eetcafe", "cafetaria", "snackbar",
    ),
  },
  { key: "health", sign: "out", words: w("optiker", "optik", "optician", "opticien", "brillen", "zahnarzt", "arztpraxis", "physiotherapie", "dentist", "pharmacy") },
  { key: "groceries", sign: "out", words: w("boulangerie", "bakery", "bakkerij", "panaderia", "metzgerei", "fleischerei", "boucherie", "supermarkt", "supermarket", "supermarche", "hofladen", "kiosk", "spati", "convenience store", "getranke", "getrankemarkt", "bakker") },
  { key: "shopping", sign: "out", words: w("schuhhaus", "schuhe", "shoes", "blumen", "blumenhaus", "blumenladen", "florist", "fleurop", "buchhandlung", "bookshop", "librairie", "boekhandel") },
  {
    key: "entertainment",
    sign: "out",
    words: w("fitness", "fitnessstudio", "gym", "yoga", "pilates", "crossfit", "boulderhalle", "kletterhalle", "schwimmbad", "sportverein", "kino", "cinema", "theater", "theatre", "museum", "konzert", "concert"),
  },
  {
    key: "fees",
    sign: "out",
    words: w("kontofuhrungsgebuhr", "kontofuhrung", "entgelt kontofuhrung", "sollzinsen", "uberziehungszinsen", "abschluss", "overdraft fee", "monthly fee", "account fee", "kontoabschluss", "entgeltabrechnung", "kontofuhrungsentgelt", "kosten betaalpakket", "frais tenue de compte", "frais bancaires", "bank charges", "entgelt", "entgelt girokonto", "service fee", "rente en kosten", "cotisation carte", "maintenance fee", "maintenance charge", "transaction fee", "kartengebuhr", "rechnungsabschluss", "grundpreis", "overdraft charge", "paid overdraft", "kosten betalingsverkeer", "commission intervention", "frais carte", "oranjepakket", "betaalpakket"),
  },
  { key: "savings", sign: "any", words: w("sparplan", "wertpapierkauf", "wertpapiere", "etf sparplan", "festgeld", "depot", "investment", "beleggen") },
  { key: "donations", sign: "out", words: w("spende", "donation", "charity", "donativo") },
  // A standing order of a rent-sized amount with nothing else said is rent.
  { key: "rent", sign: "out", words: w("dauerauftrag", "standing order", "dauerauftrag terminuberweisung"), minAmount: "300" },
];

export interface HeuristicSubject {
  amountSign: -1 | 0 | 1;
  /** The row's amount, for signals that only apply above a size. */
  amount?: string;
  texts: (string | null | undefined)[];
}

// comdirect's booking type for every outgoing transfer: "Übertrag" here says nothing about whose account.
const GENERIC_TRANSFER_TYPE = /(^| )ubertrag uberweisung( |$)/g;

function firstSignal(signals: Signal[], s: HeuristicSubject): string | null {
  const text = foldUmlauts(foldText(s.texts.filter(Boolean).join(" ")).replace(GENERIC_TRANSFER_TYPE, " "));
  for (const sig of signals) {
    if (sig.sign === "in" && s.amountSign <= 0) continue;
    if (sig.sign === "out" && s.amountSign >= 0) continue;
    if (sig.minAmount && !(s.amount && isDecimal(s.amount) && decimalCmp(decimalAbs(s.amount), sig.minAmount) >= 0)) continue;
    if (sig.words.test(text)) return sig.key;
  }
  return null;
}

export function bookingTypeCategory(s: HeuristicSubject): string | null {
  return firstSignal(BOOKING_TYPE, s);
}

export function contentCategory(s: HeuristicSubject): string | null {
  return firstSignal(CONTENT, s);
}
