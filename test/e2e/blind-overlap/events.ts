// One list of logical events for a person in Hamburg with a DKB Girokonto, a
// comdirect Girokonto with its Visa card, and an old Monzo account in GBP.
// Every file of the test is written from these events, and every expected
// figure is computed from them. Amounts are integer minor units.

export type Acct = "dkb" | "giro" | "visa" | "monzo";

export interface Pending {
  /** The day the authorisation appeared (the export's "offen"/"Vorgemerkt" row). */
  seen: string;
  /** The authorised amount, which may differ from the booked one (hotel, fuel). */
  cents: number;
}

export interface Event {
  id: string;
  acct: Acct;
  /** Booking date, ISO. For an event still pending at the end: the day it appeared. */
  date: string;
  /** Transaction date where the bank shows one apart from the booking (Visa "Umsatztag"). */
  txDate?: string;
  cents: number;
  currency: "EUR" | "GBP";
  merchant: string;
  category: string;
  /** The bank's text: payee and descriptor as that bank writes it. */
  payee: string;
  purpose: string;
  transfer?: boolean;
  cardBill?: boolean;
  salary?: boolean;
  refund?: boolean;
  reversed?: boolean;
  chargeback?: boolean;
  /** Was pending in an earlier export, booked in a later one. */
  pendingThenBooked?: Pending;
  /** Still pending in the last export that shows it. */
  stillPending?: boolean;
}

export const OWNER = "Jonas Petersen";

/** A German IBAN with real check digits (ISO 13616 mod 97). */
function germanIban(blz: string, account: string): string {
  const bban = blz + account.padStart(10, "0");
  const numeric = `${bban}131400`; // "DE" = 13 14, then "00"
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return `DE${String(98 - rest).padStart(2, "0")}${bban}`;
}

export const IBAN = {
  dkb: germanIban("12030000", "1020304050"),
  comdirect: germanIban("20041133", "0123456700"),
};

const iso = (m: number, d: number) => `2026-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const months = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export function buildEvents(): Event[] {
  const ev: Event[] = [];
  let n = 0;
  const add = (e: Omit<Event, "id" | "currency"> & { currency?: "EUR" | "GBP" }) => {
    ev.push({ currency: "EUR", ...e, id: `e${++n}` });
  };

  // ---- DKB Girokonto, Jan–Nov: salary, rent, transport, groceries, own transfers.
  for (const m of months(1, 11)) {
    add({ acct: "dkb", date: iso(m, 1), cents: -115_000, merchant: "Hausverwaltung Elbblick", category: "rent",
      payee: "Hausverwaltung Elbblick GmbH", purpose: `Miete ${String(m).padStart(2, "0")}/2026 Wohnung 3.OG links` });
    add({ acct: "dkb", date: iso(m, 2), cents: -60_000, merchant: OWNER, category: "transfer", transfer: true,
      payee: OWNER, purpose: "Umbuchung auf comdirect" });
    add({ acct: "dkb", date: iso(m, 6), cents: -(4_183 + m * 37), merchant: "EDEKA", category: "groceries",
      payee: "EDEKA//HAMBURG/DE", purpose: `2026-${String(m).padStart(2, "0")}-05 Debitk.99 VISA Debit` });
    add({ acct: "dkb", date: iso(m, 10), cents: -5_800, merchant: "HVV", category: "transport",
      payee: "HVV Hamburger Verkehrsverbund GmbH", purpose: `Deutschlandticket ${String(m).padStart(2, "0")}/2026` });
    add({ acct: "dkb", date: iso(m, 14), cents: -(2_655 + m * 113), merchant: "Lidl", category: "groceries",
      payee: "LIDL SAGT DANKE    Hamburg    DE", purpose: `2026-${String(m).padStart(2, "0")}-13T18:21 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)` });
    add({ acct: "dkb", date: iso(m, 27), cents: 328_000, merchant: "Nordwind Logistik", category: "salary", salary: true,
      payee: "NORDWIND LOGISTIK GMBH", purpose: `LOHN/GEHALT ${String(m).padStart(2, "0")}/2026` });
  }
  // Zalando order and a partial return (a refund), inside the overlap of the two DKB exports.
  add({ acct: "dkb", date: iso(8, 12), cents: -11_990, merchant: "Zalando", category: "clothing",
    payee: "Zalando SE", purpose: "Bestellung 10203040 Zalando" });
  add({ acct: "dkb", date: iso(8, 25), cents: 3_995, merchant: "Zalando", category: "clothing", refund: true,
    payee: "Zalando SE", purpose: "Erstattung Retoure Bestellung 10203040" });
  // Money back from comdirect in August (the other side is on the comdirect Girokonto).
  add({ acct: "dkb", date: iso(8, 19), cents: 20_000, merchant: OWNER, category: "transfer", transfer: true,
    payee: OWNER, purpose: "Umbuchung von comdirect" });
  // Pending at the end of the first DKB export (30 Sep), booked on 1 Oct in the second.
  add({ acct: "dkb", date: iso(10, 1), cents: -3_120, merchant: "EDEKA", category: "groceries",
    payee: "EDEKA//HAMBURG/DE", purpose: "2026-09-29 Debitk.99 VISA Debit",
    pendingThenBooked: { seen: iso(9, 29), cents: -3_120 } });
  // Still pending at the end of the second DKB export.
  add({ acct: "dkb", date: iso(11, 27), cents: -2_210, merchant: "Lidl", category: "groceries", stillPending: true,
    payee: "LIDL SAGT DANKE    Hamburg    DE", purpose: "2026-11-27T11:02 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)" });

  // ---- comdirect Girokonto, Jan – 5 Sep.
  for (const m of months(1, 9)) {
    add({ acct: "giro", date: iso(m, 3), cents: 60_000, merchant: OWNER, category: "transfer", transfer: true,
      payee: OWNER, purpose: "Umbuchung auf comdirect" });
    add({ acct: "giro", date: iso(m, 5), cents: -8_400, merchant: "Vattenfall", category: "utilities",
      payee: "Vattenfall Europe Sales GmbH", purpose: `Abschlag ${String(m).padStart(2, "0")}/2026 Vertragskonto 800123456` });
  }
  for (const m of months(1, 8)) {
    add({ acct: "giro", date: iso(m, 12), cents: -(3_872 + m * 211), merchant: "REWE", category: "groceries",
      payee: "REWE Markt GmbH", purpose: "REWE SAGT DANKE 4711//HAMBURG/DE" });
    if (m !== 6) {
      add({ acct: "giro", date: iso(m, 18), cents: -(6_120 + m * 59), merchant: "Aral", category: "fuel",
        payee: "Aral Station 141726125", purpose: "Aral Station 141726125, Hamburg DE" });
    }
  }
  // Pending on 10 Jun (first comdirect export), booked in the second. The fuel
  // pump's pre-authorisation booked lower; the REWE text changes.
  add({ acct: "giro", date: iso(6, 11), cents: -6_237, merchant: "Aral", category: "fuel",
    payee: "Aral Station 141726125", purpose: "Aral Station 141726125, Hamburg DE",
    pendingThenBooked: { seen: iso(6, 9), cents: -15_000 } });
  add({ acct: "giro", date: iso(6, 11), cents: -2_345, merchant: "REWE", category: "groceries",
    payee: "REWE Markt GmbH", purpose: "REWE SAGT DANKE 4711//HAMBURG/DE",
    pendingThenBooked: { seen: iso(6, 10), cents: -2_345 } });
  add({ acct: "giro", date: iso(8, 18), cents: -20_000, merchant: OWNER, category: "transfer", transfer: true,
    payee: OWNER, purpose: "Umbuchung zur DKB" });
  // Still pending on 5 Sep (second comdirect export).
  add({ acct: "giro", date: iso(9, 4), cents: -1_285, merchant: "Budni", category: "drugstore", stillPending: true,
    payee: "BUDNIKOWSKY", purpose: "BUDNIKOWSKY FIL.0815//HAMBURG/DE" });

  // ---- comdirect Visa, Jan – 5 Sep.
  const restaurants = ["Block House", "Vapiano", "Peter Pane", "Block House", "Vapiano", "Peter Pane", "Block House", "Vapiano"];
  const restaurantText: Record<string, string> = {
    "Block House": "BLOCK HOUSE JUNGFERNSTIEG HAMBURG DE",
    Vapiano: "VAPIANO HAMBURG HOHE BLEICHEN HAMBURG DE",
    "Peter Pane": "PETER PANE HAMBURG ALTONA HAMBURG DE",
  };
  for (const m of months(1, 8)) {
    add({ acct: "visa", date: iso(m, 8), cents: -1_099, merchant: "Spotify", category: "subscriptions",
      payee: "Spotify", purpose: "SPOTIFY P3B1C2D3E4 STOCKHOLM SE" });
    add({ acct: "visa", date: iso(m, 15), cents: -1_399, merchant: "Netflix", category: "subscriptions",
      payee: "Netflix", purpose: "NETFLIX.COM AMSTERDAM NL" });
    const r = restaurants[m - 1]!;
    add({ acct: "visa", date: iso(m, 20), txDate: iso(m, 19), cents: -(3_480 + m * 377), merchant: r, category: "restaurants",
      payee: r, purpose: restaurantText[r]! });
  }
  const amazon = (date: string, cents: number, refund = false) =>
    add({ acct: "visa", date, cents, merchant: "Amazon", category: "shopping", refund,
      payee: "Amazon", purpose: "AMAZON.DE*AB12CD34E, AMAZON.DE LU" });
  amazon(iso(2, 11), -3_499);
  amazon(iso(4, 28), -2_490);
  amazon(iso(5, 20), -8_900);
  amazon(iso(7, 3), -5_999);
  amazon(iso(7, 14), 5_999, true);
  // A card payment reversed in full the next day: both rows are in the export.
  add({ acct: "visa", date: iso(3, 3), cents: -5_490, merchant: "MediaMarkt", category: "electronics", reversed: true,
    payee: "MediaMarkt", purpose: "MEDIA MARKT HAMBURG-ALTONA HAMBURG DE" });
  add({ acct: "visa", date: iso(3, 4), cents: 5_490, merchant: "MediaMarkt", category: "electronics", reversed: true,
    payee: "MediaMarkt", purpose: "STORNO MEDIA MARKT HAMBURG-ALTONA HAMBURG DE" });
  // A disputed online purchase in April, charged back in May (both in both comdirect exports).
  add({ acct: "visa", date: iso(4, 16), cents: -12_900, merchant: "Technikhaus24", category: "electronics",
    payee: "Technikhaus24", purpose: "TECHNIKHAUS24 GMBH BERLIN DE" });
  add({ acct: "visa", date: iso(5, 12), cents: 12_900, merchant: "Technikhaus24", category: "electronics", chargeback: true,
    payee: "Technikhaus24", purpose: "GUTSCHRIFT AUS REKLAMATION TECHNIKHAUS24 GMBH BERLIN DE" });
  add({ acct: "visa", date: iso(4, 25), cents: -5_812, merchant: "Shell", category: "fuel",
    payee: "Shell", purpose: "SHELL 1234 HAMBURG DE" });
  // Pending on 10 Jun, booked later: a hotel pre-authorisation that booked lower, and a dinner.
  add({ acct: "visa", date: iso(6, 12), txDate: iso(6, 10), cents: -38_640, merchant: "Hotel Bayerischer Hof", category: "travel",
    payee: "Hotel Bayerischer Hof", purpose: "HOTEL BAYERISCHER HOF MUENCHEN DE",
    pendingThenBooked: { seen: iso(6, 8), cents: -45_000 } });
  add({ acct: "visa", date: iso(6, 11), txDate: iso(6, 9), cents: -4_850, merchant: "L'Osteria", category: "restaurants",
    payee: "L'Osteria", purpose: "L OSTERIA HAMBURG HAFENCITY HAMBURG DE",
    pendingThenBooked: { seen: iso(6, 9), cents: -4_850 } });

  // The Visa bill: on the 22nd the Girokonto pays last month's card total, and the card is credited.
  for (const m of months(2, 8)) {
    const prev = `2026-${String(m - 1).padStart(2, "0")}`;
    const owed = -ev.filter((e) => e.acct === "visa" && !e.cardBill && e.date.startsWith(prev)).reduce((a, e) => a + e.cents, 0);
    if (owed <= 0) continue;
    add({ acct: "giro", date: iso(m, 22), cents: -owed, merchant: "comdirect Visa", category: "transfer", transfer: true, cardBill: true,
      payee: "comdirect Visa", purpose: "Summe Monatsabrechnung VISA 4871 78XX XXXX 5678" });
    add({ acct: "visa", date: iso(m, 22), cents: owed, merchant: "comdirect Visa", category: "transfer", transfer: true, cardBill: true,
      payee: "comdirect Visa", purpose: "Ausgleich Monatsabrechnung Girokonto" });
  }

  // ---- Monzo (GBP): an old UK phone contract all year, and a trip to London in August.
  for (const m of months(1, 11)) {
    add({ acct: "monzo", currency: "GBP", date: iso(m, 15), cents: -1_800, merchant: "EE", category: "phone",
      payee: "EE", purpose: "EE LIMITED" });
  }
  const trip: [number, string, number, string, string][] = [
    [10, "TfL", -1_280, "transport", "TFL TRAVEL CH           TFL.GOV.UK/CP GBR"],
    [10, "Pret A Manger", -845, "restaurants", "PRET A MANGER           LONDON        GBR"],
    [11, "Tesco", -2_367, "groceries", "TESCO STORES 3021       LONDON        GBR"],
    [12, "Dishoom", -6_450, "restaurants", "DISHOOM COVENT GARDEN   LONDON        GBR"],
    [13, "Premier Inn", -31_200, "travel", "PREMIER INN             LONDON        GBR"],
    [14, "Tesco", -1_120, "groceries", "TESCO STORES 2207       LONDON        GBR"],
    [15, "TfL", -960, "transport", "TFL TRAVEL CH           TFL.GOV.UK/CP GBR"],
  ];
  for (const [d, merchant, cents, category, purpose] of trip) {
    add({ acct: "monzo", currency: "GBP", date: iso(8, d), cents, merchant, category, payee: merchant, purpose });
  }

  return ev.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id, "en", { numeric: true }));
}

/** Opening balances on 31 Dec 2025. */
export const OPENING: Record<Acct, number> = { dkb: 234_055, giro: 125_000, visa: 0, monzo: 148_000 };

/** The booked balance of an account at the end of `day` (pending rows never count). */
export function balanceAt(events: Event[], acct: Acct, day: string): number {
  return OPENING[acct] + events.filter((e) => e.acct === acct && !e.stillPending && e.date <= day).reduce((a, e) => a + e.cents, 0);
}
