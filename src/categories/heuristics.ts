// Keyword signals in German, English, French, Dutch, Spanish, Italian and bank
// jargon. Two groups, because they carry different weight (see categorize.ts):
// booking-type words say what kind of movement this is and outrank the
// merchant dictionary; content words only help when nothing better is known.
import { decimalAbs, decimalCmp, isDecimal } from "../format/decimal.ts";
import { foldText, foldUmlauts, wholeWords } from "./normalize.ts";
import { wordStartIndex, type WordStartIndex } from "./word-start-index.ts";
import { SHOP_KIND_SIGNALS, SHOP_KIND_WORDS } from "./shop-kinds.ts";
import { SKI_TRIPS } from "./shop-kinds-more.ts";
import { isWalletBankMove } from "./wallet-moves.ts";
import { FOREIGN_USE_FEES } from "./foreign-use-fees.ts";
import { PUBLIC_SERVICES } from "./public-services.ts";
import { PARKING_AT_END, SITE_SERVICES } from "./site-services.ts";
import { NATIONAL_BODIES } from "./councils.ts";
import { CO_OP_RENT, HOUSING_PROVIDERS } from "./housing-providers.ts";
import { FAMILY_FIRST, FAMILY_PURPOSES } from "./family-trades.ts";
import { BABY_CARE_AND_SAVINGS, BABY_FIRST } from "./baby-trades.ts";
import { CARE_AT_HOME, PENSION_PAY, RETIREE_FIRST, RETIREE_LAST } from "./retiree-trades.ts";
import { MOVER_FIRST, MOVER_PURPOSES, RELOCATION_PAY } from "./mover-trades.ts";
import { MOTORIST_FIRST } from "./motorist-trades.ts";
import { TRAVELLER_FIRST } from "./traveller-trades.ts";
import { FOOD_FIRST } from "./food-trades.ts";
import { HOME_FIRST, HOUSEHOLD_STAFF } from "./home-trades.ts";
import { BUILDING_SAVINGS, HOME_LOAN_FEES, HOME_LOAN_RENT } from "./home-finance.ts";
import { RURAL_FIRST } from "./rural-trades.ts";
import { LEISURE_FIRST, MUSIC_SHOP_NAME, NOT_A_MUSIC_SHOP } from "./leisure-trades.ts";
import { WEALTH_FIRST } from "./wealth-trades.ts";
import { PERSONAL_FIRST } from "./personal-trades.ts";
import { HOSPITALITY_FIRST } from "./hospitality-trades.ts";
import { COMMUNITY_FIRST } from "./community-trades.ts";
import { BUDGET_FIRST, LIBRARY_DUES } from "./budget-trades.ts";
import { ONLINE_FIRST, ONLINE_LAST } from "./online-trades.ts";
import { DISABILITY_PAY, HEALTH_FIRST, HEALTH_PURPOSES } from "./health-trades.ts";
import { LANDLORD_FIRST } from "./landlord-trades.ts";
import { DESK_RENT, SELF_PENSION, TRADER_FEES, TRADER_FIRST, TRADER_PAY, namesCredit } from "./trader-trades.ts";
import { GIG_PAY, STUDENT_AID, STUDENT_FIRST, STUDENT_HOMES, STUDENT_LAST, STUDENT_RENT } from "./student-trades.ts";
import { ENERGY_PAID_IN } from "./energy-trades.ts";
import { CARD_BILLS, CARD_BILLS_OUT, CARD_FEES, CONSUMER_CREDIT, CREDIT_UNION_SAVINGS, DEFERRED_CARD_DEBITS, CARD_PAYMENTS_IN, INTEREST_EARNED, OTHER_INCOME, OWN_MOVES, PHONE_CREDIT_WORDS, REMITTANCES, SALARY, SAVINGS_DEPOSITS, SAVINGS_WITHDRAWALS } from "./money-moves.ts";
interface Signal {
  key: string;
  sign: "in" | "out" | "any";
  words: RegExp;
  /** The folded text must not say this (a credit beside an invoice's number is no client's payment). */
  unless?: (folded: string) => boolean;
  /** Smallest absolute amount the signal applies to (a decimal string). */
  minAmount?: string;
  /** Tested against the start of the merchant's name only, not the whole text. */
  nameStart?: boolean;
}
// Whole folded words (umlaut spellings folded too: "GETRAENKE" = "Getränke"); German compounds are listed explicitly where needed.
// Each list as written is kept, so a test can find entries that another entry of the same list already matches.
const written = new WeakMap<RegExp, readonly string[]>();
const w = (...alts: string[]) => {
  const words = wholeWords(alts);
  written.set(words, alts);
  return words;
};
/** Money-out signals of a trade list's [category, words] pairs (public-services.ts, family-trades.ts, student-trades.ts …). */
const spentOn = (list: ReadonlyArray<readonly [key: string, words: readonly string[]]>): Signal[] => list.map(([key, words]) => ({ key, sign: "out", words: w(...words) }));
/** What kind of movement: payroll, cash from an ATM, money between own accounts. */
const BOOKING_TYPE: Signal[] = [
  // A hall of residence a university bills is the room's rent, before the university's fees below (student-trades.ts);
  // its financial aid paid out is the student's income, whatever refund word it prints; a gig platform's payout is pay.
  { key: "rent", sign: "out", words: w(...STUDENT_RENT) },
  { key: "income_other", sign: "in", words: w(...STUDENT_AID) },
  { key: "salary", sign: "in", words: w(...GIG_PAY) },
  // A sole trader's trades (trader-trades.ts): a client's invoice paid and a billing centre's payout are pay, whatever
  // brand or health word the payer's name carries; a desk or a salon chair rented is rent; a card terminal's rental
  // and a professional body's dues are fees, before the rent and cash words; an own pension plan is savings.
  { key: "salary", sign: "in", words: w(...TRADER_PAY), unless: namesCredit },
  // Money in from a school's employer is a teacher's or a school worker's pay, whatever shorthand the memo prints
  // ("TRESHAM ACADEMY TRUST … AT PAY", "… SCHOOL DISTRICT … DIR DEP").
  { key: "salary", sign: "in", words: w("(multi )?academy trust", "(city |county |unified |independent |central )?school district", "(city|central|unified|independent) sd"), unless: namesCredit },
  { key: "rent", sign: "out", words: w(...DESK_RENT) },
  { key: "fees", sign: "out", words: w(...TRADER_FEES) },
  { key: "savings", sign: "out", words: w(...SELF_PENSION) },
  // A school's or academy's fees ("SPARKBROOK QURAN ACADEMY SQA FEES") are its teaching, not a bank's charges.
  // Its initials may stand between ("DARENT MUSIC ACADEMY DMA TERM FEES"), and a term's or tuition's fees are a school's by their word.
  { key: "education", sign: "out", words: w("(school|academy|college|nursery|madrasah?|madrassa)( [a-z]+){0,2} fees", "(term|tuition) fees?") },
  // A German school's or academy's fee, its name then its place printed before it ("Musikschule Kulmbacher Land e.V. …
  // Gebuehr Musikgarten"): not a bank's charge. A tree nursery (Baumschule) is a shop.
  { key: "education", sign: "out", words: w("(?!baumschule)[a-z]*(schule|akademie)( [a-z]+){0,4} (gebuhr|gebuhren|entgelt|beitrag)") },
  // …and a library's, its town printed between (budget-trades.ts).
  { key: "education", sign: "out", words: w(...LIBRARY_DUES) },
  // …and a university's, its name and town printed between ("UNIVERSITY OF ST ANDREWS ST ANDREWS FEES").
  { key: "education", sign: "out", words: w("university( [a-z]+){0,4} fees") },
  // Childcare, school meals and lessons named in the purpose are education, whoever is paid: a town's cash office
  // ("Gemeindekasse … Kita-Gebühren"), a music school's association ("Unterrichtsentgelt"), a French town's "cantine et garderie".
  { key: "education", sign: "out", words: w("kita", "kita ?(gebuhren|gebuhr|beitrag|beitrage)", "kindergarten ?(gebuhren|gebuhr|beitrag)", "betreuungs(gebuhren|gebuhr|beitrag|geld|entgelt)", "hortgebuhr(en)?", "hort(beitrag|entgelt)?", "bso (opvang|factuur|uren|kosten|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october|[0-9]+)", "elternbeitrag", "unterrichts(entgelt|gebuhr|gebuhren)", "[a-z]+unterricht", "(klavier|gitarren|geigen|gesangs|reit|tanz|schwimm|nachhilfe|mal)stunden?",
    // A lesson named by what it teaches, whoever gives it ("MRS F MCINTYRE CLARSACH LESSONS", "ZELLE TO … VOICE LESSONS X4").
    "[a-z]+ lessons?", "volksuniversiteit", "cours (d |de )?(arabe|anglais|allemand|espagnol|langues?|musique|soutien|piano|guitare)", "musikschul(gebuhr|gebuhren|entgelt)", "kursgebuhr(en)?", "schulgeld", "schoolgeld", "ouderbijdrage", "internaat", "internatskosten", "boarding fees?", "frais d internat", "garderie", "periscolaire", "kinderopvang", "buitenschoolse opvang", "school meals", "nursery fees", "after school club") },
  // Childcare paid to a person and a child's savings, whoever keeps them (baby-trades.ts).
  ...spentOn(BABY_CARE_AND_SAVINGS),
  // A housekeeper's or a cleaner's wage, whoever is paid (home-trades.ts).
  ...spentOn(HOUSEHOLD_STAFF),
  // A deposit for a new home paid to a person, and the trades a move brings that other words misread (mover-trades.ts).
  ...spentOn(MOVER_PURPOSES),
  ...spentOn(MOVER_FIRST),
  // A car's tax, insurance, lessons, loan, charging and breakdown cover, before the fee and loan words (motorist-trades.ts).
  ...spentOn(MOTORIST_FIRST),
  // An airport's car parks and lounges, a hotel's restaurant, passport and visa fees, eSIMs (traveller-trades.ts).
  ...spentOn(TRAVELLER_FIRST),
  // What letting a home costs beside the rent: a deposit's protection, the landlord's software and licence (landlord-trades.ts).
  ...spentOn(LANDLORD_FIRST),
  // A notary's or a conveyancer's bill and a removal firm's are services, whatever fee word (frais, Kosten) or trade
  // word (Möbel in "Möbeltransporte") they print: not a bank's fee, not a shop; read before the mortgage words, which
  // a conveyancing deed names ("Notariskosten hypotheekakte").
  { key: "other", sign: "out", words: w("notar", "notariat", "notare", "notaire", "notaires", "notaris", "notariskantoor", "conveyancing", "[a-z]*umzuge", "umzugsservice", "mobeltransporte", "removals", "movers", "verhuizingen", "verhuisbedrijf", "demenagements?") },
  // The bank's price for arranging a home loan or keeping its money ready, before the mortgage words it names (home-finance.ts).
  { key: "fees", sign: "out", words: w(...HOME_LOAN_FEES) },
  // A mortgage's instalment is the home's cost, whoever lends ("Rente en aflossing … hypotheek", "Annuität Baufinanzierung",
  // a loan's "Rate … Zins/Tilgung": interest and principal together are an annuity loan's, which is a home's),
  // not the interest or fee its words also name.
  { key: "rent", sign: "out", words: w("hypotheek[a-z]*", "hypothek[a-z]*", "baufinanzierung", "immobilienfinanzierung", "annuitat( [a-z]+)? baufinanzierung", "rente en aflossing", "pret immobilier", "pret immo", "echeance pret habitat", "zins (und |u )?tilgung", "[a-z]*baudarlehen", "bauspardarlehen", "immobiliendarlehen") },
  // A further advance and a public renovation loan on the home are its cost too; a Bausparvertrag's saving is savings, not the
  // own-account move its "Sparrate" reads as (home-finance.ts).
  { key: "rent", sign: "out", words: w(...HOME_LOAN_RENT) },
  { key: "savings", sign: "out", words: w(...BUILDING_SAVINGS) },
  // A town's stage, orchestra, zoo or pool is a venue, not the town's office ("Bühnen der Stadt Gera", "Tiergarten der Stadt Nürnberg").
  { key: "entertainment", sign: "out", words: w("(buhnen|theater|theatre|orchester|philharmonie|museen|tiergarten|tierpark|zoo|[a-z]*bad|[a-z]*bader)( (und|u) orchester)? der stadt") },
  // A gift named in the purpose, or a friends' association, is a gift whatever the payee's kind ("Vrienden van het Theater … Donatie").
  // So is a UK charity's "REG GIFT" and a donation or a "Spende" named outright, though the payee is a hospital's charity,
  // and a gift named by its rhythm ("Dauerspende", "Monatsspende", "Einzelspende"). A blood donation ("Blutspende") gives
  // no money: what is paid at a blood service is its canteen's or its shop's.
  // An account's price that names what the bank gives with it ("Kontoführung Öko-Girokonto inkl. Baumspende") is the price, not a gift.
  { key: "fees", sign: "out", words: w("[a-z]*kontofuhrung[a-z]*( [a-z]+){0,3} (inkl|inklusive|mit|incl)( [a-z]+)?") },
  { key: "donations", sign: "out", words: w("donatie", "don (mensuel|zakat|ponctuel|regulier|annuel)", "zakat", "freundeskreis", "vrienden van", "vriendenbijdrage", "reg(ular)? gift", "donation", "(?!blut)[a-z]*spende",
    // A repair café: volunteers mend things and visitors leave a gift, before the café's word.
    "repair ?cafes?") },
  // Charging an electric car is its fuel, whoever sells the power ("PFALZWERKE LADEPUNKT", a town's works).
  { key: "fuel", sign: "out", words: w("ladepunkt", "ladesaulen", "laadsessie", "charging session") },
  // An alarm or care service named in the purpose is health, even when a charity runs it ("Johanniter … Hausnotruf").
  // Home nursing and orthopaedic makers whose brand the dictionary files as another trade (health-trades.ts).
  ...spentOn(HEALTH_PURPOSES),
  { key: "health", sign: "out", words: w("hausnotruf[a-z]*", "ambulante pflege", "pflegedienst", ...CARE_AT_HOME) },
  // A care home's fee and the person's own share of care are care, not the flat (a senior residence's flat is housing, below);
  // so are a hospital's daily charge and the co-payments an insurance leaves ("eigen risico", "ticket modérateur", copays).
  { key: "health", sign: "out", words: w("heimentgelt", "heimkosten", "pflegeheim[a-z]*", "altenheim", "seniorenheim", "care home( fees?)?", "nursing home", "assisted living", "senior living", "residential care", "maison de retraite", "ehpad", "eigenanteil( [a-z]+){0,2} (pflege|heimentgelt)", "entlastungsleistungen", "eigen risico", "ticket moderateur", "forfait journalier", "prescription (charges?|prepayment)", "copays?", "copayments?") },
  // A fee for using a cash machine is a fee, not cash.
  { key: "fees", sign: "out", words: w("kosten( [a-z]+){0,3} (opname|geldopname)", "(preis|entgelt|gebuhr|tarief|kosten|frais)( [a-z]+){0,3} (ausserhalb (des )?sepa|niet sepa|non sepa|hors sepa)", "(preis|entgelt|gebuhr|aufpreis)( [a-z]+){0,2} ([a-z]*bargeld|[a-z]*uberweisung|[a-z]*ueberweisung|echtzeit[a-z]*|[a-z]*einzahlung|munzgeld|benachrichtigung|nichtausfuhrung)", "(cheque|check|checkbook|chequebook)( book)?( reorder| order)? (fee|charge)", "commissions? (de )?retrait", "frais (de )?retrait", "cotisation (offre|carte|compte|forfait)( [a-z]+)?", "maandbijdrage", "(nutzungsentgelt|entgelt|gebuhr|fee|fees)( [a-z]+){0,2} (fremdbank geldautomat|geldautomat|gaa)", "(kosten|entgelt|gebuhr|frais) bankgarantie[a-z]*", "(preis|entgelt|gebuhr|kosten)( [a-z]+){0,2} (konto(auf)?losung|kontoschliessung|kontoeroffnung)", "(grundpreis|monatspreis|kontopreis|entgelt|gebuhr)( [a-z]+){0,2} (gemeinschaftskonto|gemeinsames konto)", "(kosten|maandprijs|maandkosten) (en ?of ?rekening|gezamenlijke rekening)", "frais (de )?(cloture|fermeture|ouverture)", "fremd gaa", "(atm|cash advance|cash withdrawal|withdrawal) (fee|fees|charge|surcharge)", "non network atm[a-z ]*", "(entgelt|gebuhr|fee|kosten|frais) (bargeld[a-z]*|cash deposit|cash withdrawal|especes)", "jaarbijdrage[a-z]*", "jahresgebuhr[a-z]*", "paketpreis( [a-z]+){0,2}", "(business|sole trader|company) account (subscription|fee|plan)", "packaged account( monthly)? (price|fee|charge)", "jahresentgelt", "jahrespreis", "annual fee", "annual card fee", "cotisation annuelle", "(entgelt|gebuhr|fee|fees|charge|frais|tarif|commission|kosten)( [a-z]+){0,3} (gaa|atm|dab|geldautomat|geldautomaat|pinautomaat)", "(gaa|atm|dab|geldautomat|notemachine|cardtronics|lnk|link|cashpoint|cash machine) (entgelt|gebuhr|fee|fees|charge|frais|kosten)") },
  // A bank's charge for paying cash in ("Tarief storting contant geld", "COMMISSION VERSEMENT ESPECES"), for its account
  // agreement or package by the month ("FORFAIT MENSUEL CONVENTION DE COMPTE", "Maandprijs pakket …", "Maandkosten
  // gezinspakket"), for paper statements ("Portokosten papieren dagafschriften") and for insuring the cards and cheques it
  // sells with the account ("COTISATION ASSURANCE MOYENS DE PAIEMENT"): before the market, shop and insurance words they carry.
  { key: "fees", sign: "out", words: w("(tarief|kosten|commission|frais)( [a-z]+)? (storting|stortingen|versement|versements)( [a-z]+)? (contant|contanten|especes)", "(forfait|frais)( [a-z]+){0,2} convention de compte", "maand(prijs|kosten)( [a-z]+){0,2} [a-z]*pakket", "maand(prijs|kosten|bijdrage)( [a-z]+){0,2} bank ?app", "portokosten( [a-z]+)? [a-z]*afschriften", "assurance moyens de paiement") },
  // A French deferred-debit card's monthly collection is its bill, before the card's charges: the purpose may name the
  // expenses it paid ("DEBIT MENSUEL CARTE PRO NOTES DE FRAIS", "ECHEANCE CARTE VISA … FRAIS DE DEPLACEMENT").
  { key: "transfers", sign: "any", words: w(...DEFERRED_CARD_DEBITS) },
  // A card's own charges, before its bill: "Kreditkartengebühr" names the card too.
  { key: "fees", sign: "out", words: w(...CARD_FEES) },
  // The bank's charge for a payment in a foreign currency, whatever shop abroad the row goes on to name (foreign-use-fees.ts).
  { key: "fees", sign: "out", words: w(...FOREIGN_USE_FEES) },
  { key: "salary", sign: "in", words: w(...SALARY) },
  // Money taken back out of an own savings pot is not cash from a machine.
  { key: "transfers", sign: "any", words: w(...SAVINGS_WITHDRAWALS) },
  // …and money paid into a life-insurance contract is saved there (money-moves.ts).
  { key: "savings", sign: "out", words: w(...SAVINGS_DEPOSITS) },
  {
    key: "cash",
    sign: "out",
    words: w("bargeldauszahlung", "bargeldabhebung", "geldautomat", "gaa", "atm", "cash withdrawal", "bargeld", "auszahlung gaa", "cashpoint", "cash machine", "ga nr", "geldautomaat", "geldopname", "retrait dab", "retrait", "cajero", "bancomat", "prelievo", "cash advance", "withdrawal", "atm withdrawal", "retrait especes", "dab", "gab", "opname", "pinautomaat", "bargeldeinzahlung",
      // UK cash machines: LINK network texts ("LNK CAMDEN HIGH ST") and the networks' operators.
      "lnk", "link atm", "notemachine", "cardtronics", "cash wdl", "cash wthdrwl", "atm wdl",
      // Foreign banknotes bought at a bureau de change or a bank's counter ("Sortenkauf USD"): cash to spend abroad.
      "bureaux? de change", "currency exchange(?! (fee|fees|charge|commission|rate|loading))", "wechselstube", "geldwechsel", "sorten ?kauf", "sortengeschaft", "wisselkantoor", "change de devises", "achat (de )?devises"),
  },
  // A flat's share of its building's reserve, paid to the managing agent with the service charges ("Vorauszahlung
  // Rücklage + BK", "Zuführung Rücklage"): the home's cost, not the person's own reserve (own moves, below).
  { key: "rent", sign: "out", words: w("(vorauszahlung|zufuhrung|zahlung|beitrag|anteil)( zur| an die| fur die)? rucklagen?", "rucklagen? (bk|betriebskosten|nebenkosten|hausgeld|weg)") },
  // Money paid into a credit union's savings or shares is saved with another institution ("CU SAVINGS MEMBER 7314",
  // "… FCU SHARE SAVINGS DEPOSIT"), as a Sparplan is: before the own-move "savings" word.
  { key: "savings", sign: "out", words: w(...CREDIT_UNION_SAVINGS) },
  // Own money moving: between own accounts and to savings (money-moves.ts).
  { key: "transfers", sign: "any", words: w(...OWN_MOVES) },
  // Money sent abroad through a money-transfer service that the dictionary does not know by name.
  { key: "transfers", sign: "out", words: w(...REMITTANCES) },
  // Credit-card bills, from the current account and on the card (money-moves.ts): the card's purchases are the spending.
  { key: "transfers", sign: "any", words: w(...CARD_BILLS) },
  { key: "transfers", sign: "in", words: w(...CARD_PAYMENTS_IN) },
  { key: "transfers", sign: "out", words: w(...CARD_BILLS_OUT) },
  // A pension is the retiree's pay (retiree-trades.ts), before the benefits below.
  { key: "salary", sign: "in", words: w(...PENSION_PAY) },
  // An employer's help with a move is paid with the pay (mover-trades.ts).
  { key: "salary", sign: "in", words: w(...RELOCATION_PAY) },
  // Benefits: income, not a refund from the body that pays it ("Deutsche Rentenversicherung" is also an insurer).
  { key: "income_other", sign: "in", words: w(...OTHER_INCOME, ...DISABILITY_PAY) },
  // Power fed into the grid, a car's quota, an energy rebate: income, not the grid operator's or supplier's refund (energy-trades.ts).
  { key: "income_other", sign: "in", words: w(...ENERGY_PAID_IN) },
];

// A publisher's words, and the words of a title paid for by subscription (heuristics' publisher signal below).
const PUBLISHER = "([a-z]*verlag|[a-z]*verlagsgruppe|uitgeverij[a-z]*|uitgevers|publishing|publishers|editions)";
const SUBSCRIBED = "([a-z]*abo|abonnement|[a-z]*zeitschrift[a-z]*|jahresbezug|subscriptions?|tijdschrift[a-z]*)";

/** What it was for, judged from words in the text. */
const CONTENT: Signal[] = [
  // A Dutch water board is a tax office under any of its names (a Frisian "Wetterskip", a "Hoogheemraadschap"), and so
  // are the levies water boards send ("Watersysteemheffing",
  // "Zuiveringsheffing woonruimte"): before the housing words a levy on a home names.
  { key: "taxes", sign: "out", words: w("wetterskip", "hoogheemraadschap", "watersysteemheffing", "zuiveringsheffing", "verontreinigingsheffing") },
  {
    key: "refunds",
    sign: "in",
    words: w(
      // A shop's compensation for goods that arrived damaged or broken ("Vergoeding beschadigde wijnzending").
      "(vergoeding|compensatie|compensation|entschadigung)( voor| for| fur)? (beschadigde|kapotte|defecte|damaged|broken|beschadigte|defekte)",
      // A civil servant's state health aid (Beihilfe) pays back part of medical bills already paid: money back, not earnings.
      "beihilfestelle", "beihilfe ?(erstattung|bescheid|abrechnung|festsetzung)",
      "courtesy credit", "exchange credit", "korrekturrechnung", "(supplier )?credit note", "creditnota", "note de credit", "erstattung", "kulanz", "kulanzgutschrift", "geste commercial", "avoir cb", "remise commerciale", "ruckerstattung", "gutschrift retoure", "rucksendung", "storno", "refund", "returned", "unvollstandige lieferung", "teillieferung", "overcharge", "overcharge adjustment", "umtausch", "gutschrift umtausch", "returns", "returns credit", "chargeback", "reversal", "card refund", "return", "remboursement", "rembt", "terugbetaling", "restitutie", "reembolso", "devolucion", "rimborso", "retour", "terugboeking", "ruckbuchung", "teruggave", "terugstorting", "credit voucher", "remboursement achat", "rembourse", "refunded", "money back", "ruckvergutung", "reintegro", "annulation", "annulering", "creditering", "retourbuchung", "gutschrift erstattung", "credit adjustment", "merchandise return", "purchase return", "credit adj", "merchandise credit", "ruckgabe", "gutschrift kartenumsatz", "returned purchase", "goodwill credit", "goodwill", "order cancelled", "order canceled", "cancelled", "canceled", "cancellation", "storniert[a-z]*", "stornierung", "reversed", "avoir(?! fiscal)", "annule", "annulee", "chargeback credit", "returned goods", "returned goods credit", "ruckzahlung", "tegoed", "tegoed na annulering", "gutschrift handler", "[a-z]*retoure", "warenruckgabe", "geld zuruck", "geld terug", "purchase reversal",
      // A chargeback: the bank takes the money back from the merchant after a complaint (comdirect "Buchung aus
      // Umsatzreklamation", "Gutschrift aus Reklamation"; "Rückbuchung Kartenzahlung" reads as "ruckbuchung" above).
      // A supplier's or landlord's annual statement paying back what the instalments overpaid ("Guthaben Jahresabrechnung").
      "[a-z]*guthaben (aus )?(der )?[a-z]*abrechnung", "[a-z]*abrechnung( [0-9]{4})? guthaben", "[a-z]*abrechnungsguthaben",
      "[a-z]*reklamation", "charge back", "(correction )?double debit", "doppelbelastung", "dubbele (afschrijving|betaling|boeking)", "(duplicate|double) (charge|payment|transaction)", "dispute credit", "disputed (transaction|charge|purchase)", "provisional credit", "contestation", "litige", "retrocession", "betwisting", "betwiste (transactie|betaling)"),
  },
  // A consumer loan, a pawn loan or a collector paid (money-moves.ts): debt moved, before the shops' instalment words.
  { key: "transfers", sign: "any", words: w(...CONSUMER_CREDIT) },
  // A client paying the person's own building invoice ("Schlussrechnung", "2. Abschlag"): earned by the person's trade, as
  // a farmer's Milchgeld is. After the refund words, and only where no brand placed the row (a utility's final bill is a brand's).
  // A dairy's statement for the milk a farm delivered ("Milchgeldabrechnung", Dutch "melkgeld") is that pay too, as is a
  // client paying an invoice ("Rechnung Nr. 2026-0418", "VENDOR PMT INV").
  { key: "salary", sign: "in", words: w("(abschlags|schluss|teil|zwischen)rechnung", "[0-9]+ abschlag", "milchgeld[a-z]*", "melkgeld[a-z]*", "(rechnung|invoice|inv|factuur|facture) (nr|no|number|n)", "vendor (pmt|pymt|payment)") },
  // An allotment club's lease and dues are a garden hobby's, not a home's rent ("Kleingärtnerverein … Pacht … Parzelle"),
  // nor the water its plots draw ("Jardins familiaux … eau d'arrosage").
  { key: "other", sign: "out", words: w("kleingart(en|ner)[a-z]*", "schrebergart(en|ner)[a-z]*", "volkstuin[a-z]*", "allotments?", "jardins? (familiaux|ouvriers|partages)") },
  // A regulator's registration fee is the price of practising a profession, as a licence is: not the health its
  // members give ("NURSING AND MIDWIFERY COUNCIL"), nor a council's tax (councils.ts).
  { key: "other", sign: "out", words: w("nursing (and )?midwifery council", "health (and )?care professions council", "general (medical|dental|optical|pharmaceutical|chiropractic|osteopathic) council") },
  // The home's trades whose names or purposes print a rent, a garage, a utility, a kitchen, a hairdresser's or a bank's
  // word (home-trades.ts): a planning fee, a plumber's "Gas-Wasser", a garage door, a kitchen-and-bath studio.
  ...spentOn(HOME_FIRST),
  // The country's trades whose names or purposes print a filling station's, a farm's, a fee's, a council's, a burger's or a
  // congregation's word (rural-trades.ts): a farm's milk pump, a farm's supplies, a livery yard's fees, smokeless fuel, a
  // septic tank's emptying (vidange), a farm vet, a Bürgerbus, a church levy the law raises (Kirchgeld, Kirchenbeitrag).
  ...spentOn(RURAL_FIRST),
  // Animals' and gardens' trades are bought like a pet shop's or a garden centre's goods: groomers, walkers, boarding
  // kennels and catteries, pet food, landscapers, tree surgeons, nurseries and seed houses. Read before the hairdressers'
  // "salon"/"grooming", the doctors' "surgery", the water bill's "agua" and the retirement "pension" that their names carry.
  // A child's nursery is care, not plants: the day and children's nurseries are left out.
  { key: "shopping", sign: "out", words: w(
    "[a-z]*hundefriseur", "tierfriseur", "hundesalons?", "hundepflege", "[a-z]*tierpension", "hundepension", "katzenpension", "hundetagesstatte", "gassi ?service", "tierbetreuung", "hundebetreuung", "[a-z]*tiernahrung", "tierfutter", "futter(haus|kiste|mittel|markt|handel)", "zoofachmarkt",
    "trimsalon", "hondentrimsalon", "[a-z]*uitlaatservice", "dierenpension", "kattenpension", "hondenpension", "dierenoppas", "dierenvoeding", "diervoeding",
    "toilettage", "toiletteur", "pension (canine|feline|chats?|chiens?|animale?s?)", "petsitting", "pet sitting", "pet sitters?",
    "(dog|pet|cat|canine) (grooming|groomers?|grooming salon|spa)", "groomers", "dog walk(ing|er|ers|s)", "(boarding )?kennels", "catter(y|ies)", "(doggy|dog) day ?care", "pet resort", "pet ?food", "pet foods", "pet nutrition",
    "galabau", "garten (und |u )?landschaftsbau", "gartenservice", "gartenpflege", "gartenbau[a-z]*", "baumpflege", "baumdienst", "pflanzenhof", "pflanzen(handel|center|markt|versand)", "stauden[a-z]*", "saatgut", "samen(haus|handel)",
    "boomverzorging", "hovenier[a-z]*", "tuinonderhoud", "tuinaanleg", "tuinservice", "zaden", "zaadhandel",
    "paysagistes?", "elagage", "elagueur", "graines", "semences",
    "landscaping", "landscapers?", "lawn (care|service)", "tree (surgery|surgeons?|services?|experts|care)", "arborists?", "garden(ing)? services?", "(?<!(day|childrens|children s|montessori|kids|baby|little [a-z]+) )nursery", "greenhouse", "seeds", "seed (co|company)", "bulbs") },
  // A farmers' market hall sells the farms' food ("Hohenloher Bauernmarkt").
  { key: "groceries", sign: "out", words: w("[a-z]*bauernmarkt") },
  // A snack bar is food before any word its owner's name carries: in "IMBISS HOA SEN" Hoa is a Vietnamese name, no US
  // homeowners association's (rent, below).
  { key: "restaurants", sign: "out", words: w("imbiss", "[a-z]+imbiss") },
  // Paying a buy-now-pay-later bill is paying for what was bought with it ("Ihre Klarna Monatsrechnung", "Klarna Ratenkauf Rate"),
  // and so is a transfer to the lender by its name ("To Klarna Bank AB (publ)", "To Ratepay GmbH"); a shop paid through it is
  // that shop ("KLARNA*…").
  { key: "shopping", sign: "out", words: w("klarna( [a-z]+)? (monatsrechnung|rechnung|ratenkauf|rate)", "klarna bank( ab)?", "ratepay gmbh") },
  {
    key: "rent",
    sign: "out",
    words: w(
      // Housing co-operatives and social landlords, and a co-operative's own words for its rent (housing-providers.ts).
      ...HOUSING_PROVIDERS, ...CO_OP_RENT, ...STUDENT_HOMES,
      "echeance( [a-z0-9]+){0,4} logement", "miete", "untermiete", "kaltmiete", "warmmiete", "sollmiete", "mietzins", "huur(?!auto|fiets|check)[a-z]*", "mietzahlung", "monatsmiete", "hausgeld", "wohnungsmiete", "rent(?! a (car|van|bike|scooter))", "rent payment", "monthly rent", "loyer", "alquiler", "affitto",
      "(?!ferien)[a-z]*wohnung", "grundmiete", "nettomiete", "bruttomiete", "nettokaltmiete", "immobilien", "hausverwaltung", "(?<!(op|auf|am|im|den|der|zum|onder|de) )weg", "vermieter", "vonovia", "deutsche wohnen", "leg wohnen", "gewobag", "degewo", "gesobau", "saga", "landlord", "letting agent", "(?<!holiday )lettings", "property management",
      "immobilienverwaltung", "grundstucksverwaltung", "wohnen", "estates", "tenancy", "locataire", "maandhuur", "kamerhuur", "woninghuur", "woonruimte", "property(?! tax)", "properties", "wonen", "immobilier", "immobiliere", "syndic", "agence immobiliere", "realty", "(?<!(serviced|holiday|vacation|ferien|tourist) )apartments", "[a-z]*residential", "mietkaution", "kaution", "pacht", "erbpacht", "servicekosten",
      // A senior residence's monthly fee for its flat is the home: "Stiftsentgelt", "Pensionsentgelt … Appartement" (a care home's is care: health, above).
      "comunidad de propietarios", "cuota comunidad", "condominio", "stiftsentgelt", "pensionsentgelt", "seniorenresidenz", "seniorenstift", "wohnstift", "seniorenwoning",
      "apartment homes", "apts", "rentpayment", "rentpay", "property mgmt", "leasing office", "logt", "resident (pmt|pymt|payment|pay)", "resident portal", "tenant portal", "mieterkonto", "lease (pmt|pymt|payment) (unit|apt)", "quittance", "bail",
      // A US home: the mortgage payment ("MTG PYMT") and the homeowners association's dues ("HOA DUES", "… HOMEOWNERS ASSOC").
      "mortgage", "mortgage (pymt|pmt|payment|pay)", "mtg (pymt|pmt|payment|pay|pymnt)", "mtg", "hoa", "hoa (dues|fee|fees|pmt|pymt|payment)",
      "(home ?owners?|property owners|owners|condo|condominium) (assoc|assn|association)", "condo (fee|fees|dues)",
    ),
  },
  // A registration office's fee is the state's, whatever car word it prints ("LANDKREIS HARBURG KFZ-ZULASSUNG").
  { key: "taxes", sign: "out", words: w("kfz zulassung[a-z]*", "zulassungsstel[a-z]*", "fuhrerscheinstelle", "strassenverkehrsamt") },
  // A district's administration, written out or cut as a card field prints it ("KREISVERW. … ZULASSUNG"): its fees are the state's.
  { key: "taxes", sign: "out", words: w("kreisverwaltung", "kreisverw") },
  // A US state's motor-vehicle office (DMV, "TXDMV"): registration and licence fees are the state's, whatever fee word follows.
  { key: "taxes", sign: "out", words: w("[a-z]{2}dmv", "dmv", "(dept|department) of motor vehicles") },
  // A town's business licence, before the bus's word its shorthand holds ("CITY OF HAYWARD BUS LIC"); a German trade's registration.
  { key: "taxes", sign: "out", words: w("(bus|business) (lic|license|licence)( renewal| fee| tax)?", "business tax", "gewerbe(anmeldung|ummeldung|abmeldung)") },
  // "KENT COUNTY PROBATE CT": a probate court's fee is paid to the state, like a registry office's.
  { key: "taxes", sign: "out", words: w("probate (court|ct|registry)", "county probate") },
  // "TREFALEN FARM CAMPSITE": a campsite on a farm is a stay, not the farm's shop (before the grocers' "farm").
  { key: "travel", sign: "out", words: w("farm (campsite|camp site|camping|campground)s?") },
  // A mineral-oil dealer ("Hoevelmann Mineraloel GmbH", Mineralöl spelled out) sells fuel at its filling stations.
  { key: "fuel", sign: "out", words: w("mineralol") },
  {
    key: "fuel",
    sign: "out",
    words: w("petroleums?", "tire(?! bouchon)", "lube", "auto care", "autocentres?", "autocenters?", "gas station", "petrol", "fuel", "mineralole", "mineralolhandel", "carburants?", "gasolinera", "benzina", "car wash", "waschstrasse", "kfz werkstatt", "autowerkstatt", "autoglas", "autotaalglas", "carglass", "(?<!(velo|bike|cycle|fiets) )garage", "autogarage", "autobedrijf", "autoservice", "peage", "telepeage", "toll", "tolls", "tollway", "toll road", "[a-z]*reifen", "reifen[a-z]*", "tyres", "tires", "tyre", "pneus", "tankstation", "station service", "tunnel", "[a-z]*parking", "lavage", "[a-z]*waschpark", "station essence", "petrol station", "filling station", "service station", "diesel", "benzin", "ladestation", "ev charging", "charging station", "autowasche", "carwash", "waschanlage", "parkplatz", "parkgarage", "parkgebuhr", "parkticket", "parkeren", "stationnement", "car park", "parking garage", "kfz", "autohaus", "car repair", "auto repair", "auto parts", "(rv|caravan|wohnmobil|reisemobil|camping car|motorhome) (services?|repairs?|werkstatt)", "tuv", "dekra", "maut", "maut(stelle|stellen|gebuhr|gebuhren|ticket)", "[a-z]+maut", "vignette", "[a-z]*tankstelle", "parkhaus[a-z]*",
      // A car's loan or lease is the car's cost, whoever lends.
      "(auto|car|vehicle|ev|electric vehicle|electric car) (loan|finance|financing|lease|leasing)", "motor (fin|finance)", "hp agreement", "pcp (agr|agreement)", "hire purchase", "private lease", "lease ?termijn", "leasingrate", "leasing rate",
      // Parts, tyres, fuel dealers, inspections, parking firms and service stations under their shorter or other-language words.
      "tankcenter", "teilemarkt",
      // A filling station by its forecourt or its "Gas & Go" (the ampersand folds away), not a gas bill.
      // A Canadian filling station's kiosk ("MAPLE RIDGE GAS BAR"), read before the gas bill's and the bar's words; a Dutch
      // pump station; a town's or an operator's parking app ("RIVERTON PARK APP").
      "forecourt", "gas (and |n )?go", "gas bars?", "pompstations?", "park ?apps?", "banden[a-z]+", "auto onderdelen", "brandstof", "brandstoffen", "pomp", "fahrzeugpruf[a-z]*", "fahrzeug sicherheitsprufung", "parkeer[a-z]+", "svc stn", "service stn", "auto svc", "auto spa", "motor group", "automobile", "automobiles", "autohof"),
  },
  // A congregation is no town hall ("Protestantse Gemeente", "Pfarrgemeinde", "Kath. Pfarrei St. Peter und Paul"): what a
  // church is given is a donation.
  { key: "donations", sign: "out", words: w("(protestantse|hervormde|gereformeerde|katholieke|rk|doopsgezinde|evangelische|christelijke) gemeente", "kerkbalans", "parochie", "pfarrgemeinde", "kirchengemeinde", "pfarramt", "[a-z]*pfarrei", "katholische mission", "kollekte", "offertory", "denier (de l eglise|du culte)",
    // Mosques, temples and their alms: "DITIB MERKEZ CAMII", "WESTERMOSKEE", "SHRI SANATAN MANDIR", "Zakat 2026", "Fitre und Zekat".
    // A mosque association calls itself a Gemeinde ("DITIB Türkisch-Islamische Gemeinde zu Duisburg e.V.", "Moscheeverein"):
    // a congregation, read before the town's Gemeinde below.
    "[a-z]*moschee[a-z]*", "camii", "[a-z]*moskee", "mosque", "masjid", "mandir", "gurdwara", "islamic cent(er|re)", "zakat", "zekat", "sadaqa",
    "(turkisch )?islamische[a-z]* gemeinde", "islamische[a-z]* (kultur)?verein[a-z]*", "cemevi") },
  // Other faiths' congregations and Muslim associations, before the town's "Gemeinde"/"gemeente"; grocers of an old
  // country's food whose names end in a shop's word, before the shops' and the restaurants' words (community-trades.ts).
  ...spentOn(COMMUNITY_FIRST),
  // A community centre, a library or a social grocer whose name carries a restaurant's, a fee's or a store's word (budget-trades.ts).
  ...spentOn(BUDGET_FIRST),
  // A retiree's trade whose name carries a town's, a council's, a utility's, a cuisine's or a shop's word (retiree-trades.ts).
  ...spentOn(RETIREE_FIRST),
  // A sole trader's suppliers and funds whose name carries a hairdresser's, a town's or a shop's word (trader-trades.ts).
  ...spentOn(TRADER_FIRST),
  // The payee is a public cash office or council: what it bills (waste, water, dog tax) is a levy.
  // A town's or a transit operator's own services, before the town's own words (public-services.ts).
  ...spentOn(PUBLIC_SERVICES),
  { key: "taxes", sign: "out", words: w("hansestadt", "[a-z]+gemeindekasse", "friedhof[a-z]*", "grabnutzung[a-z]*", "burial", "cemetery", "kreisstadt", "universitatsstadt", "finanzkasse", "stadtkasse", "gemeindekasse", "kreiskasse", "amtskasse", "landeskasse", "staatskasse", "bundeskasse", "city council", "borough council", "county council", "district council", `(?<!(${NATIONAL_BODIES.join("|")}) )council`, "ctax", "council tax", "stadt", "landeshauptstadt", "landkreis", "city of", "town of", "village of", "county of", "ville de", "(?<!(de|du|des) (la )?)mairie", "tresor public", "hoogheemraadschap", "waterschap[a-z]*", "[a-z]*belasting", "[a-z]*belastingen", "belasting[a-z]+",
    // Not a national or a professional body's council (councils.ts): the Resuscitation Council's courses, the NMC's registration.
    // A consulate's or an embassy's fees (passports, visas) are paid to a state: "TC BERLIN BASKONSOLOSLUGU", "KONSULAT GENERALNY".
    "(department|dept) of (revenue|taxation)", "(department|dept) (of )?fish (and )?wildlife", "fish (and )?wildlife", "der landrat", "estpmt", "estimated tax( pmt| payment)?",
    // A chamber's membership is a levy every firm must pay (Handwerkskammer, IHK); so are the farmers' social contributions (MSA).
    "handwerkskammer", "industrie und handelskammer", "hwk beitrag", "ihk beitrag", "cotisations sociales( agricoles)?", "mutualite sociale agricole",
    "ajuntament( de)?", "ayuntamiento( de)?", "gestion tributaria", "comune di", "department of state", "[a-z]*konsulat", "konsulat[a-z]*", "consulaat", "consulat", "consulate", "consulado", "[a-z]*konsoloslugu", "embassy", "ambassade",
    // A waste tip's or a land registry's charge is a public one.
    "wertstoffhof", "recyclinghof", "abfallwirtschaft[a-z]*", "recycling cent(re|er)", "milieustraat", "dechetterie", "land registry", "registers of scotland", "kadaster", "grundbuchamt") },
  // A phone repairer, a copy shop, a students' union, a nightclub (student-trades.ts): before the utility's "Handy",
  // the doctors' "Klinik", the schooling words and the grocers' "sugarhouse" their names carry.
  ...spentOn(STUDENT_FIRST),
  // A nail bar, a Thai massage, a hair or ironing parlour ("Haarstube"), a tattoo studio, a shoe repairer, a "Handy …"
  // phone shop and a cigar shop (personal-trades.ts): before the utility's "Handy", the restaurants' "bar" and "stube"
  // and the shops' "shop" and "schuh" their names carry.
  ...spentOn(PERSONAL_FIRST),
  // A phone's plan, a program's cloud storage or internet security, groceries ordered online, goods paid in three and a
  // course's fee (online-trades.ts): before the utilities' "internet", the fees' "frais" and "Gebühr", the schools'
  // "courses", the subscriptions' "abonnement" and the movers' "storage" their words carry.
  ...spentOn(ONLINE_FIRST),
  // A phone shop sells phones and repairs them, though "Handy" alone reads as the phone contract (utilities, below).
  { key: "shopping", sign: "out", words: w("handy (shop|point|center|laden|store|reparatur)") },
  // An electrician's firm is a tradesman's bill, not the electricity supply its trade word names ("SARL … ÉLECTRICITÉ GÉNÉRALE").
  { key: "shopping", sign: "out", words: w("electricite generale", "electriciens?") },
  // A cab firm named after its town's nickname ("ELECTRIC CITY CAB") or a British minicab office ("RUSHDEN RADIO CARS"):
  // the ride, before the utility's word its name carries.
  { key: "transport", sign: "out", words: w("(city|radio|town|airport|yellow|checker) cabs?", "radio cars") },
  // "Dauerstandplatz Parzelle 41 Saison 2025 Strom pauschal": a season's pitch on a campsite is the stay; its power is included, no supply bill.
  { key: "travel", sign: "out", words: w("dauer(stand|stell)platz", "dauercamping", "saison(stell)?platz") },
  {
    // A water park is an outing, not the water bill (leisure-trades.ts); so is a leisure pool named for water ("WATER MEADOWS SWIMMING").
    key: "utilities",
    sign: "out",
    words: w(
      ...PHONE_CREDIT_WORDS, "strom", "mise en service( [a-z]+)? compteur", "stromabschlag", "voip", "abschlag", "gas", "erdgas", "gasabschlag", "wasser", "wassergeld", "drinkwater", "abwasser", "fernwarme", "heizkosten", "nebenkosten", "betriebskosten", "energie", "energy", "electricity", "electric", "water(?! parks?( |$))(?!( [a-z]+){0,2} swimming)", "broadband", "internet", "dsl", "glasfaser", "glasvezel", "glasvezelaansluiting", "glasvezelabonnement", "mobilfunk", "handy", "handyvertrag", "telefon", "phone bill", "mobile phone",
      "electricite", "gaz", "eau", "stroom", "energierekening", "luz", "agua", "luce", "bolletta", "[a-z]*stadtwerke", "[a-z]*stadtwerk", "propane", "flussiggas", "lpg", "utilities", "utility", "utility billing", "energieversorgung", "wasserversorgung", "[a-z]*wasserwerk[a-z]*", "abwassergebuhr", "mullabfuhr", "abfall", "abfallgebuhr", "water rates", "sewer", "trash", "waste", "electric bill", "gas bill", "cable", "telecom", "wireless(?! (zone|world|store|shop|accessories|repairs?|outlet))", "mobile bill", "energie termijn", "termijnbedrag", "servicekosten energie", "netzentgelt", "[a-z]*fibre", "full fibre", "fiber (co|internet|broadband|autopay|[0-9]+ gig)", "(google|ziply|sonic|frontier|metronet|lumos|allo|att) fiber", "breitband", "mobile (ddr|dd|direct debit|plan)", "heating oil", "heizol[a-z]*", "stookolie", "fioul"),
  },
  {
    key: "insurance",
    sign: "out",
    words: w("haftpflicht", "[a-z]+haftpflicht", "[a-z]*aansprakelijkheid[a-z]*", "proprietaire non occupant", "(prof|professional) liability", "liability ins(urance)?", "malpractice( ins(urance)?)?", "vvag", "vers schein", "versicherungsschein", "hausrat", "mutual ins", "(caravan|motorhome|tourer|rv|pet|travel|gadget|bike|cycle) ins(urance)?", "rv policy", "cenaze( yardim)? fonu", "bestattungshilfe", "sterbekasse", "funeral (plan|fund)", "renters ins(urance)?", "tenants? ins(urance)?", "contents ins(urance)?", "(home|joint|household) contents( (cover|policy|ins|insurance))?", "krankenkasse", "kfz versicherung", "insurance", "mutuelle", "cotisation (auto|habitation|sante|prevoyance)( [a-z]+)?", "zorgpremie", "maandpremie", "jaarpremie", "[a-z]*verzekeraar", "seguro", "[a-z]*versicherung", "versicherungsbeitrag", "police", "polis", "polisnummer", "vsnr", "vers nr", "vs nr", "insurance premium", "(?<!(kontopaket|[a-z]*konto|kontomodell|paket|package|account|card|karte|carte|kaart|plan|fee|abo|mitgliedschaft|membership) )premium(?! (bonds|plan|account|package|konto|kontopaket|paket|card|karte|carte|mitgliedschaft|membership|abo|subscription))", "premie", "[a-z]*verzekering", "assurance[a-z]*", "assicurazion[a-z]*", "seguros", "kfz haftpflicht", "zusatzbeitrag", "(health )?cash plans?", "insur", "ins (prem|premium|pymt|pmt|auto|home|policy)", "mutual (prem|premium)", "prop(erty)? cas(ualty)?", "cas prem", "(auto|home|homeowners|renters|life|car) policy",
      // A US insurer's short forms: its companies ("CO-OPERATIVE INS COS") and the cover ("COOPERATIVE INS HOMEOWNERS").
      "ins (co|cos|companies)", "ins (homeowners|renters|life)", "(homeowners|home|house|household|life) ins",
      // A gadget's cover ("CASCADE DEVICE PROTECT … GAMING PC COVERAGE PLAN", "LAPTOP AND CONSOLE COVER").
      "device protect(ion)?", "(device|gadget|laptop|console|phone|pc|tech) (cover|coverage)( plan)?", "coverage plan"),
  },
  // A harbour's dues are a marina's (travel), though a town's harbour office collects them: read before its taxes.
  { key: "travel", sign: "out", words: w("havengeld(en)?", "hafengeld", "hafengebuhr(en)?", "liegegeld", "harbour dues", "harbor dues", "droits de port") },
  {
    key: "taxes",
    sign: "out",
    words: w(
      "finanzamt", "gouv fr", "sip( [a-z]+){1,3} (solde|acompte) ir", "(solde|acompte) ir [0-9]{4}", "prelevement a la source", "(acompte|solde|regularisation) tva", "tva (acompte|a payer|trimestrielle|mensuelle|ca3|ca12)", "sie (de|d|du) [a-z]+", "steuer", "steuern", "einkommensteuer", "kfz steuer", "kraftfahrzeugsteuer", "grundsteuer", "gewerbesteuer", "hundesteuer", "umsatzsteuer", "tax", "taxes", "council tax", "income tax", "property tax",
      "impots", "impot", "cyngor", "treth", "secretary of state", "kvk", "kamer van koophandel", "belasting", "belastingen", "impuesto", "tasse", "rundfunk", "rundfunkbeitrag", "gez", "tv licence", "bussgeld", "verwarnungsgeld",
      "finanzkasse", "stadtkasse", "gemeindekasse", "kreiskasse", "amtskasse", "landeskasse", "staatskasse", "bundeskasse", "grundbesitzabgaben", "abgaben", "zoll", "zollamt", "hauptzollamt", "landeshauptstadt", "burgeramt", "burgerburo", "standesamt", "landratsamt", "bezirksamt", "dvla", "hmrc", "irs", "treasury", "tresor public", "dgfip", "communaute (d agglomeration|de communes|urbaine)", "redevance( [a-z]+)? (dechets|ordures menageres)", "amende", "gemeente", "waterschap", "ozb", "afvalstoffenheffing", "rioolheffing", "ayuntamiento", "comune", "gemeinde", "stadtverwaltung", "fines", "penalty charge", "parking fine", "strafzettel"),
  },
  // A magazine's subscription service sells the subscription, whatever its title names ("FISCH & FANG ABO-SERVICE").
  // A magazine's or a newspaper's publisher sells its titles by subscription ("PAUL PAREY ZEITSCHRIFTENVERLAG").
  { key: "subscriptions", sign: "out", words: w("[a-z]*zeitschriftenverlag", "[a-z]*zeitungsverlag") },
  // A publisher paid for a journal by subscription ("Springer Medizin Verlag GmbH … Abo", "… Zeitschrift … Jahresbezug",
  // "Uitgeverij … Abonnement"): the subscription, whatever field its name or title names ("Medizin", "Medical").
  { key: "subscriptions", sign: "out", words: w(`${PUBLISHER}( [a-z0-9]+){0,8} ${SUBSCRIBED}`, `${SUBSCRIBED}( [a-z0-9]+){0,8} ${PUBLISHER}`) },
  // A venue's ticket office and a newspaper's publisher (family-trades.ts), before the grocers' "Markt" and "Presse".
  ...spentOn(FAMILY_FIRST),
  // Veg boxes and wine clubs by subscription, supper clubs, food halls, cookery schools and cookware (food-trades.ts).
  ...spentOn(FOOD_FIRST),
  // Lessons of an art, a craft or dance, board-game cafés and game shops, water and farm parks, potteries and craft shops
  // whose names end in a café's, a bakery's or a market's word (leisure-trades.ts).
  ...spentOn(LEISURE_FIRST),
  // Boatyards, auction houses, concierges, members' clubs and their house accounts, custody and mandate fees, a
  // co-ownership's charges (wealth-trades.ts), before the cuisines', the bar's, the hotel's and the fees' words beside them.
  ...spentOn(WEALTH_FIRST),
  // Inns and restaurants cut by the card field, a bakery at a station, stays named with a meal's or a farm's word and
  // barbecue shops (hospitality-trades.ts), before the grocers', the stations' and the restaurants' words beside them.
  ...spentOn(HOSPITALITY_FIRST),
  ...spentOn(BABY_FIRST),
  { key: "subscriptions", sign: "out", words: w("abo ?service", "leserservice", "[a-z]*coworking", "co working", "business cent(re|er)", "[a-z]*hosting", "hebergement web", "[a-z]*dating") },
  // A copy shop or a bike repairer sells a service, whatever word for a parlour or a doctor its name uses ("Kopierstube", "Bike Doctor").
  { key: "shopping", sign: "out", words: w("kopierstube", "kopierladen", "copy ?shop", "copy ?cent(er|re)", "print (and )?copy", "print shop", "bike doctor", "bike repairs?", "fahrradwerkstatt") },
  {
    // "bar" but not after a beauty word: a nail, brow or lash bar is a beauty studio (drugstore, below), a salad or wine bar food and drink;
    // nor a lawyers' bar's dues ("STATE BAR OF …", "BAR ASSOCIATION"), a bar mitzvah, or the towns Bar-le-Duc and Bar-sur-Aube.
    // "Inn" but not the river's towns ("Wasserburg am Inn", "Neuötting a. Inn").
    key: "restaurants",
    sign: "out",
    words: w(
      "cocina", "salon de the",
      "trattoria", "la table (de|du|des|d)", "spare rib[s]?", "ribs", "rib shack", "proeflokaal", "raststatte", "rasthof", "ristorante", "osteria", "caffe", "coffee", "pupuseria", "brasserie", "gasthaus", "wirtshaus", "biergarten", "diner", "taqueria", "tapas", "ramen", "pho", "curry", "pub", "eisdiele", "mensa", "kantine", "personeelsrest[a-z]*", "bedrijfsrest[a-z]*", "canteen", "takeaway", "creperie", "pasticceria", "bakery cafe", "steakhouse", "noodle", "(?<!(am|a|an) )inn", "tavern", "deli", "delicatessen", "dim sum", "thai", "taverna", "taco", "tacos",
      "warung", "roti", "snack", "snacks", "friterie", "frituur", "friet", "frites", "wok", "poke", "falafel", "shawarma", "gyros", "taverne", "espresso", "espressobar", "koffiebar", "koffiehuis", "koffie", "roastery", "tea room", "teahouse", "brewery", "brauerei", "weinbar", "weinstube", "bierstube", "cocktail", "cocktails", "(?<!(nail|nails|beauty|lash|lashes|brow|brows|hair|tanning|tan|spa|grooming) )lounge", "cantina", "bbq", "barbecue", "wings", "chicken", "fried chicken", "kitchen", "kuche", "keuken", "cuisine", "grillhaus", "steak", "steaks", "restauracja", "eatery", "food truck", "foodtruck", "street food", "bagel", "bagels", "crepes", "waffle", "waffles", "juice bar", "smoothie", "bubble tea", "boba", "dumpling", "dumplings", "udon", "izakaya", "mezze", "meze", "souvlaki", "chippy", "fish and chips", "fish chips", "chip shop", "curry house", "tandoori", "alehouse", "brewpub", "chowder", "eetsalon", "poffertjes[a-z]*", "winstub", "creamery", "galettes", "[a-z]*brau", "taproom", "tap house", "the red lion", "red lion", "lamb and flag", "arms", "the crown", "white hart", "royal oak", "the plough", "kings head", "the swan", "the anchor", "the wheatsheaf", "the george", "the bell", "the fox", "the angel", "the ship", "gastropub", "bistrot", "estaminet", "auberge", "cafe restaurant", "eethuis", "restaurant[a-z]*", "[a-z]*pizzeria", "pizza[a-z]*", "[a-z]*imbiss", "[a-z]*grill", "[a-z]*burger", "burger(?!(park|parks|buro|amt|verein|stiftung|initiative|service)( |$))[a-z]*", "doner[a-z]*", "kebab[a-z]*", "kebap[a-z]*", "sushi[a-z]*", "[a-z]*bistro", "[a-z]*cafe", "cafe[a-z]*", "[a-z]*gaststatte", "[a-z]*brauhaus", "[a-z]*braukeller", "gasthausbrauerei", "hausbrauerei", "ratskeller", "gaststatten", "gastronomie", "(?!bucher|buecher|blumen|frisier)[a-z]*stube", "[a-z]*kneipe", "[a-z]*snackbar", "snackhuys", "[a-z]*eiscafe", "[a-z]*gelateria", "[a-z]*kaffee", "kaffee[a-z]*", "(?<!(nail|nails|brow|brows|lash|lashes|beauty|blow dry|blowdry|wax|waxing|hair|makeup|make up|state|county|city) )bar(?! (le duc|sur [a-z]+|mitzvah|association|assn|council|exam))", "fish bar", "wine bar", "comptoir", "zinc", "lunchroom", "lunch", "broodjeszaak", "hungry", "eats", "bites", "grub", "smokehouse", "smoke house", "patat", "fritten[a-z]*", "[a-z]*fritten", "grind", "roasters", "fox hounds", "hare hounds", "dog duck", "horse groom", "cat fiddle", "fryer", "fries", "bamboo", "jade", "lahmacun", "pide", "borek", "kofte", "ocakbasi", "[a-z]*gasthof", "spice", "spices", "masala", "thali", "[a-z]*hutte", "huttenwirt", "balti", "tandoor", "biryani", "kimchi", "bulgogi", "thai kitchen", "crepe", "galette"),
  },
  // Jerk is Caribbean grilled food: a jerk shop's "station", "hut" or "centre" is a takeaway, not a filling station.
  { key: "restaurants", sign: "out", words: w("jerk") },
  // "Kettle & Crumb", "The Pudding Pantry": a café names itself after its cake or its larder; a bakery's own word
  // ("Crumb Lane Bakery") still makes it a bakery.
  { key: "restaurants", sign: "out", words: w("crumb(?!( [a-z]+){0,2} (bakery|bakehouse|bakers))", "pantry") },
  // A UK air ambulance is a charity the NHS does not fund: what is paid to it is a gift or its lottery; its shop sells.
  { key: "donations", sign: "out", words: w("air ambulance(?! (shops?|stores?)( |$))") },
  // A hospital's car park, kiosk or canteen (site-services.ts) sells what its word says, before the hospital's own words below.
  ...spentOn(SITE_SERVICES),
  { key: "fuel", sign: "out", words: PARKING_AT_END, nameStart: true },
  // A German medical care centre (MVZ) and a Croatian pharmacy (ljekarna, its chain ljekarne) are health by their kind's word alone.
  { key: "health", sign: "out", words: w("mvz", "ljekarn[ae]", "hebammen[a-z]*") },
  // A therapist, a hospital group, a lab, mobility aids and the rides to treatment (health-trades.ts).
  ...spentOn(HEALTH_FIRST),
  // A Diakoniestation is the Protestant church's home-nursing service, the care a Sozialstation gives.
  { key: "health", sign: "out", words: w("diakoniestation(en)?") },
  { key: "health", sign: "out", words: w("labo", "phie", "drug store", "thermes", "cure thermale", "[a-z]*kurmittel[a-z]*", "[a-z]*vorsorgekur[a-z]*", "chaine thermale", "home ?care", "thuiszorg[a-z]*", "[a-z]*pflegedienst", "sozialstation", "hearing (center|ctr|aids?)", "mobility aids?", "orthopadie[a-z]*", "eigen bijdrage wmo", "laboratoires", "laboratorium", "(scp|scm|selarl|selas|sel|cabinet) (dr|drs|docteurs?|medecins?|medical|dentaire|dentistes?|kine[a-z]*|infirmiers?)", "optiker", "optician", "opticien", "arztpraxis", "gemeinschaftspraxis", "[a-z]+medizin", "[a-z]*apotheke", "apotheek", "pharmacie", "farmacia", "farmacie", "chemist", "chemists", "[a-z]*zahnarzt[a-z]*", "praxis dr", "dr med", "arzt", "arztin", "hausarzt", "[a-z]*arzte", "hausarztpraxis", "facharzt", "kinderarzt", "frauenarzt", "augenarzt", "hautarzt", "orthopade", "ergotherapie", "logopadie", "heilpraktiker", "osteopath", "osteopathie", "physio[a-z]*", "psychotherapie", "[a-z]*klinik", "[a-z]*kliniken", "clinic", "clinique", "kliniek", "klinikum", "krankenhaus", "hospital", "hopital", "ziekenhuis", "ospedale", "medical", "medical centre", "medical center", "medizin", "dental", "dental care", "tandarts[a-z]*", "mondzorg", "tandheelkunde", "huisarts", "huisartsenpraktijk", "fysiotherapie", "[a-z]*fysio", "sports injury", "sports thera[a-z]*", "sports medicine", "rehab", "medecine du sport", "sportmedi[a-z]*", "medecin", "laboratoire", "laborarzt", "optometrist", "opticiens", "opticas", "optica", "ottica", "brillen[a-z]*", "[a-z]*optik", "horgerate", "horakustik", "hoorcentrum", "audika", "sanitatshaus", "urgent care", "doctor", "doctors", "gp surgery", "surgery", "pediatrics", "pharmacy[a-z]*", "dentis[a-z]*", "orthodont[a-z]*", "smiles", "patient (pmt|pymt|payment|pay)", "(health|healthcare) bill (pay|pmt|payment)", "phcy", "opticians", "optometry", "eye care", "eyecare", "vision center", "vision centre") },
  // A textile cleaner's word, whole or cut by the card field ("SUMUP *TEXTILREINIGU"), is the dry cleaner's.
  { key: "drugstore", sign: "out", words: w("textilreinig[a-z]*") },
  { key: "drugstore", sign: "out", words: w("[a-z]*friseur", "[a-z]*frisor", "frisier[a-z]*", "grooming", "friseursalon", "coiffeur", "coiffure", "[a-z]*kappers?", "barbier", "barbiere", "barberia", "kapsalon", "barber", "barbers", "barbershop", "hair", "hair salon", "hairdresser", "hairdressers", "salon", "nail", "nails", "nagelstudio", "kosmetik", "kosmetikstudio", "kosmetikinstitut", "beauty", "beautysalon", "spa", "massage", "massagen", "waxing", "tattoo", "parfumerie", "parfumeria", "perfumery", "drogerie", "drogisterij", "parapharmacie", "[a-z]*reinigung", "pressing", "laundry", "launderette", "laundrette", "waschsalon", "wasserij", "stomerij", "dry cleaner", "dry cleaners", "dry cleaning", "blanchisserie", "tintoreria", "lavanderia", "schuhmacher", "cobbler", "textilpflege", "wascherei", "fade", "fades", "cuts", "shave", "haar(?!lem|(lo|le)( |$))[a-z]*", "hairstylist", "hairstyling", "coiffeuse", "kapperszaak", "nagelsalon", "(brow|brows|lash|lashes|blow dry|blowdry|wax|makeup|make up) bar") },
  { key: "groceries", sign: "out", words: w("dagwinkel", "winzer(verein|genossenschaft|keller|hof)[a-z]*", "afroshop", "afro shop", "sennerei", "obststand", "(kase|fisch|eier)stand", "dorfmarkt", "farm stand", "fruit stand", "citrus stand", "sugarhouse", "sugar shack", "cider mill", "fish van", "boerderijwinkel", "boerenwinkel", "ferme", "gaec", "earl (du|de|des|d)", "brot", "visspecialist", "vishandel", "mkt", "boulangerie", "bakery", "(?<!(am|an dem|aan de|op de) )markt", "bakeshop", "bake shop", "[a-z]*kaserei", "fromagerie", "[a-z]*dranken[a-z]*", "wijnhandel", "panaderia", "boucherie", "supermarket", "supermarche", "hofladen", "[a-z]*nutrition", "[a-z]+bauernladen", "frischemarkt", "versmarkt", "supermarkten", "obsthof", "kiosk", "spati", "convenience store", "bakker", "(?<!(city|community|petting) )farm", "farms", "farm shop", "farmers market", "[a-z]*backerei", "backhaus", "[a-z]*backstube", "[a-z]*metzgerei", "[a-z]*fleischerei", "[a-z]*schlachterei", "feinkost", "bioladen", "naturkost", "reformhaus", "obst", "gemuse", "obst und gemuse", "kase", "kasekeller", "patisserie", "konditorei", "slagerij", "slager", "keurslager", "charcuterie", "primeur", "epicerie", "superette", "alimentation", "groenteboer", "groente", "toko", "carniceria", "fruteria", "macelleria", "panificio", "forno", "alimentari", "butcher", "butchers", "greengrocer", "grocer", "grocers", "grocery", "groceries", "food market", "supermercado", "supermercato", "minimarket", "mini market", "mini markt", "spatkauf[a-z]*", "liquor", "liquor store", "beverage (depot|center|centre|outlet|mart|warehouse|barn|store)", "package store", "off licence", "wine shop", "weinhandlung", "weinhandel", "caviste", "slijterij", "[a-z]*getrankemarkt", "getranke[a-z]*", "asia markt", "asia shop", "halal", "bio markt", "marche", "markthalle", "wochenmarkt", "market", "weinkontor", "weinhaus", "poelier", "poelierderij", "cheese", "cheesemonger", "fromager", "sagt danke", "cellier", "au pain", "pain", "bakehouse", "bake house", "bakes", "[a-z]*vlaai", "[a-z]*biomarkt", "[a-z]*supermarkt", "loaf", "loaves", "sourdough", "bread", "weinladen", "weinkeller", "vinothek", "wine merchant", "wine merchants", "wines", "vins", "cave a vins", "wijnkoperij", "wijnhuis", "[a-z]*bakkerij", "newsagent", "newsagents", "news agent", "tabac", "presse", "convenience", "news", "trinkhalle", "budchen", "wasserhauschen", "wine", "spirits", "wine and spirits", "cave", "liquors", "bottle shop", "natural foods", "health foods", "fishmonger", "poissonnerie", "visboer", "fischhandel", "fisch", "kaas[a-z]*", "food co ?op", "co op market", "village stores?", "village shop") },
  // A cider or beer shop is an off-licence (the wine shop's kind above), not a shop of goods.
  // A beer store or a German beer merchant too, before the shops' "store" ("NORTHSIDE BEER STORE").
  { key: "groceries", sign: "out", words: w("cider shops?", "beer (shops?|stores?)", "bier(handel|handlung|verlag)") },
  // A town's bike-share scheme ("BOULDER BIKE SHARE") rents rides, before the bike shops' words below.
  { key: "transport", sign: "out", words: w("bike ?share", "bike sharing") },
  // Vets are health: every pool's writer files them there (bank-formats.md §4.2 groups MCC 0742 with pets, and Kontor
  // has no pets category); a pet shop stays shopping.
  { key: "health", sign: "out", words: w("tierarzt", "tierarztin", "tierarzte", "tierarztpraxis", "tierarztliche", "tierklinik", "kleintierpraxis", "pferdepraxis", "pferdeklinik", "tiermedizin[a-z]*", "vet", "vets", "veterinary", "veterinarian", "veterinarians", "animal hosp", "animal hospital", "animal clinic", "pet hospital", "equine vets?", "dierenarts", "dierenartsen", "dierenartsenpraktijk", "dierenkliniek", "dierenziekenhuis", "veterinaire", "veterinaires", "clinique veterinaire", "cabinet veterinaire") },
  { key: "shopping", sign: "out", words: w("floral", "[a-z]*babyausstattung", "klosterladen", "pepinieres?", "nurseries", "plant nursery", "florals", "depot vente", "baumschule", "voordeelshop", "nahatelier", "anderungsatelier", "[a-z]*schneiderei", "tailor", "tailors", "shoes", "florist", "[a-z]*floristik", "fleurop", "bookshop", "librairie", "boekhandels?", "fahrrad[a-z]*", "laufsport", "bikehaus", "[a-z]+flohmarkt", "radladen", "drahtesel", "spokes", "radsport", "bike shop", "bikes", "cycles", "cycle", "tweewieler[a-z]*", "bookstore", "books", "libreria", "[a-z]*buchhandlung", "buchladen", "fleuriste", "bloemen[a-z]*", "floristeria", "fioraio", "flowers", "[a-z]*blumen", "blumen[a-z]*", "[a-z]*schuh[a-z]*", "chaussures", "schoenen", "zapateria", "mode", "[a-z]*modehaus", "fashion", "boutique", "textil", "kleding", "vetements", "moda", "spielwaren", "toys", "jouets", "speelgoed", "juguetes", "juwelier", "jewellers", "jewelers", "jewelry", "jewellery", "bijouterie", "uhren", "elektro", "electronics", "handyshop", "computer", "[a-z]*mobel", "furniture", "meubles", "meubelen", "muebles", "einrichtung", "einrichtungshaus", "[a-z]*einrichtungsmarkt", "[a-z]*baumarkt", "bouwmarkt", "hardware", "diy", "garden centre", "garden center", "gartencenter", "tuincentrum", "jardinerie", "papeterie", "schreibwaren", "stationery", "sportswear", "sporting goods", "outdoor", "warenhaus", "kaufhaus", "department store", "grand magasin", "geschenke", "gifts", "souvenir", "souvenirs", "antik", "antiques", "trodel", "second hand", "secondhand", "thrift", "vintage", "[a-z]*tierbedarf", "zoohandlung", "zoofachhandel", "pet shop", "pet store", "dierenwinkel", "animalerie", "haushaltswaren", "kuchenstudio", "raumausstatter", "teppich", "lampen", "leuchten", "spielzeug", "musikhaus", "instrumente", "fotostudio", "foto", "copyshop", "copythek", "[a-z]*druckerei", "druckwerkstatt", "drukwerk[a-z]*", "[a-z]*printers", "kantoorartikelen", "fournitures de bureau", "office supplies", "[a-z]*buromarkt", "eisenwaren", "werkzeug", "farben", "tapeten", "handarbeit", "wolle", "stoffe", "nahmaschinen", "bastel", "hobby", "kunst", "galerie", "rahmen", "book", "shop", "store", "stores", "boutiques", "magasin", "winkel", "zweirad[a-z]*", "[a-z]*zweirad", "radhaus", "radwerk", "florists", "velo[a-z]*", "bucherstube", "bucher", "radstation", "bloem[a-z]*", "fiets[a-z]*", "candle", "candles", "petal", "petals", "stem", "stems", "bloom", "blooms", "blossom", "blossoms", "rijwiel[a-z]*", "bike", "bicycle", "bicycles", "cyclery", "cycling", "bike works") },
  // A cuisine's country or city names a restaurant only where no kind of shop does: "PUNJAB ASIA MARKT" is a grocer,
  // "BOMBAY STORES" a shop, "SHANGHAI GARDEN" a restaurant.
  { key: "restaurants", sign: "out", words: w("shanghai", "peking", "beijing", "canton", "cantonese", "szechuan", "sichuan", "hunan", "mandarin", "hong kong", "golden dragon", "jade garden", "bombay", "delhi", "madras", "punjab", "kashmir", "saigon", "hanoi", "bangkok", "siam", "tokyo", "osaka", "bengal", "korean", "mexican", "indian", "chinese", "vietnamese", "lebanese", "turkish", "greek", "italian", "japanese") },
  // A club's match fee, an exam's entry, a school uniform, a registration office (family-trades.ts): before the fee
  // words, the venues' "entry fees" and the schools' "school", after a restaurant's, a doctor's and a shop's own words.
  ...spentOn(FAMILY_PURPOSES),
  // A ski trip's lifts and hired skis (shop-kinds-more.ts), before the sports venues below.
  { key: "travel", sign: "out", words: w(...SKI_TRIPS) },
  // A German sports club by the initials it is registered under, a name or a town and its e.V. ("TSV Maichingen e.V.",
  // "TuS 1896 Grevenbroich e.V."), as "Sportverein" written out: the initials alone stand for firms too (TSV, SV, SG).
  { key: "entertainment", sign: "out", words: w("(tsv|tus|tsg|vfb|vfl|vfr|spvgg|mtv|sv|tv|sc|fc|fsv|ssv|asv|esv|psv|djk|tgv|hsv|bsv|ksv|rsv|tb|sg|tuspo|tura|turu)( [a-z0-9]+){1,4} e v") },
  {
    key: "entertainment",
    sign: "out",
    words: w("(club|cercle|espace|centre|salle) (de )?(la )?(remise en )?forme", "tiergarten", "gym", "yoga", "pilates", "crossfit", "boulderhalle", "bouldern", "membership dues", "yacht ?club", "surf ?club", "sailing (center|centre|club|school)", "sportboulevard", "badeland", "snowsports", "segel(club|verein)", "angel(sport)?verein[a-z]*", "fischereierlaubnis", "angelkarte", "plongee", "ruderverein", "roeivereniging", "golf ?(club|klub)", "liegeplatz", "padel[a-z]+", "bikepark", "(kanu|kajak|boots|sup)verleih", "yoga(?!studio)[a-z]+", "surfschool", "kite ?(centrum|center|school)", "entry fees?", "cotisation section", "athletisme", "startgeld", "startlicentie", "[a-z]*vogelpark", "[a-z]*wildpark", "filmpark", "safari park", "wildlife park", "soft play", "surf school", "surfschule", "kinderboerderij", "city farm", "community farm", "petting farm", "zwemvereniging", "vereinsbeitrag", "spartenbeitrag", "kletterhalle", "schwimmbad", "(freizeit|erlebnis|spass|familien|sport|sud|nord|ost|west|stadt|volks|wald|see|natur|kinder)bad", "[a-z]+(berg|burg|stadt|dorf|heim|hausen|feld|furt|ingen)bad gmbh", "box office", "(?<!(rail|railway|station|train|bus|coach|ferry) )ticket office", "hippodrome", "sportverein", "kino", "cinema", "thermen", "thermae", "theater", "theatre", "variete", "buhnen", "[a-z]*orchester", "philharmonic", "kultur(haus|laden|zentrum|fabrik|bahnhof|werkstatt)", "veranstaltungs[a-z]*", "ballroom", "football club", "season tkt", "konzert", "concert", "bowling", "minigolf", "escape room", "contributie", "sportvereniging", "voetbalvereniging", "tennis[a-z]*", "[a-z]+club", "lidmaatschap", "erlebnis[a-z]*", "trampolin[a-z]*", "trampoline park", "zoo", "tierpark", "freizeitpark", "theme park", "therme", "sauna", "hallenbad", "freibad", "zwembad", "piscine", "golf", "squash", "climbing", "bouldering", "kart", "karting", "lasertag", "arcade", "casino", "spielhalle", "musee", "bioscoop", "cine", "filmtheater", "filmpalast", "lichtspiele", "oper", "opera", "philharmonie", "stadion", "stadium", "eintritt", "admission", "festival", "dance(?! academy)", "dojo", "kampfsport", "sportstudio", "[a-z]*fitness", "fitness[a-z]*", "leisure centre", "swimming", "climbing wall", "museo", "teatro", "[a-z]*museum", "museum[a-z]*"),
  },
  // Tuition and a university's or a school's fees, before the fee words they print ("TUITION FEE", "Studiengebühr", "frais de scolarité").
  { key: "education", sign: "out", words: w("tuition", "studiengebuhr(en)?", "studienbeitrag", "semestergebuhr(en)?", "semesterbeitrag", "(frais|droits)( de)? scolarite", "scolarite", "collegegeld") },
  // A bank's charge for sending a card ("Pauschale für Kartenversand per Einschreiben") or for an urgent or foreign
  // transfer ("Tarief spoedoverschrijving naar buitenland").
  // A bank's surcharge for converting a payment's currency ("Währungsumrechnung Überweisung in PLN Aufschlag Mai").
  { key: "fees", sign: "out", words: w("wahrungsumrechnung( [a-z]+){0,4} aufschlag") },
  // A neobank's metal plan bought in the app ("IN-APP METAL TIER UPGRADE"), a new card sent by courier ("LIVRAISON PAR
  // COURSIER NOUVELLE CARTE"): the bank's own charges.
  { key: "fees", sign: "out", words: w("metal (tier|plan|membership)( upgrade| fee)?", "(livraison|envoi|expedition)( [a-z]+){0,3} nouvelle carte", "kartenversand", "toezending( [a-z]+)? (pas|betaalpas|kaart|creditcard)", "opslag wisselkoers", "tarief( [a-z]+){0,2} [a-z]*(overschrijving|overboeking)[a-z]*", "toeslag( [a-z]+){0,2} buiten (de )?eurozone",
    // An account's bundle of perks by the month ("ACCOUNT PERKS BUNDLE MONTHLY COST") and a bank card ordered again ("Tarief herbestelde bankpas").
    "account( [a-z]+)? bundle( monthly| annual)? (cost|fee|price|charge)", "(tarief|kosten)( [a-z]+){0,2} (herbestelde|vervangende|nieuwe) (bankpas|betaalpas|pinpas)",
    // A card replaced after a loss or theft, billed by a French bank ("FACTURATION CARTE REMPLACEE PERTE").
    "(facturation|frais|cotisation)( [a-z]+){0,2} carte (remplacee|de remplacement)") },
  // A credit report or a tenant's referencing check, which a landlord or a letting agent asks for, is a charge for a service.
  { key: "fees", sign: "out", words: w("[a-z]*schufa", "bonitats[a-z]*", "(tenant )?referencing", "credit check", "huurcheck") },
  {
    key: "fees",
    sign: "out",
    words: w("cotisation (pack|offre|formule|compte|convention)( [a-z]+)?", "[a-z]*kontomodell", "monatspreis", "kontopreis", "(preis|kartenpreis|jahrespreis)( [a-z]+){0,2} [a-z]*(karte|card)", "(zweitkarte|partnerkarte|ersatzkarte)( debit| kredit| visa| mastercard)?", "entgelt kontofuhrung", "abschluss", "monthly fee", "account fee", "kontoabschluss", "entgeltabrechnung", "kosten betaalpakket", "[a-z]*kontopaket", "frais tenue de compte", "monatspauschale", "frais bancaires", "(forfait|offre groupee|bouquet)( [a-z]+){0,3} bancaires?", "bank charges", "entgelt girokonto", "service fee", "rente en kosten", "cotisation carte", "maintenance fee", "maintenance charge", "transaction fee", "rechnungsabschluss", "grundpreis", "kosten betalingsverkeer", "commission intervention", "frais carte", "oranjepakket", "[a-z]*betaalpakket",
      // A Dutch bank charging its account package: "ABN AMRO Bank N.V.  BasisPakket  1,85", "… Basic Package", "… Pakket Plus".
      "(abn amro|bank n v|bank nv|rabobank|ing bank|sns bank|asn bank|regiobank|triodos bank|knab|bunq)( [a-z]+){0,3} ([a-z]*pakket|(basic|plus|premium|student|youth|family|account|banking) package)", "[a-z]*entgelt", "[a-z]*entgelte", "kontoentgelt",
      // A surcharge on card payments in a foreign currency; a Dutch bank's charge for a service at its counter.
      "(fremdwahrungs|auslands|wahrungs)aufschlag", "(tarief|kosten)( [a-z]+){0,3} (aan|bij) de balie", "[a-z]*gebuhr", "gebuhren", "late fee", "late payment fee", "annual fee", "card fee", "foreign transaction fee", "foreign fee", "foreign exchange fee", "fx fee", "currency conversion fee", "international transaction fee", "non sterling transaction fee", "non sterling", "cross border fee", "interest charge", "interest charged", "finance charge", "purchase interest", "fee", "fees", "charge", "charges", "kosten", "frais", "commission", "commissions", "commissione", "comision(es)?", "intereses", "interessi", "spese( [a-z]+)? (conto|bancarie|bonifico|incasso|carta|estratto)", "canone( [a-z]+)? (conto|carta)", "cuota( [a-z]+){0,2} (tarjeta|cuenta|mantenimiento)", "overdraft", "agios", "sollzins", "rente", "interest", "bankkosten", "kosten buitenland", "frais hors zone euro", "frais paiement hors zone euro", "hors zone euro", "abonnement carte", "debetrente", "debetrenten", "[a-z]*kontofuhrung[a-z]*", "porto", "porto kontoauszuge", "kontoauszug[a-z]*", "interets debiteurs", "interets", "interet debiteur", "[a-z]*zinsen", "insufficient funds", "nsf", "returned item"),
  },
  // A depot's income paid out to the current account is income, before the depot's word makes it a saving.
  { key: "income_other", sign: "in", words: w("ertragsgutschrift", "dividendengutschrift", "ertragsausschuttung", "dividende") },
  { key: "savings", sign: "any", words: w("sparplan", "geldanlage", "premium bonds", "wertpapierkauf", "wertpapiere", "etf sparplan", "festgeld", "(?<!(food|home|office|auto|parts|tire|army|navy|dollar|party|book|pet|paint|bus|golf|shoe|sports?|the|farm|feed|lumber|beauty|craft|beverage|liquor|wine|beer|bottle|flooring|tile|carpet|mattress|furniture|building|appliance|bargain|surplus|tool|uniform|candy|bait) )depot(?! (vente|store))", "investment", "beleggen") },
  { key: "income_other", sign: "in", words: w(...INTEREST_EARNED) },
  // Not "Mitgliedsbeitrag": every German club takes one (a riding club, a parents' association, a lifesaving branch),
  // so the payee's own kind says what it is, and an association of no trade is no subscription.
  { key: "subscriptions", sign: "out", words: w("subscription", "subscriptions", "subscr", "abonnement", "abo", "[a-z]{3,}abo", "streaming", "membership fee", "monthly plan", "premium plan") },
  { key: "donations", sign: "out", words: w("spende", "spenden", "donation", "donations", "charity", "donativo", "gift aid", "donatie") },
  { key: "travel", sign: "out", words: w("kreuzfahrt[a-z]*", "reisen", "[a-z]+reisen", "reizen", "[a-z]+reizen", "[a-z]*vakanties", "croisi[a-z]*", "[a-z]+cruises", "cruise lines?", "coach (holidays|tours?)", "hotel", "hotels", "ferry", "ferries", "fahre", "veerdienst", "veerboot", "rederij", "[a-z]*reederei", "[a-z]*schifffahrt", "[a-z]*schiffahrt", "dampfschiff[a-z]*", "bordkonto", "cruise", "suites", "hostel", "ferienwohnung", "ferienhaus", "apartment", "camping", "campingplatz", "bed and breakfast", "b b", "guesthouse", "guest house", "resort", "resorts", "herberg", "albergo", "hostal", "jugendherberge", "airline", "airlines", "airways", "flughafen", "airport", "aeroport", "luchthaven", "aeropuerto", "aeroporto", "reiseburo", "travel agency", "travel", "travels", "agence de voyage", "agence voyage", "reisbureau", "autovermietung", "mietwagen", "car rental", "car hire", "rent a car", "location voiture", "autoverhuur", "cruises") },
  { key: "transport", sign: "out", words: w("cab", "cabs", "minicab", "taxi[a-z]*", "bahnhof", "fahrkarte", "fahrkarten", "fahrschein", "fahrkartenautomat", "ticketautomat", "kaartautomaat", "ov", "ov chipkaart", "openbaar vervoer", "bus", "buses", "tram",  "underground", "railway", "railways", "rail", "transit", "metro", "subway", "transports", "transporte", "trasporti", "e scooter", "scooter", "bike share", "bikeshare", "carsharing", "(?!colum|glo|nim|sylla|air|omni|post)[a-z]{3,}bus", "busticket[a-z]*", "reisproducten", "ov kaart", "fare", "fares", "tvm") },
  // Life-support and first-aid courses, by their letters only beside the course's word ("ALS COURSE", "CPR CLASS"; CPR alone
  // is also a phone repairer's name) or by the body that runs them ("RESUS COUNCIL UK", the American Heart Association's "SHOPCPR").
  { key: "education", sign: "out", words: w("(als|bls|pals|ils|cpr|resus)( [a-z]+)? (class|classes|certification|recertification)", "resus(citation)? council", "shopcpr") },
  { key: "education", sign: "out", words: w("[a-z]*tutors?", "lernstudio", "driving sch[a-z]*", "studiegeld", "lesgeld", "[a-z]*onderwijs[a-z]*", "(?!baumschule)[a-z]*schule", "school", "universitat", "university", "kita", "kindergarten", "kindertagesstatte", "nachhilfe[a-z]*", "tutoring", "lessons", "[a-z]*rijschool", "rijles", "autoecole", "auto ecole", "kurs", "kurse", "course", "courses", "seminar", "akademie", "academy", "bibliothek", "library", "ecole", "universite", "creche", "college", "schulgeld", "elternbeitrag", "lernen", "learning", "training", "workshop", "school fees", "language cent(er|re)s?", "sprachenzentrum", "taalcentrum", "taalschool", "integrationskurs[a-z]*", "inburgering[a-z]*", "kinderopvang", "universiteit", "hogeschool", "escuela", "scuola") },
  // A standing order of a rent-sized amount with nothing else said is rent.
  { key: "rent", sign: "out", words: w("dauerauftrag", "standing order", "dauerauftrag terminuberweisung"), minAmount: "300" },
  // Trade words of local shops (shop-kinds.ts): after every word above, before guesses from how a name is made.
  ...SHOP_KIND_SIGNALS,
  // A shop named by music of no kind and its owner's word ("KERSTEN MUSIC", "MUSIK SCHMIDT"; leisure-trades.ts).
  { key: "shopping", sign: "out", words: MUSIC_SHOP_NAME, unless: (folded) => NOT_A_MUSIC_SHOP.test(` ${folded}`), nameStart: true },
  // An event's tickets, where no word above said whose (student-trades.ts).
  ...spentOn(STUDENT_LAST),
  // A mobility shop, a race circuit, where no word above said another trade's (retiree-trades.ts).
  ...spentOn(RETIREE_LAST),
  // A night or music club paid at its till goes by "Club <name>" ("CLUB NOORDZIJDE", "SumUp *Club Samtweberei"): a venue,
  // where no word above named a sandwich, a house's restaurant, a wine club's box or a fashion label's shop (Club Monaco).
  { key: "entertainment", sign: "out", words: /^club (?!(monaco|car|cars|sandwich|sandwiches|house|de vins?|du vin|des vins|med|mate)( |$))[a-z]+( [a-z]+)?$/, nameStart: true },
  // A buy-now-pay-later instalment of goods, where no loan's, tax office's or other trade's word said whose (online-trades.ts).
  ...spentOn(ONLINE_LAST),
  // Inns and bistros are named "Zum Goldenen Hirsch", "Zur Quelle", "Chez Marcel"; only as the name's first word ("Apotheke zur Post" is a pharmacy).
  { key: "restaurants", sign: "out", words: /^(zum|zur|chez|casa|la casa|taberna) \S/, nameStart: true },
  // Pubs are "The <adjective> <sign>": The Rusty Anchor, The Red Lion, The Kings Arms.
  { key: "restaurants", sign: "out", words: /^the( [a-z]+){0,2} (billet|anchor|arms|inn|tavern|lion|crown|bell|swan|fox|hounds|plough|plow|oak|stag|hart|boar|bull|horse|ship|castle|feathers|rose|star|sun|globe|mitre|falcon|eagle|griffin|cock|george|head|wheatsheaf|tap|taphouse|alehouse|brewhouse|saloon|crow|raven|pig|goat|duck|owl|hare|badger|lamb|dog|kettle|barrel|keg|tankard|cask|grapes|vine|bear|wolf|hog|goose|pheasant|compass|harp|fiddle|lantern|mill|bridge|moose|elk|deer|otter|heron|wren|robin|magpie|kestrel|hawk|hound|hedgehog|squirrel|rabbit|partridge|pelican|peacock|trout|pike|plover|greyhound|mermaid|unicorn|dragon|woolpack)$/, nameStart: true },
  // Welsh pubs are "Y <sign> [<colour>]": Y Llew Coch (the Red Lion), Y Ceffyl Du, Y Bedol, Y Delyn, Y Goron.
  { key: "restaurants", sign: "out", words: /^y (llew|ceffyl|tarw|llong|goron|delyn|bedol|ddraig|castell|groes|seren|eryr|fuwch|wennol|hydd|cwch|gwesty) ?/, nameStart: true },
  // Dutch inns: "De Gouden Leeuw", "Het Witte Paard".
  { key: "restaurants", sign: "out", words: /^(de|het|in de|in het) (gouden|zwarte|witte|rode|blauwe|groene|oude|vergulde|zilveren|blonde|dikke|vrolijke) \S/, nameStart: true },
  // An Aachen gingerbread maker named after its Printen ("PRINTEN KORFMACHER"); in Dutch "printen" is to print, and a
  // print shop says so after it ("Printen en Kopiëren", "Printen.nl").
  { key: "groceries", sign: "out", words: /^printen (?!(en|and|kopieren|scannen|plotten|drukken|copy|service|shop|nl|com|be|de)( |$))/, nameStart: true },
  // A French motorway's service area sells fuel under its own name ("AIRE DE LA GARONNE"); a playground, a leisure park
  // or a motorhome stop is an "aire" too, and a picnic or rest area sells nothing.
  { key: "fuel", sign: "out", words: /^aire (de|d|du|des) (?!(la |l )?(jeux|loisirs?|camping|camping car|pique nique|repos|stationnement)( |$))/, nameStart: true },
  // Last, because the word is also a bus or train station's: "Station" after a name is most often a petrol station.
  // "EMO OIL", "ESSAR OIL UK": a name ending in oil or petroleum sells fuel ("Oil & Vinegar" does not end in it).
  { key: "fuel", sign: "out", words: /(^| )(oil|petroleum)$/, nameStart: true },
  { key: "fuel", sign: "out", words: w("station", "stations", "gas", "tank", "[a-z]+tank", "tanken") },
];
export interface HeuristicSubject {
  amountSign: -1 | 0 | 1;
  /** The row's amount, for signals that only apply above a size. */
  amount?: string;
  texts: (string | null | undefined)[];
  /** The merchant's name, for signals about how names are made. */
  name?: string | null;
  /** The bank's booking type code ("CPT", "DEB"), for codes that say what a row is. */
  type?: string | null;
}
// comdirect's booking type for every outgoing transfer: "Übertrag" here says nothing about whose account.
const GENERIC_TRANSFER_TYPE = /(^| )ubertrag uberweisung( |$)/g;
// A web shop's "24" run into its trade word ("SANITAETSHAUS24.DE", "MOEBEL24") leaves the trade word to read.
const WEB_SHOP_24 = /(?<=[a-z]{4})24(?= |$)/g;
/** A signal list with its word-start index (word-start-index.ts), built once; a name's signals test the name, so always run. */
interface SignalList {
  signals: readonly Signal[];
  index: WordStartIndex;
}
const listOf = (signals: readonly Signal[]): SignalList => ({ signals, index: wordStartIndex(signals.map((sig) => (sig.nameStart ? null : sig.words))) });
const BOOKING_LIST = listOf(BOOKING_TYPE);
const CONTENT_LIST = listOf(CONTENT);
function firstSignal({ signals, index }: SignalList, s: HeuristicSubject, indexed = true): string | null {
  const text = foldUmlauts(foldText(s.texts.filter(Boolean).join(" ")).replace(GENERIC_TRANSFER_TYPE, " ")).replace(WEB_SHOP_24, "");
  const name = foldUmlauts(foldText(s.name ?? ""));
  const mayMatch = indexed ? index.mayMatch(text) : () => true;
  for (let i = 0; i < signals.length; i += 1) {
    const sig = signals[i]!;
    if (sig.sign === "in" && s.amountSign <= 0) continue;
    if (sig.sign === "out" && s.amountSign >= 0) continue;
    if (sig.minAmount && !(s.amount && isDecimal(s.amount) && decimalCmp(decimalAbs(s.amount), sig.minAmount) >= 0)) continue;
    if (mayMatch(i) && sig.words.test(sig.nameStart ? name : text) && !sig.unless?.(text)) return sig.key;
  }
  return null;
}
// Banks' own type codes for a cash machine withdrawal (bank-formats.md §1.3, §3.4):
// Lloyds/Halifax "CPT" (cashpoint), HSBC and Chase "ATM", NatWest "C/L" (cashline), ABN AMRO "GEA" (geldautomaat).
const CASH_TYPE = /^\s*(cpt|atm|c\/l|gea|cash|cashpoint|cash machine|cash withdrawal|atm withdrawal)\s*$/i;
/** The row's booking type code says it is money from a cash machine. */
export function isCashType(transactionType: string | null | undefined): boolean {
  return !!transactionType && CASH_TYPE.test(transactionType.replace(/_/g, " "));
}
// German banks' booking types for the account's own charges (bank-formats.md §1, §3.2): the bank is
// the counterparty, as it is of its cash machine's withdrawals, so only the type tells a fee from cash.
// Revolut's "Fee" rows (its fee column, made a row of its own) say so in English: an exchange's fee is no exchange.
const FEE_TYPE = /^(abschluss|kontoabschluss|rechnungsabschluss|entgelt|entgelte|zinsen entgelte|zinsen entg|kontofuhrungsentgelt|kontoentgelt|kontoabrechnung|gebuhren|fee|fees)$/;
/** The row's booking type says it is the bank's own charge for the account. */
export function isFeeType(transactionType: string | null | undefined): boolean {
  return !!transactionType && FEE_TYPE.test(foldUmlauts(foldText(transactionType)));
}
// Booking types of a currency exchange between the person's own balances (Revolut "EXCHANGE", Wise's
// conversions): both legs are own money changing currency, the leg that arrives no income, the one that leaves no spending.
const EXCHANGE_TYPE = /^\s*(exchange|conversion|currency exchange|currency conversion|fx|fx exchange)\s*$/i;
/** The row's booking type says it is one leg of a currency exchange between own balances. */
export function isExchangeType(transactionType: string | null | undefined): boolean {
  return !!transactionType && EXCHANGE_TYPE.test(transactionType.replace(/_/g, " "));
}
export function bookingTypeCategory(s: HeuristicSubject): string | null {
  // Before cash and refunds: a PayPal "General Withdrawal" is no cash machine, a Venmo cash-out no money back from a shop.
  if (isWalletBankMove(s.type, s.texts) || isExchangeType(s.type)) return "transfers";
  if (s.amountSign < 0 && isFeeType(s.type)) return "fees";
  const hit = firstSignal(BOOKING_LIST, s);
  // A cash machine's type code wins over whatever shop or place the machine's text names ("LNK SAINSBURYS CAMDEN").
  if (hit === null && s.amountSign < 0 && isCashType(s.type)) return "cash";
  return hit;
}
export function contentCategory(s: HeuristicSubject): string | null {
  return firstSignal(CONTENT_LIST, s);
}

/** True when the words, spent on their own, say a kind of shop, trade or goods ("Matratzen", "Bäckerei", "Museum"). */
export function namesKind(words: string): boolean {
  return contentCategory({ amountSign: -1, texts: [words] }) !== null;
}

// The rent words of a purpose, strong enough to say what a payment to a student union, a canteen operator or a
// university was for ("SWFR Mietzahlung 07/2025 Zi. 0312", "CROUS … REDEVANCE … RESIDENCE … CHAMBRE").
const RENT_PURPOSE = w("miete", "mietzahlung", "kaltmiete", "warmmiete", "monatsmiete", "zimmermiete", "wohnheim[a-z]*", "nutzungsentgelt( [a-z0-9]+){0,2} (zimmer|appartement|apartment|wohnung)", "loyer", "redevance( [a-z0-9]+){0,4} (residence|logement|chambre)", "huur", "kamerhuur", "maandhuur", "room rent", "hall fees", "accommodation fees?");

/** A payment out of at least 100 whose purpose names rent for a room or a flat. */
export function namesRent(s: HeuristicSubject): boolean {
  if (s.amountSign >= 0 || !(s.amount && isDecimal(s.amount) && decimalCmp(decimalAbs(s.amount), "100") >= 0)) return false;
  return RENT_PURPOSE.test(foldUmlauts(foldText(s.texts.filter(Boolean).join(" "))));
}
/** Each keyword list as written, with the category it signals (the lists written as one regular expression are left out). */
export function keywordLists(): { key: string; entries: readonly string[] }[] {
  const own = [...BOOKING_TYPE, ...CONTENT].flatMap((sig) => {
    const entries = written.get(sig.words);
    return entries ? [{ key: sig.key, entries }] : [];
  });
  return [...own, ...SHOP_KIND_WORDS.map(([key, entries]) => ({ key, entries }))];
}

/** The booking-type and content signals' patterns in test order (null: tested against the name), for the index's tests. */
export function signalPatterns(): { booking: (RegExp | null)[]; content: (RegExp | null)[] } {
  const patterns = ({ signals }: SignalList) => signals.map((sig) => (sig.nameStart ? null : sig.words));
  return { booking: patterns(BOOKING_LIST), content: patterns(CONTENT_LIST) };
}
/** The first booking-type and content signal's category, with the word-start index or with every signal tested (for tests). */
export function firstSignalKeys(s: HeuristicSubject, indexed: boolean): { booking: string | null; content: string | null } {
  return { booking: firstSignal(BOOKING_LIST, s, indexed), content: firstSignal(CONTENT_LIST, s, indexed) };
}
