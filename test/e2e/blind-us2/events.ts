// A Denver couple's twelve months (1 Dec 2025 – 28 Nov 2026) as one list of
// logical events; statements.ts writes the four bank exports from it.
// None of the four exports documents pending rows (bank-formats.md §1.4, §2.3),
// so no event is pending and the files hold none.

export type Acct = "wf" | "amex" | "discover" | "savings";
export type Member = "JORDAN LEE" | "SAM RIVERA";
export type Category =
  | "salary" | "interest" | "rent" | "groceries" | "warehouse" | "general" | "gas" | "coffee"
  | "restaurants" | "delivery" | "utilities" | "internet" | "phone" | "streaming" | "games"
  | "furniture" | "cash" | "fees" | "transfer" | "card-bill" | "other";

/** How Wells Fargo wraps a descriptor in its description column. */
type WfKind = "card" | "recurring" | "return" | "atm" | "nonwf-atm" | "plain";

export interface Event {
  date: string; // YYYY-MM-DD, the date the export shows (Discover: the transaction date)
  acct: Acct;
  /** Signed from the household's side: money out or a card charge is negative. */
  cents: number;
  /** The merchant as a person names it. */
  merchant: string;
  category: Category;
  /** The merchant text as the bank prints it, before the format's own wrapping. */
  text: string;
  transfer?: boolean;
  cardBill?: boolean;
  salary?: boolean;
  refund?: boolean;
  pending?: boolean;
  cash?: boolean;
  fee?: boolean;
  interest?: boolean;
  member?: Member;
  cardCategory?: string;
  checkNo?: string;
  wf?: WfKind;
}

export const FIRST = "2025-12-01";
export const LAST = "2026-11-28";
/** Capital One 360 savings balance before the first row of the file. */
export const SAVINGS_OPENING = 850_000;

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const parse = (s: string) => new Date(`${s}T00:00:00Z`);
export const addDays = (s: string, n: number) => iso(new Date(parse(s).getTime() + n * 86_400_000));
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (s: string) => parse(s).getUTCDay();
const lastDayOfMonth = (ym: string) => iso(new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)));
const prevMonth = (ym: string) => iso(new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)) - 2, 1))).slice(0, 7);
/** A payday on a weekend moves to the Friday before. */
const businessDayBefore = (s: string) => (weekday(s) === 6 ? addDays(s, -1) : weekday(s) === 0 ? addDays(s, -2) : s);

const XCEL: Record<string, number> = {
  "2025-12": 14_612, "2026-01": 17_838, "2026-02": 16_290, "2026-03": 12_455, "2026-04": 9_870, "2026-05": 7_432,
  "2026-06": 8_815, "2026-07": 12_977, "2026-08": 13_540, "2026-09": 9_102, "2026-10": 8_260, "2026-11": 11_734,
};
const DOORDASH_SHOPS = ["DOORDASH*MARGS TACO BISTR", "DOORDASH*PARISI", "DOORDASH*THAI BASIL"];

export function buildEvents(): Event[] {
  const rnd = mulberry32(2026);
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const ev: Event[] = [];
  const add = (e: Event) => ev.push(e);
  const wfCard = (date: string, merchant: string, category: Category, text: string, cents: number, wf: WfKind = "card") =>
    add({ date, acct: "wf", cents, merchant, category, text, wf, refund: cents > 0 || undefined });
  const amex = (date: string, member: Member, merchant: string, category: Category, text: string, cents: number, cardCategory: string) =>
    add({ date, acct: "amex", cents, merchant, category, text, member, cardCategory, refund: cents > 0 || undefined });
  const disc = (date: string, merchant: string, category: Category, text: string, cents: number, cardCategory: string) =>
    add({ date, acct: "discover", cents, merchant, category, text, cardCategory, refund: cents > 0 || undefined });
  const toSavings = (date: string, cents: number, transferRef: string) => {
    add({ date, acct: "wf", cents: -cents, merchant: "Capital One 360", category: "transfer", transfer: true, wf: "plain",
      text: `ONLINE TRANSFER REF #${transferRef} TO CAPITAL ONE 360 SAVINGS XXXXXX7305 ON ${mmdd(date)}/${date.slice(2, 4)}` });
    add({ date: addDays(date, 1), acct: "savings", cents, merchant: "Wells Fargo", category: "transfer", transfer: true,
      text: "Deposit from WELLS FARGO BANK ONLINE TRANSFER" });
  };

  const sam = { next: "2025-12-05" };
  let week = 0;
  for (let d = FIRST; d <= LAST; d = addDays(d, 1)) {
    const ym = d.slice(0, 7);
    const day = Number(d.slice(8));
    const dow = weekday(d);
    if (dow === 1) week++;
    const early = day <= 26; // card rows stay clear of month ends, so a post date never changes the month

    // Checking: rent, pay, bills, groceries, fuel.
    if (day === 1) {
      if (d < "2026-06-01") {
        add({ date: d, acct: "wf", cents: -215_000, merchant: "Mile High Property Management", category: "rent", wf: "plain",
          text: `ZELLE TO MILE HIGH PROPERTY MGMT ON ${mmdd(d)} REF # WFCT0${ref(rnd)}` });
      } else {
        add({ date: d, acct: "wf", cents: -222_500, merchant: "Mile High Property Management", category: "rent", wf: "plain",
          text: `MILE HIGH PROP MG WEB PMTS ${yymmdd(d)} ${ref(rnd).slice(0, 6)} JORDAN LEE` });
      }
    }
    const jordanPay = [businessDayBefore(`${ym}-15`), businessDayBefore(lastDayOfMonth(ym))];
    if (jordanPay.includes(d)) {
      add({ date: d, acct: "wf", cents: d < "2026-04-01" ? 284_615 : 296_140, merchant: "Rocky Mountain Health (payroll)", category: "salary",
        salary: true, wf: "plain", text: `ADP WAGE PAY WAGE PAY ${yymmdd(d)} 591842 LEE JORDAN` });
    }
    if (d === sam.next) {
      add({ date: d, acct: "wf", cents: 218_733, merchant: "Sam's employer (payroll)", category: "salary", salary: true, wf: "plain",
        text: `GUSTO PAY 846120 ${yymmdd(d)} 7HJ2K9 SAM RIVERA` });
      sam.next = addDays(d, 14);
    }
    if (day === 5) toSavings(d, 60_000, `IB0${ref(rnd).slice(0, 7)}`);
    if (day === 12) {
      add({ date: d, acct: "wf", cents: -XCEL[ym]!, merchant: "Xcel Energy", category: "utilities", wf: "plain",
        text: `XCEL ENERGY-PSCO XCELENERGY ${yymmdd(d)} 5391046 JORDAN LEE` });
    }
    if (dow === 0) wfCard(d, "King Soopers", "groceries", "KING SOOPERS #0012 DENVER CO", -between(7_000, 19_000));
    if (dow === 6 && week % 2 === 0) wfCard(d, "Costco", "warehouse", "COSTCO WHSE #0676 DENVER CO", -between(15_000, 34_000));
    if (day === 17) wfCard(d, "Planet Fitness", "other", "PLANET FITNESS CLUB FEES 844-880-7180 NH", -2_499, "recurring");
    if (day === 9) wfCard(d, "Walmart", "general", "WAL-MART #1021 DENVER CO", -between(3_000, 9_000));
    if (day === 3 || day === 14 || day === 24) wfCard(d, "Chevron", "gas", "CHEVRON 0209876 DENVER CO", -between(3_500, 6_200));
    if (day === 18 && d >= "2026-01-01") {
      const bill = -sum(ev.filter((e) => e.acct === "amex" && e.date.slice(0, 7) === prevMonth(ym) && !e.cardBill));
      add({ date: d, acct: "wf", cents: -bill, merchant: "American Express", category: "card-bill", cardBill: true, wf: "plain",
        text: `AMEX EPAYMENT ACH PMT ${yymmdd(d)} M4417 JORDAN LEE` });
      add({ date: d, acct: "amex", cents: bill, merchant: "American Express", category: "card-bill", cardBill: true, member: "JORDAN LEE",
        text: "AUTOPAY PAYMENT RECEIVED - THANK YOU" });
    }
    if (day === 22 && d >= "2026-01-01") {
      const bill = -sum(ev.filter((e) => e.acct === "discover" && e.date.slice(0, 7) === prevMonth(ym) && !e.cardBill));
      add({ date: d, acct: "wf", cents: -bill, merchant: "Discover", category: "card-bill", cardBill: true, wf: "plain",
        text: `DISCOVER E-PAYMENT ${yymmdd(d)} 8834 LEE JORDAN` });
      add({ date: d, acct: "discover", cents: bill, merchant: "Discover", category: "card-bill", cardBill: true,
        text: "INTERNET PAYMENT - THANK YOU", cardCategory: "Payments and Credits" });
    }

    // American Express: Jordan's card and Sam's additional card.
    if (day === 3) amex(d, "SAM RIVERA", "Spotify", "streaming", "SPOTIFY USA 877-778-1161 NY", -1_699, "Entertainment-Other Entertainment");
    if (day === 24) amex(d, "JORDAN LEE", "Verizon", "phone", "VZWRLSS*MY VZ VB P 800-922-0204 FL", d < "2026-04-01" ? -14_237 : -14_737, "Communications-Cable & Internet Comm");
    if (dow === 6) amex(d, "SAM RIVERA", "Starbucks", "coffee", "STARBUCKS STORE 08321 DENVER CO", -between(650, 1_450), "Restaurant-Bar & Café");
    if (dow === 0 && day <= 7) amex(d, "JORDAN LEE", "Starbucks", "coffee", "STARBUCKS STORE 08321 DENVER CO", -between(650, 1_450), "Restaurant-Bar & Café");
    if (dow === 3) amex(d, "JORDAN LEE", "Starbucks", "coffee", "STARBUCKS STORE 11874 DENVER CO", -between(550, 900), "Restaurant-Bar & Café");
    if (dow === 2) amex(d, "SAM RIVERA", "Corvus Coffee", "coffee", "SQ *CORVUS COFFEE ROASTERS Denver CO", -between(475, 1_100), "Restaurant-Bar & Café");
    if (dow === 5 && day >= 8 && day <= 14) amex(d, "JORDAN LEE", "Huckleberry Roasters", "coffee", "SQ *HUCKLEBERRY ROASTERS Denver CO", -between(500, 1_300), "Restaurant-Bar & Café");
    if (dow === 0 && day >= 8 && day <= 14) amex(d, "SAM RIVERA", "Snooze", "restaurants", "TST* SNOOZE AN A.M. EATERY - DENVER", -between(4_200, 7_800), "Restaurant-Restaurant");
    if (dow === 4 && week % 2 === 1) amex(d, "JORDAN LEE", "Illegal Pete's", "restaurants", "TST*ILLEGAL PETE'S - DENVER", -between(2_400, 3_800), "Restaurant-Restaurant");
    if (dow === 1 && week % 2 === 0) amex(d, "JORDAN LEE", "Chipotle", "restaurants", "CHIPOTLE 2345 DENVER CO", -between(1_250, 2_800), "Restaurant-Restaurant");
    if (dow === 5 && week % 2 === 1) amex(d, "SAM RIVERA", "Uber Eats", "delivery", "UBER *EATS HELP.UBER.COM CA", -between(2_800, 5_600), "Restaurant-Restaurant");
    if (day === 4 || day === 16) {
      amex(d, "JORDAN LEE", "Amazon", "general", `AMZN Mktp US*${ref(rnd).slice(0, 9)} Amzn.com/bill WA`, -between(1_500, 9_000), "Merchandise & Supplies-Internet Purchase");
    }
    if (day === 27) {
      amex(d, "SAM RIVERA", "Amazon", "general", `Amazon.com*${ref(rnd).slice(0, 9)} Amzn.com/bill WA`, -between(1_800, 6_500), "Merchandise & Supplies-Internet Purchase");
    }

    // Discover.
    if (early && (day === 6 || day === 20)) disc(d, "Target", "general", "TARGET 00021345 DENVER CO", -between(3_500, 12_500), "Merchandise");
    if (early && dow === 3) disc(d, "Safeway", "groceries", "SAFEWAY #1564 DENVER CO", -between(2_800, 7_500), "Supermarkets");
    if (day === 8 || day === 19) disc(d, "Shell", "gas", "SHELL OIL 57442653301 DENVER CO", -between(3_800, 5_800), "Gasoline");
    if (day === 15) disc(d, "Netflix", "streaming", "NETFLIX.COM 866-579-7172 CA", -1_799, "Services");
    if (day === 11) disc(d, "Hulu", "streaming", "HULU 877-8244858 CA", -1_899, "Services");
    if (day === 17) disc(d, "Xfinity", "internet", "COMCAST / XFINITY 800-266-2278 CO", d < "2026-03-01" ? -8_000 : -8_500, "Services");
    if (early && dow === 5 && week % 2 === 0) {
      disc(d, "DoorDash", "delivery", DOORDASH_SHOPS[week % 3]!, -between(3_100, 6_400), "Restaurants");
    }
    if (early && dow === 5 && day <= 7) disc(d, "Chipotle", "restaurants", "CHIPOTLE 1187 DENVER CO", -between(1_300, 2_600), "Restaurants");

    // Savings interest on the last day of each month.
    if (d === lastDayOfMonth(ym)) {
      const balance = SAVINGS_OPENING + sum(ev.filter((e) => e.acct === "savings"));
      add({ date: d, acct: "savings", cents: Math.round((balance * 36) / 12_000), merchant: "Capital One 360", category: "interest",
        interest: true, text: "Monthly Interest Paid" });
    }
  }

  // One-off events.
  toSavings("2026-03-16", 100_000, "IB0T4X9QZ2");
  add({ date: "2026-07-06", acct: "savings", cents: -150_000, merchant: "Wells Fargo", category: "transfer", transfer: true,
    text: "Withdrawal to WELLS FARGO BANK XXXXXX2291" });
  add({ date: "2026-07-07", acct: "wf", cents: 150_000, merchant: "Capital One 360", category: "transfer", transfer: true, wf: "plain",
    text: "CAPITAL ONE N.A. XFER FROM 360 260707 6WQ1M3 JORDAN LEE" });
  wfCard("2026-03-11", "Walmart", "general", "WAL-MART #1021 DENVER CO", 2_497, "return");
  amex("2026-02-20", "JORDAN LEE", "Amazon", "general", "AMZN Mktp US*RF3K2L1Q0 Amzn.com/bill WA", 3_499, "Merchandise & Supplies-Internet Purchase");
  amex("2026-09-14", "SAM RIVERA", "Amazon", "general", "Amazon.com*RF8P0W2H1 Amzn.com/bill WA", 2_150, "Merchandise & Supplies-Internet Purchase");
  disc("2026-05-22", "Target", "general", "TARGET 00021345 DENVER CO", 4_599, "Merchandise");
  amex("2026-04-11", "SAM RIVERA", "Crate & Barrel", "furniture", "CRATE & BARREL #560 DENVER CO", -311_247, "Merchandise & Supplies-Furnishing");
  for (const [date, cents] of [["2026-01-02", -5_999], ["2026-06-26", -2_499], ["2026-11-26", -3_999]] as const) {
    amex(date, "SAM RIVERA", "Steam", "games", "PAYPAL *STEAM GAMES 4029357733 WA", cents, "Merchandise & Supplies-Internet Purchase");
  }
  add({ date: "2026-02-14", acct: "wf", cents: -10_000, merchant: "ATM", category: "cash", cash: true, wf: "atm",
    text: "1600 CHAMPA ST DENVER CO 0004431 ATM ID 0123K" });
  add({ date: "2026-05-23", acct: "wf", cents: -6_300, merchant: "ATM", category: "cash", cash: true, wf: "nonwf-atm",
    text: "7-ELEVEN 33921 DENVER CO 0007716 ATM ID 57A1C" });
  add({ date: "2026-05-23", acct: "wf", cents: -250, merchant: "Wells Fargo", category: "fees", fee: true, wf: "plain", text: "NON-WF ATM WITHDRAWAL FEE" });
  add({ date: "2026-08-29", acct: "wf", cents: -8_300, merchant: "ATM", category: "cash", cash: true, wf: "nonwf-atm",
    text: "COORS FIELD ATM 2 DENVER CO 0009124 ATM ID 88C2F" });
  add({ date: "2026-08-29", acct: "wf", cents: -250, merchant: "Wells Fargo", category: "fees", fee: true, wf: "plain", text: "NON-WF ATM WITHDRAWAL FEE" });
  add({ date: "2026-10-10", acct: "wf", cents: -6_000, merchant: "ATM", category: "cash", cash: true, wf: "atm",
    text: "1600 CHAMPA ST DENVER CO 0005012 ATM ID 0123K" });
  add({ date: "2026-06-20", acct: "wf", cents: -25_000, merchant: "Check 1043", category: "other", wf: "plain", checkNo: "1043", text: "CHECK # 1043" });

  return ev.sort((a, b) => a.date.localeCompare(b.date));
}

export const sum = (rows: Event[]) => rows.reduce((a, e) => a + e.cents, 0);

function ref(rnd: () => number): string {
  const abc = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
  let s = "";
  for (let i = 0; i < 10; i++) s += abc[Math.floor(rnd() * abc.length)];
  return s;
}
export const mmdd = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}`;
export const mdy = (d: string) => `${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(0, 4)}`;
const yymmdd = (d: string) => d.slice(2).replaceAll("-", "");
