// Label shapes that came out wrong after pool 55: an insurer's name cut to its adjective, a titled doctor's surname
// lost, a refund's words or a payee said twice left in the label, a French tax office's purpose, a US branch's
// neighbourhood, a web shop named by a common word, and a brand owner's or Shopify's prefix. Every business and
// row is made up, in the printed shapes of bank-formats.md §3; each rule has a guard that must stay as it is.
import { describe } from "vitest";
import { itLabels, itCategorizes } from "../helpers/label-rows.ts";

describe("an insurer named by an adjective and its compound keeps the compound", () => {
  itLabels([
    ["Deutsche Zahnärzteversicherung AG", "Beitrag 04/2026 Vertrag 55120", "Deutsche Zahnärzteversicherung"],
    ["Allgemeine Hagelversicherung AG", "Beitrag 2026", "Allgemeine Hagelversicherung"],
    ["Neue Tierhalterversicherung AG", "Beitrag 2026", "Neue Tierhalterversicherung"],
    ["Vereinigte Glasversicherung VVaG", "Beitrag 2026", "Vereinigte Glasversicherung"],
  ]);
  itCategorizes([["Deutsche Zahnärzteversicherung AG", "Beitrag 04/2026 Vertrag 55120", "-41.20", "insurance"]]);
  // Guard: an insurer named by a word of its own goes by that word, as before.
  itLabels([["Kornblum Sachversicherung AG", "Beitrag 2026", "Kornblum"]]);
});

describe("a titled doctor keeps the surname", () => {
  itLabels([
    ["Privatpraxis Schlafmedizin Dr. med. T. Eggewald", "Rechnung 2026-114", "Privatpraxis Schlafmedizin Dr. Eggewald"],
    ["Hausarztpraxis Am Markt Dr. med. K. Lindqvist", "Rechnung 2026-115", "Hausarztpraxis Am Markt Dr. Lindqvist"],
  ]);
  // A Postbank payee cut at 20 characters after a dentist's title is the dentist.
  itCategorizes([
    ["Dr. med. dent. B. Me", "DR. MED. DENT. B. MERKELBACH/LINDENSTR. 4/KOELN/DE 12-03-2026T10:11:12 Folgenr. 01 Verfalld. 2812", "-80.00", "health"],
    ["Privatpraxis Schlafmedizin Dr. med. T. Eggewald", "Rechnung 2026-114", "-120.00", "health"],
  ]);
  // Guard: a practice whose title comes right after the practice word goes by it as before.
  itLabels([["Zahnarztpraxis Dr. med. dent. K. Ohlendiek", "Rechnung 11", "Zahnarztpraxis Dr. Ohlendiek"]]);
});

describe("a merchant's credit wording after the shop is no part of its name", () => {
  itLabels([
    ["Fleischerei Haberkamp e.K. SHOP CREDITED BACK TO CARD", null, "Fleischerei Haberkamp"],
    [null, "VIS CORRAN BUTCHERS GLASGOW SHOP CREDITED BACK TO CARD", "Corran Butchers"],
    [null, "VIS CORRAN BUTCHERS GLASGOW CREDITED BACK TO YOUR CARD", "Corran Butchers"],
    ["Baeckerei Wolkenhauer Rückvergütung Händler Kartenzahlung", null, "Baeckerei Wolkenhauer"],
    [null, "Slagerij Van Tongeren Terugstorting winkelier", "Slagerij Van Tongeren"],
    ["Gartenhaus Pellwitz GmbH Erstattung reklamierte Bestellung", null, "Gartenhaus Pellwitz"],
    [null, "VIR SEPA BOUCHERIE MARCELLIN REMBOURSEMENT COMMERCANT", "Boucherie Marcellin"],
  ]);
  itCategorizes([[null, "VIS CORRAN BUTCHERS GLASGOW SHOP CREDITED BACK TO CARD", "12.40", "refunds"]]);
  // Guard: a shop named for credit keeps its name.
  itLabels([[null, "VIS CREDIT CORNER CAFE GLASGOW", "Credit Corner Cafe"]]);
});

describe("a payee's name printed twice at once ends the name", () => {
  itLabels([
    [null, "VIR SEPA FNAS FNAS AIDE VACANCES DOSSIER 558120", "FNAS"],
    [null, "VIR SEPA CAMPUSFIN CAMPUSFIN BOURSE DOSSIER 7781", "Campusfin"],
  ]);
  // Guard: a name that is its own word twice, with nothing after it, stays whole.
  itLabels([[null, "CARTE 12/03/26 HOTEL BORA BORA CB*1234", "Hotel Bora Bora"]]);
});

describe("a French tax office's purpose words are no part of its name", () => {
  itLabels([
    [null, "PRLV SEPA SIP LIBOURNE SOLDE IR 2026 AVIS 558120", "SIP Libourne"],
    [null, "PRLV SEPA SIP LIBOURNE SOLDE 2026", "SIP Libourne"],
  ]);
  // Guard: the car-rental brand is still read when it opens the text.
  itLabels([[null, "AVIS BUDGET 1234 NICE", "Avis"]]);
});

describe("a US branch's neighbourhood after the name is where it was paid", () => {
  itLabels([
    [null, "TST* HICKORY PIT BBQ DOWNTOWN", "Hickory Pit Bbq"],
    [null, "SQ *LANTERN NOODLE BAR MIDTOWN", "Lantern Noodle Bar"],
    [null, "CHECKCARD 0409 ELMWOOD GRILL DWTN", "Elmwood Grill"],
  ]);
  // Guard: a name that starts with the word keeps it.
  itLabels([[null, "TST* DOWNTOWN DINER", "Downtown Diner"]]);
});

describe("a web shop whose name is a common word keeps its address", () => {
  itLabels([
    [null, "CHECKCARD 0409 BLINDS.COM BROOKLYN CA", "Blinds.com"],
    [null, "CHECKCARD 0409 LAMPS.COM HOUSTON TX", "Lamps.com"],
  ]);
  // Guard: a made-up name before .com goes by the name alone, as before; the big ones keep their brand.
  itLabels([
    [null, "CHECKCARD 0409 ZORVELLA.COM SEATTLE WA", "Zorvella"],
    [null, "HOTELS.COM 1234 LONDON", "Hotels.com"],
    [null, "BOOKING.COM AMSTERDAM", "Booking.com"],
  ]);
});

describe("the shop after a processor's or a brand owner's star", () => {
  itLabels([
    [null, "SP * MIRELLO BOUTIQUE", "Mirello Boutique"],
    [null, "DECKERS*HOKA", "HOKA"],
    [null, "UVEX SAFETY SHOP FUERTH", "uvex"],
    [null, "PAYPAL *UVEX SAFETY", "uvex"],
  ]);
  itCategorizes([
    [null, "DECKERS*HOKA", "-149.95", "shopping"],
    [null, "HOKA ONE ONE EU 1234", "-139.95", "shopping"],
    [null, "PAYPAL *UVEX SAFETY", "-39.90", "shopping"],
  ]);
  // Guard: a word before a star that is a shop's own brand ("LIME*RIDE") still names the merchant.
  itLabels([[null, "LIME*RIDE 4KQ2", "Lime"]]);
});
