// The expat's money as logical events, one list for all four files (see statements.ts).
// Amounts are integer minor units in the account's own currency.

export type Acct = "bourso" | "revolut-eur" | "revolut-gbp" | "wise-eur" | "wise-usd" | "nationwide";
export type Currency = "EUR" | "GBP" | "USD";
export type Category =
  | "groceries" | "restaurants" | "transport" | "rent" | "utilities" | "internet" | "phone" | "insurance"
  | "subscriptions" | "shopping" | "cash" | "income" | "transfer";

export const CURRENCY: Record<Acct, Currency> = {
  bourso: "EUR", "revolut-eur": "EUR", "revolut-gbp": "GBP", "wise-eur": "EUR", "wise-usd": "USD", nationwide: "GBP",
};

export interface Event {
  n: number;
  date: string; // the booking date (YYYY-MM-DD)
  acct: Acct;
  cents: number; // signed, in the account's currency, fees excluded
  fee?: number; // positive, charged on top in the account's currency
  merchant: string; // as a person names it
  text: string; // what the bank writes (descriptor, payee)
  category: Category;
  transfer?: boolean; // between the person's own accounts
  conversion?: boolean; // a currency exchange between own balances (both legs are events)
  cardBill?: boolean;
  salary?: boolean;
  income?: boolean; // salary, rent from the UK flat, a freelance invoice
  refund?: boolean;
  pending?: boolean;
  voided?: boolean; // Revolut REVERTED, Wise CANCELLED: never happened
  cash?: boolean;
  bakery?: boolean; // groceries to some people, eating out to others
  delivery?: boolean; // food delivery: eating out to most, its own category to some
  card?: boolean;
}

export const OPENING: Record<Acct, number> = {
  bourso: 234_000, "revolut-eur": 12_000, "revolut-gbp": 0, "wise-eur": 0, "wise-usd": 0, nationwide: 187_000,
};

export const MONTHS = ["2025-12", "2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"] as const;

export function buildEvents(): Event[] {
  const out: Event[] = [];
  const add = (acct: Acct, date: string, cents: number, merchant: string, text: string, category: Category, flags: Partial<Event> = {}) =>
    out.push({ n: out.length + 1, date, acct, cents, merchant, text, category, ...flags });
  const card = { card: true };

  MONTHS.forEach((ym, i) => {
    const [y, m] = ym.split("-") as [string, string];
    // BoursoBank: rent by transfer, bills by direct debit, salary, card spending.
    add("bourso", `${ym}-03`, -95_000, "Rent (M. Durand)", `VIR SEPA DURAND PIERRE LOYER ${m}/${y}`, "rent");
    const toRevolut = [30_000, 30_000, 40_000, 30_000, 30_000, 35_000, 30_000][i]!;
    const revolutDay = ["06", "07", "06", "08", "06", "07", "06"][i]!;
    add("bourso", `${ym}-05`, -toRevolut, "Revolut", "VIR SEPA EMMA CLARKE", "transfer", { transfer: true });
    add("revolut-eur", `${ym}-${revolutDay}`, toRevolut, "BoursoBank", "Payment from Mme Emma Clarke", "transfer", { transfer: true });
    add("bourso", `${ym}-10`, -[8_900, 9_400, 9_400, 7_600, 6_200, 5_100, 4_800][i]!, "EDF", "PRLV SEPA EDF clients particuliers", "utilities");
    add("bourso", `${ym}-15`, -[6_400, 7_100, 6_900, 5_200, 3_800, 2_900, 2_600][i]!, "Engie", "PRLV SEPA ENGIE", "utilities");
    add("bourso", `${ym}-19`, -(ym === "2026-06" ? 3_499 : 2_999), "Free", "PRLV SEPA Free Telecom", "internet");
    add("bourso", `${ym}-27`, 345_000, "ACME France (salary)", "VIR SEPA ACME FRANCE SAS", "income", { salary: true, income: true });
    add("bourso", `${ym}-06`, -(i < 3 ? 1_399 : 1_499), "Netflix", "NETFLIX.COM", "subscriptions", card);
    const [c1, c2] = [[6_745, 8_230], [5_412, 7_390], [6_120, 4_875], [7_015, 5_590], [6_380, 8_845], [5_930, 6_470], [7_220, 5_105]][i]!;
    add("bourso", `${ym}-08`, -c1!, "Carrefour", "CARREFOUR LYON PART DIEU", "groceries", card);
    add("bourso", `${ym}-22`, -c2!, "Carrefour", "CARREFOUR CITY LYON", "groceries", card);
    const [m1, m2] = [[2_340, 1_875], [3_120, 2_260], [1_990, 2_745], [2_815, 3_340], [2_450, 1_760], [3_075, 2_190], [2_630, 2_985]][i]!;
    add("bourso", `${ym}-12`, -m1!, "Monoprix", "MONOPRIX LYON", "groceries", card);
    add("bourso", `${ym}-24`, -m2!, "Monoprix", "MONOPRIX LYON", "groceries", card);

    // Revolut EUR: small daily spending and subscriptions.
    const [f1, f2] = [[1_240, 2_315], [985, 1_670], [2_130, 1_455], [1_760, 890], [1_325, 2_040], [1_580, 1_195], [2_210, 1_365]][i]!;
    add("revolut-eur", `${ym}-09`, -f1!, "Franprix", "Franprix", "groceries", card);
    add("revolut-eur", `${ym}-20`, -f2!, "Franprix", "Franprix", "groceries", card);
    add("revolut-eur", `${ym}-08`, -1_199, "Spotify", "Spotify", "subscriptions", card);
    add("revolut-eur", `${ym}-14`, -299, "Apple", "Apple.com/bill", "subscriptions", card);
    const bread = [[450, 380, 620], [510, 420, 380], [460, 590, 330], [420, 480, 610], [390, 520, 450], [480, 360, 540], [530, 410, 470]][i]!;
    ["04", "13", "25"].forEach((d, k) => add("revolut-eur", `${ym}-${d}`, -bread[k]!, "Boulangerie Bellecour", "SumUp  *Boulangerie Bellecour", "groceries", { card: true, bakery: true }));

    // Nationwide: the flat in the UK is let, a SIM and insurance are kept.
    add("nationwide", `${ym}-01`, 65_000, "HomeLet (rent from the flat)", "HOMELET LETTINGS", "income", { income: true });
    add("nationwide", `${ym}-04`, -1_000, "giffgaff", "GIFFGAFF", "phone");
    add("nationwide", `${ym}-12`, -2_350, "Aviva", "AVIVA INSURANCE", "insurance");
  });
  add("nationwide", "2026-07-01", 65_000, "HomeLet (rent from the flat)", "HOMELET LETTINGS", "income", { income: true });

  // BoursoBank, one-off.
  const bourso: [string, number, string, string, Category][] = [
    ["2026-01-14", -8_900, "SNCF", "SNCF CONNECT", "transport"],
    ["2026-03-09", -5_600, "SNCF", "SNCF CONNECT", "transport"],
    ["2026-05-15", -12_400, "SNCF", "SNCF CONNECT", "transport"],
    ["2025-12-09", -4_599, "Amazon", "AMZN Mktp FR*308J", "shopping"],
    ["2025-12-16", -2_999, "Amazon", "AMZN Mktp FR*1K7QW", "shopping"],
    ["2026-02-11", -8_999, "Amazon", "AMAZON PAYMENTS", "shopping"],
    ["2026-04-21", -2_350, "Amazon", "AMZN Mktp FR*9T2LA", "shopping"],
    ["2026-06-16", -15_990, "Amazon", "AMZN Mktp FR*4HX0B", "shopping"],
    ["2025-12-18", -12_999, "Fnac", "FNAC LYON BELLECOUR", "shopping"],
    ["2026-03-25", -3_490, "Fnac", "FNAC.COM", "shopping"],
    ["2026-04-11", -7_999, "Decathlon", "DECATHLON LYON CONFLUENCE", "shopping"],
  ];
  for (const [date, cents, merchant, text, category] of bourso) add("bourso", date, cents, merchant, text, category, card);
  add("bourso", "2026-04-18", 3_999, "Decathlon", "DECATHLON LYON CONFLUENCE", "shopping", { card: true, refund: true });
  add("bourso", "2026-01-17", -6_000, "Cash", "LYON BELLECOUR", "cash", { cash: true, card: true });
  add("bourso", "2026-04-24", -4_000, "Cash", "LYON BELLECOUR", "cash", { cash: true, card: true });
  add("bourso", "2026-03-03", -60_000, "Wise", "VIR SEPA EMMA CLARKE", "transfer", { transfer: true });
  add("wise-eur", "2026-03-05", 60_000, "BoursoBank", "Emma Clarke", "transfer", { transfer: true });
  add("bourso", "2026-05-18", -25_000, "Wise", "VIR SEPA EMMA CLARKE", "transfer", { transfer: true });
  add("wise-eur", "2026-05-20", 25_000, "BoursoBank", "Emma Clarke", "transfer", { transfer: true });

  // Revolut EUR, one-off: Uber, Deliveroo (one refund), Paris trips, a reverted charge, a pending one.
  const revolut: [string, number, string, string, Category, Partial<Event>?][] = [
    ["2025-12-19", -1_870, "Uber", "Uber", "transport"],
    ["2026-01-23", -2_240, "Uber", "Uber", "transport"],
    ["2026-02-06", -1_590, "Uber", "Uber", "transport"],
    ["2026-03-21", -2_340, "Uber", "Uber", "transport", { voided: true }],
    ["2026-03-22", -1_965, "Uber", "Uber", "transport"],
    ["2026-05-09", -1_720, "Uber", "Uber", "transport"],
    ["2026-06-13", -2_480, "Uber", "Uber", "transport"],
    ["2025-12-12", -2_690, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-01-10", -2_350, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-02-14", -3_180, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-02-16", 890, "Deliveroo", "Deliveroo", "restaurants", { delivery: true, refund: true }],
    ["2026-03-28", -2_475, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-04-25", -2_890, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-05-30", -2_210, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-06-20", -3_050, "Deliveroo", "Deliveroo", "restaurants", { delivery: true }],
    ["2026-01-14", -250, "RATP", "RATP", "transport"],
    ["2026-01-15", -430, "RATP", "RATP", "transport"],
    ["2026-05-15", -250, "RATP", "RATP", "transport"],
    ["2026-05-16", -500, "RATP", "RATP", "transport"],
    ["2026-07-01", -420, "Boulangerie Bellecour", "SumUp  *Boulangerie Bellecour", "groceries", { bakery: true }],
    ["2026-07-02", -1_845, "Franprix", "Franprix", "groceries", { pending: true }],
  ];
  for (const [date, cents, merchant, text, category, flags] of revolut) add("revolut-eur", date, cents, merchant, text, category, { card: true, ...flags });

  // Revolut exchanges EUR -> GBP before each London trip (both legs).
  for (const [date, eur, gbp] of [["2026-02-27", 20_000, 17_123], ["2026-05-19", 15_000, 12_810]] as const) {
    add("revolut-eur", date, -eur, "Revolut exchange", "Exchanged to GBP", "transfer", { conversion: true });
    add("revolut-gbp", date, gbp, "Revolut exchange", "Exchanged from EUR", "transfer", { conversion: true });
  }
  // Nationwide -> Revolut GBP for the March trip.
  add("nationwide", "2026-03-11", -40_000, "Revolut", "REVOLUT LTD", "transfer", { transfer: true });
  add("revolut-gbp", "2026-03-12", 40_000, "Nationwide", "Payment from EMMA CLARKE", "transfer", { transfer: true });
  const london: [string, number, string, string, Category][] = [
    ["2026-03-14", -1_245, "Tesco", "Tesco", "groceries"],
    ["2026-03-14", -780, "TfL", "TfL Travel Charge", "transport"],
    ["2026-03-15", -865, "Pret A Manger", "Pret A Manger", "restaurants"],
    ["2026-03-16", -2_390, "Sainsbury's", "Sainsbury's", "groceries"],
    ["2026-03-16", -680, "TfL", "TfL Travel Charge", "transport"],
    ["2026-03-17", -1_675, "Uber", "Uber", "transport"],
    ["2026-05-22", -1_860, "Sainsbury's", "Sainsbury's", "groceries"],
    ["2026-05-23", -1_450, "Uber", "Uber", "transport"],
    ["2026-05-23", -690, "Pret A Manger", "Pret A Manger", "restaurants"],
    ["2026-05-24", -540, "TfL", "TfL Travel Charge", "transport"],
  ];
  for (const [date, cents, merchant, text, category] of london) add("revolut-gbp", date, cents, merchant, text, category, card);
  add("revolut-gbp", "2026-03-15", -10_000, "Cash", "Cash withdrawal at Barclays", "cash", { cash: true, fee: 200 });

  // Nationwide card spending at Christmas at home and on the March trip.
  const home: [string, number, string, string, Category][] = [
    ["2025-12-20", -4_530, "Tesco", "TESCO STORES 3021", "groceries"],
    ["2025-12-21", -2_499, "Amazon", "AMAZON.CO.UK*RT4KJ2", "shopping"],
    ["2025-12-22", -3_275, "Sainsbury's", "SAINSBURYS S/MKTS", "groceries"],
    ["2025-12-27", -2_210, "Tesco", "TESCO STORES 3021", "groceries"],
    ["2026-03-16", -1_890, "Tesco", "TESCO STORES 3021", "groceries"],
  ];
  for (const [date, cents, merchant, text, category] of home) add("nationwide", date, cents, merchant, text, category, card);

  // Wise: EUR in from BoursoBank, a Lyon bakery on Zettle, a conversion to USD for New York.
  const zettle: [string, number][] = [["2026-03-10", 520], ["2026-04-28", 690], ["2026-05-26", 410], ["2026-06-08", 560]];
  for (const [date, cents] of zettle) add("wise-eur", date, -cents, "Boulangerie des Pentes", "Zettle_*Boulangerie Des Pentes", "groceries", { card: true, bakery: true });
  add("wise-eur", "2026-03-20", -3_420, "Monoprix", "MONOPRIX LYON 2", "groceries", card);
  add("wise-eur", "2026-03-28", -59_818, "Wise conversion", "Emma Clarke", "transfer", { conversion: true, fee: 182 });
  add("wise-usd", "2026-03-28", 65_000, "Wise conversion", "Emma Clarke", "transfer", { conversion: true });
  const ny: [string, number, string, string, Category, Partial<Event>?][] = [
    ["2026-04-06", -2_850, "Uber", "Uber *Trip - New York", "transport"],
    ["2026-04-07", -4_312, "Whole Foods", "Whole Foods Market - New York", "groceries"],
    ["2026-04-08", -1_850, "Joe's Pizza", "Joe's Pizza - New York", "restaurants"],
    ["2026-04-09", -20_000, "Cash", "Chase ATM - New York", "cash", { cash: true }],
    ["2026-04-10", -3_120, "Uber", "Uber *Trip - New York", "transport", { voided: true }],
    ["2026-04-10", -1_975, "Uber", "Uber *Trip - New York", "transport"],
  ];
  for (const [date, cents, merchant, text, category, flags] of ny) add("wise-usd", date, cents, merchant, text, category, { card: true, ...flags });
  add("wise-usd", "2026-06-12", 80_000, "Brightline Media (freelance)", "Brightline Media LLC", "income", { income: true });

  return out;
}

/** Rows that really moved money and are booked. */
export const isBooked = (e: Event) => !e.pending && !e.voided;
/** What the account holds after every booked row (fees included). */
export function closing(events: Event[], acct: Acct): number {
  return events.filter((e) => e.acct === acct && isBooked(e)).reduce((a, e) => a + e.cents - (e.fee ?? 0), OPENING[acct]);
}

