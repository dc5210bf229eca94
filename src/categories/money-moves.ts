// How banks word the person's own money moving, as patterns over folded text
// (heuristics.ts matches each entry as whole words). A credit-card bill is
// printed twice: on the current account that pays it ("Kreditkartenabrechnung",
// "AMEX EPAYMENT ACH PMT", "PRLV CARTE … RELEVE", "LIQUIDACION TARJETA") and on
// the card, as money in ("PAYMENT RECEIVED - THANK YOU", "DIRECT DEBIT PAYMENT").
// Either half is the person's own money changing place; the card's purchases
// are the spending. Each idea is one pattern built from the word groups below,
// so a new issuer or a new settling word is added once, for every order and
// language. A purchase never qualifies: a card purchase names a card ("CARD
// PAYMENT TO", "PAIEMENT PAR CARTE", "PAGO CON TARJETA", Wells Fargo's "… CARD
// 7158") but with no settling word, and the generic payment words count only
// beside a word that names a credit card or its issuer.

import { wholeWords } from "./normalize.ts";

const alt = (...words: string[]) => `(${words.join("|")})`;

/** Any word for a card, debit or credit ("karte" and "card" alone are also a debit card's). */
const CARD = alt("karte", "card", "kaart(uitgaven|transacties|betalingen|totaal|afschrift|afschriften)?", "carte", "carta", "tarjeta", "[a-z]*creditcard", "[a-z]*kreditkarte", "visa", "mastercard", "master card", "amex", "american express");

/** Words that settle a card's statement: strong enough beside any card word ("VISA Ausgleich", "RELEVE CARTE"). */
const STATEMENT = [
  "abrechnung", "abrechnungszeitraum", "monatsabrechnung", "kartenabrechnung", "rechnungssaldo", "gesamtumsatz", "kaartsaldo", "bestedingsoverzicht", "ausgleich", "saldoausgleich", "saldenausgleich", "gesamtsaldo", "afrekening", "maandafrekening", "verrekening",
  "aflossing", "openstaand (bedrag|saldo)", "releve", "facture", "reglement", "reglt", "arrete", "liquidacion", "estratto conto",
];
/** …and, only after the card word, words that also name other things before it ("settlement of claim … card"). */
const STATEMENT_AFTER = ["rechnungsbetrag", "(monats)?rechnung", "saldo", "autopay", "repayment", "settlement", "umsatze bis", "pay ?off"];

/** A credit card or its issuer, by name: never printed on a debit card's purchase. */
const CREDIT = alt(
  "[a-z]*kreditkart[a-z]*", "kartenkonto", "kaartrekening", "credit ?cards?", "[a-z]*creditcards?", "charge ?cards?", "credit crd", "crcard", "carte (de |a )?credit", "carta (di )?credito", "tarjeta (de )?credito",
  "amex", "american express", "chase (sapphire|freedom|slate|ink)", "barclaycard", "mbna", "capital one", "synchrony( bank)?", "syncb", "comenity( bank)?", "bread financial", "syf", "newday", "advanzia( bank)?", "barclays bank ireland", "vanquis", "rabocard",
  // ICS (International Card Services) ends its name or goes on with the card's words; "ICS Festival Service" is another firm.
  "ics(?! (?!card|cards|creditcard|visa|mastercard|voldaan|verrekening|b ?v)[a-z])", "nexi", "cartasi", "monzo flex",
  // A bank's or a shop's own card: "HSBC CREDIT CARD", "CHASE CRD", "TARGET CARD", "APPLECARD".
  "(truist|pnc|usaa|navy federal|fifth third|td|citizens|huntington|regions|bmo|elan|bank of america|bofa|boa|chase|citi|hsbc|lloyds|halifax|natwest|santander|tsb|virgin money|tesco bank|nationwide|m s bank|discover|apple|target|aqua|jaja|milestone|indigo|wells fargo|wf)( credit)? ?(card|crd)", "chase credit", "citi", "discover(?! airlines)", "us bank", "goldman sachs", "gsbank", "credit one( bank)?", "merrick bank", "mission lane", "first premier",
  "cardmember serv[a-z]*", "(international )?card (serv|services?|svcs?|srvcs?)",
);
/** Lenders that also issue cards say which debt a payment is for: a loan's is not a card bill. */
const NOT_A_CARD = "(?! (auto (loan|finance|carpay)|car|loans?|mortgage|home|student|personal|lease|leasing)( |$))";
/** Paying words that say nothing about a card on their own ("payment", "Lastschrift", "prélèvement", "cargo"). */
const PAYS = alt(
  "payments?", "pmt", "pymt", "paymt", "pymnts?", "paymnt", "repayment", "e ?pay", "e ?payment", "autopay", "auto pay", "auto pmt", "web pymt", "online (pmt|pymt|payment)", "mobile (pmt|pymt|payment)", "ach pmt", "bill payment",
  "direct debit", "lastschrift", "abbuchung", "einzug", "belastung", "zahlung", "einzahlung", "ruckzahlung", "tilgung", "uberweisung", "rechnung", "monatsrechnung", "saldo",
  "prelevement", "prlv", "remboursement", "rembt", "afschrijving", "maandafschrijving", "incasso", "betaling", "maandbetaling", "pago", "cargo", "recibo", "adeudo", "addebito", "pagamento", "rimborso",
);
/** Words that may join a paying word to the card: "Payment to Chase card", "Überweisung auf Kreditkarte". */
const TO = "( (an|auf|fur|zu|zur|de|du|des|la|a|van|voor|op|to|of|for|on|di|della|del|sur))?( (die|ihre|meine|the|your|my|votre|ma|uw|mijn|su|tu))?";

/**
 * A card's purchases taken together, as a bank names the month it collects: "Kartenumsätze", "kaartuitgaven",
 * "CARD SPENDING", "DEPENSES CARTE". Never one purchase's word ("Kartenzahlung", "CARD PAYMENT TO", "ACHAT CB").
 */
const TURNOVER = alt(
  "[a-z]*kartenumsatz(e|es)?", "[a-z]*karten(ausgaben|transaktionen)", "umsatze [a-z]*karte",
  "kaart(uitgaven|transacties|betalingen|bestedingen)", "[a-z]*creditcard(uitgaven|transacties|bestedingen)",
  "(credit )?card (spending|spend|account|transactions)", "(depenses|operations|achats|paiements|transactions)( par)? (carte|cb)",
);
/** …but not the card's charges on it ("CARD ACCOUNT FEE", "Kartenumsätze Entgelt"), nor a shop's refund of one ("Gutschrift Kartenumsatz"). */
const NOT_CHARGED = "(?! (fee|fees|charge|charges|[a-z]*gebuhr[a-z]*|[a-z]*entgelt|kosten|frais|interest|zinsen)( |$))";
const NOT_REFUNDED = "(?<!(gutschrift|erstattung|ruckerstattung|ruckbuchung|storno|refund|remboursement|terugbetaling|terugboeking)( [a-z]+)? )";
/** Compounds of "Karte"/"kaart" that are a ticket, a pass or a SIM, not a payment card ("Monatskarte", "OV-chipkaart"). */
const NOT_A_TICKET = "(?!(fahr|monats|jahres|wochen|tages|eintritts|post|land|speise|geschenk|gutschein|bahn|netz|saison|dauer|mitglieds|zeit|sim|chip|museum|cadeau|kortings|strippen|dag|week|maand|jaar|toegangs|ansicht|spel|trein|abonnements)(karte|kaart)( |$))";
const NOT_A_PURCHASE = "(?! (payment|purchase|pymt|pmt|zahlung|kauf|betaling|paiement)( |$))";
/** A card named by its network or as "CC"/"card", not what was paid with one ("PAID BY CARD …") nor a purchase ("CARD PAYMENT TO"). */
const CARD_NOT_PAID_WITH = `(?<!(with|by|mit|met|per|par|con|avec) )${alt("cc", "visa", "mastercard", "master card", "amex", "card")}${NOT_A_PURCHASE}`;
/** Words that collect or settle a card's month: strong enough beside any card word ("Sammelbelastung Mastercard", "Visa voldaan"). */
const COLLECTED = ["sammelbelastung", "sammellastschrift", "sammelabbuchung", "sammeleinzug", "voldaan", "settled( in full)?", "paid in full", "beglichen", "ausgeglichen"];
/** …and, only beside the turnover's own word, words that also say other things ("paid", "betaald", "réglé", "soldé"). */
const SETTLED = [...COLLECTED, "abgebucht", "eingezogen", "paid( off)?", "repaid", "cleared", "collected", "betaald", "afgerekend", "verrekend", "regle(e|es|s)?", "solde(e|es|s)?", "acquittee?s?", "bezahlt"];
/** The month a collection covers: "Vormonat", "vorige maand", "previous month", "mois précédent", "du mois". */
const PERIOD = ["vormonat(s)?", "vorige maand", "afgelopen maand", "previous month", "prior month", "last month", "mois precedent", "mois dernier", "du mois"];
/** Words a bank collects a debt by, before the turnover's own word ("Abbuchung Kartenumsätze Goldkarte 09/2025"). */
const COLLECTING = ["abbuchung", "einzug", "belastung", "lastschrift", "afschrijving", "incasso", "prelevement", "prlv", "direct debit", "imputation"];
/** A card's month collected in one line, the turnover's word beside the settling or the month's word in either order. */
const CARD_COLLECTIONS = [
  `${NOT_REFUNDED}${TURNOVER}${NOT_CHARGED}( [a-z0-9]+){0,3} ${alt(...SETTLED, ...PERIOD)}`,
  `${alt(...COLLECTING)}( [a-z]+)? ${TURNOVER}${NOT_CHARGED}`,
  `${alt(...SETTLED, ...PERIOD)}( [a-z0-9]+){0,3} ${NOT_REFUNDED}${TURNOVER}${NOT_CHARGED}`,
  // Not what was paid with a card ("CARD PAYMENT TO SETTLED COFFEE", the label "Paid In Full" before it): the card word
  // right beside the settling word, and no purchase's.
  `(?<!(with|by|mit|met|per|par|con|avec) )${CARD}${NOT_A_PURCHASE}( [a-z0-9]+)? ${alt(...COLLECTED)}`, `${alt(...COLLECTED)}( [a-z0-9]+)? ${CARD}${NOT_A_PURCHASE}`,
];

/**
 * A company's or a sole trader's own card, billed to the one account ("Monatsabrechnung Firmenkarte 02/2026", "Incasso
 * saldo ondernemerskaart", "COMPANY CARD MONTHLY STMT PAID"). Not a printer's business cards (plural, or no settling word).
 */
const BUSINESS_CARD = alt(
  "(firmen|geschafts|business|unternehmens|dienst)(kredit)?karte", "(zakelijke|bedrijfs) ?(kaart|creditcard|card)", "ondernemerskaart", "bedrijfskaart",
  "(company|business|corporate|commercial)( credit| charge)? card", "carte (affaires|entreprise|business|corporate|pro|professionnelle)",
);
/** Words that bill or pay a business card's month, before or after it; "stmt" as US banks shorten the statement. */
const BUSINESS_BILLED = alt(...STATEMENT, ...COLLECTING, ...COLLECTED, "incasso saldo", "aflossing", "afschrijving", "maandafschrijving", "(monthly )?(stmt|statement|balance|bill)( paid| pmt| payment)?");

/** Card bills, seen from either account (any sign). */
export const CARD_BILLS: readonly string[] = [
  ...CARD_COLLECTIONS,
  `${BUSINESS_BILLED}( [a-z0-9]+){0,2} (?<!(mit|with|met|par|avec|by|per) )${BUSINESS_CARD}(?! (payment|purchase|zahlung|kauf|betaling|paiement)( |$))`, `${BUSINESS_CARD} ${BUSINESS_BILLED}`,
  `${CARD}( [a-z0-9]+){0,3} ${alt(...STATEMENT, ...STATEMENT_AFTER)}`,
  `${alt(...STATEMENT)}( [a-z0-9]+){0,4} ${CARD}`,
  // "Bestedingsoverzicht ICS voldaan": the statement of a card named by its issuer.
  `${alt(...STATEMENT)}( [a-z]+){0,2} ${CREDIT}${NOT_A_CARD}`,
  `${CREDIT}${NOT_A_CARD}( [a-z]+){0,2} ${PAYS}`,
  `${PAYS}${TO} ${CREDIT}${NOT_A_CARD}`,
  // "Einzug Monatsrechnung Payback American Express": one word (the card's programme) between the paying word and the issuer.
  `${PAYS} (?!(con|with|mit|met|par|per|avec|by|via) )[a-z]+ ${CREDIT}${NOT_A_CARD}`,
  // "CC" and "CRD" also close a country club's name ("OAKMONT CC"), and "DD" is a date's day: only right beside the other word.
  `(cc|crd) (ddr?|${PAYS})`, `${CREDIT}${NOT_A_CARD} ddr?`, `ddr? ${CREDIT}`,
  // A card network's name is also on debit-card purchases ("VISA ROSSMANN", "Lastschrift"): only right beside a paying word.
  "(visa|mastercard|master card|card) (lastschrift|abbuchung|einzug|incasso|afschrijving|online (pmt|pymt|payment)|e ?pay|e ?payment)",
  // A collected statement: "Sammelabbuchung Mastercard Standard Stichtag …", "CHARGE CARD BALANCE COLLECTED IN FULL".
  // "Aflossing kaartsaldo 02-2026": the card's balance paid off, named by the balance alone.
  "(aflossing|afbetaling|betaling|verrekening|incasso|afboeking|afschrijving) kaartsaldo", "kaartsaldo (voldaan|betaald|aflossing)",
  // A second card on the account, its month collected ("Sammelbelastung Partnerkarte Monatsabrechnung März"); only beside
  // a collecting word: a phone plan's second SIM is a "Zweitkarte" too ("Rechnung Mobilfunk Zweitkarte Kind").
  "(sammelbelastung|sammelabbuchung|sammellastschrift|monatsabrechnung|kartenabrechnung)( [a-z]+)? (partner|zweit|zusatz)karte", "(partner|zweit|zusatz)karte( [a-z]+)? (sammelbelastung|sammelabbuchung|monatsabrechnung|kartenabrechnung)",
  "sammelabbuchung (visa|mastercard|master card|kreditkarte|amex|american express)", "(charge card|store card|credit card|card|cc|visa|mastercard|master card|amex)( monthly| month s| monthly card)? (balance|statement) (collected|repaid|paid|settled|cleared)( in full)?", "card balance transfer from current( a c| account)?",
  // "MASTERCARD MONTHLY SUM TAKEN BY DD 04/2026", "PENSIONER CARD WHOLE BALANCE BY DD OCTOBER": the card's month taken
  // by direct debit (not a balance enquiry's fee, which no debit takes).
  `${CARD}( [a-z]+){0,2} (sum|balance|bal|total|statement|spend|spending)( (taken|collected|debited|paid|settled))? (by|via) (dd|ddr|direct debit|lastschrift)`,
  // …and the balance named first, the card by any compound of "Karte" ("Saldo Meilenkarte per Lastschrift März",
  // "Rechnungsbetrag Reisekarte per Einzug", "BALANCE REWARDS CARD BY DIRECT DEBIT", "SOLDE CARTE GRAND VOYAGEUR PAR PRLV").
  `(saldo|summe|gesamtsumme|gesamtbetrag|rechnungsbetrag|endbetrag|balance|total|solde|totaal)( [a-z]+)? ([a-z]*karte|${CARD})( [a-z]+){0,2} (per|via|durch|mit|als|by|par|middels) (lastschrift|einzug|abbuchung|belastung|dd|ddr|direct debit|prelevement|prlv|incasso|automatische incasso)`,
  // "CC MONTH END BALANCE TAKEN FEBRUARY", "MASTERCARD MONTHLY BILL CLEARED VIA DD": a card's balance or bill and the
  // word that took it, a few words apart; not a purchase made with a card ("CARD PAYMENT TO …").
  // "VISA ACCOUNT ZEROED THIS CYCLE": the card's account brought to nought; "STORE CARD DEBT CLEARED 09/2026": its debt.
  `${CARD_NOT_PAID_WITH}( [a-z]+){0,3} (balance|bal|bill|statement|stmt|total|sum|month end|account|acct|debt|outstanding)( [a-z]+){0,2} (taken|collected|cleared|settled|debited|repaid|settle up|zeroed|zeroised|zeroized)`,
  // "REWARDS CARD CLEARED JULY", "VISA CLEARED MAY": the card itself cleared, the settling word right after it.
  `${CARD_NOT_PAID_WITH} (cleared|repaid|paid off|zeroed)`,
  // A fuel card's month collected in one statement ("Tankkarte Sammelabrechnung 12/2025", "Abrechnung Tankkarte Oktober"):
  // the fuel was bought with the card; its bill only pays the card.
  "(sammel|monats)?abrechnung tankkarten?", "tankkarten? (sammel|monats)?abrechnung", "(fuel|fleet) card (statement|bill)",
  // "CC MONTHLY SETTLE UP 07/2026", "REWARDS CARD MONTHLY SETTLE 05/2025": the card's month settled (up), the month's word right before.
  `${CARD_NOT_PAID_WITH}( [a-z]+){0,2} (monthly|month end|end of month) settle( up)?`,
  // "Afrekening clubkaart MAART", "Maandafrekening tankkaart 04-2026": the statement of a card named by a compound of
  // "kaart" (not a ticket's or a pass's: "Afrekening OV-chipkaart").
  `(afrekening|maandafrekening) ${NOT_A_TICKET}[a-z]+kaart${NOT_A_PURCHASE}`,
  // "Begleichung Monatsabrechnung Reisekarte", "Vereffening overzicht reiskaart", "APUREMENT CARTE VIRTUELLE": a settling
  // noun before a card word, the card named by a compound too; not a ticket, a pass or a registration paid.
  `${alt("begleichung", "vereffening", "apurement")}( [a-z]+){0,3} (${NOT_A_TICKET}[a-z]*(karte|kaart)|carte(?! (grise|vitale|navigo|identite|sejour|cadeau|jeune|senior|imagine r))|card)${NOT_A_PURCHASE}`,
  // "PAYMENT TO CARD ACCOUNT FULL STATEMENT 09/2026": the current account paying the card's account.
  "(?<!card )(payment|pmt|pymt|transfer|tfr) to( (my|your|the))?( [a-z]+)? card account",
  // "Einzug Karte Mia Beispiel Monatsletzter März": a card's purchases collected on the month's last day, the holder's name between.
  `${CARD}( [a-z]+){0,3} monatsletzte[nrs]?`,
  // "PAYMENT TO REWARDS CARD FROM CURRENT A/C", "CARD ACCOUNT DD - STMT BAL CLEARED": a UK bank paying its own card.
  "(payment|pmt|pymt) to( [a-z]+){0,2} card from current( a c| account)?", "card account (dd|direct debit)", "stmt bal cleared",
  "(abbuchung|monatsabbuchung|einzug|belastung|monatsbelastung|incasso|afschrijving|maandafschrijving|maandbetaling|monatsabrechnung)( [a-z]+){0,2} (visa|mastercard|master card)",
  // A card's balance paid in instalments: "Termijn gespreid betalen Mastercard 05-2026".
  "(termijn )?gespreid betalen (visa|mastercard|master card|amex|american express)",
  // The credit card named alone, as the payee of a transfer ("NATWEST CREDIT CARD", "Kartenkonto 5234"); not what is paid with it, its fees or purchases.
  `(?<!(with|by|mit|met|per|par|con) )(credit ?cards?|[a-z]*creditcard[a-z]*|[a-z]*kreditkart[a-z]*|kartenkonto|kaartrekening)(?! (purchase|sale|sales|transaction|cash|fee|fees|interest|charge|protection|insurance|refund|reward|rewards|cashback|points|rebate)( |$))`,
  "barclaycard", "mbna", "applecard", "goldcard", "jaja card", "cardmember serv[a-z]*", "(international|int) card services", "kaartoverzicht", "kaartafrekening", "kartenabrechnung", "kartensaldo", "saldenausgleich",
  "(visa|mastercard) loan (pmt|pymt|payment)", "(cu|fcu|credit union) (visa|mastercard) (pmt|pymt|payment|auto ?pay)", "ccpymt", "crcardpmt", "charge karte", "[a-z]+card rechnungsbetrag", "[a-z]+ card( monthly| balance)? (pmt|dd|direct debit)", "reserve carte", "(amex|american express) carte", "autopay (pymt|payment)",
  // French deferred-debit cards: the month's card purchases debited in one line.
  "(total|cumul|encours|solde|somme|depenses|debit (mensuel|global)|differee?)( [a-z]+){0,2} (carte|cb)", "(cb|carte)( [a-z]+){0,3} differee?", "facturettes( cb)?", "paiements? cb du mois", "releve( des)? (achats|operations|depenses|paiements)( [a-z]+){0,2} (cb|carte)", "debit differe", "releve differe", "reglement encours",
  // "PRLV MASTERCARD CUMUL DU MOIS 02/2025": the month's total, named by the card network instead of the card.
  "(visa|mastercard|master card|amex|carte|cb) (cumul|encours|releve|depenses) (du|des|de) mois",
  // What the card account prints for the payment it received: "PAYMENT - THANK YOU", "ZAHLUNG ERHALTEN. BESTEN DANK", "Merci pour votre paiement".
  "(payment|pymt|pmt|direct debit|zahlung|paiement|betaling|pago|pagamento)( [a-z]+){0,4} (thank( you)?|thanks|(besten|vielen|herzlichen) dank|bedankt|merci|gracias|grazie)",
  "(thank you|thanks|danke|merci|bedankt|gracias|grazie)( [a-z]+){0,3} (payment|pymt|zahlung|paiement|betaling|pago|pagamento)",
  // A bank naming the person's own account by its last digits: "Internet transfer from account ending in 1234" (Apple Card).
  "(to|from)( (your|my|the))? (account|acct|card) ending( in)?",
  "(payment|pymt|pmt) received", "statement bal(ance)? (pmt|pymt|payment)", "(zahlung|einzahlung|lastschrift) danke", "(minimum|full|statement) balance", "minimum payment", "(card|card account|credit card|account) minimum (due|amount due|pmt|pymt)",
];

/** Only as money in, on the card: a payment that arrives is the bill paid ("DIRECT DEBIT PAYMENT", "AUTOPAY AUTO-PMT"). */
export const CARD_PAYMENTS_IN: readonly string[] = [
  "(direct debit|dd|autopay|auto pay|automatic|auto|lastschrift|prelevement|incasso|domiciliacion|addebito) (payment|pymt|pmt|zahlung|einzug|paiement|betaling|pago|pagamento)",
  "payment (by|via|per) (direct debit|dd|lastschrift)", "lastschrifteinzug", "autopay", "auto pay", "directpay",
  "(online|mobile|internet|electronic|web|ebill) (payment|pymt|pmt)(?! from)",
];

/** Only as money out, in French: "PRLV CARTE …", "REMBOURSEMENT CARTE" repay the card (money in with those words is a shop's refund). */
/** "… de la carte", "… CB": a French card named after its collecting word (not a "carte grise", a car's papers). */
const FRENCH_CARD = "(de |du )?(la |votre )?(carte|cb)(?! grise)";
export const CARD_BILLS_OUT: readonly string[] = [`(prlv|prelevement|remboursement|rembt|echeance) ${FRENCH_CARD}`];
/** A French deferred-debit card's monthly collection ("DEBIT MENSUEL CARTE …", "ECHEANCE CARTE VISA …"), either sign. */
export const DEFERRED_CARD_DEBITS: readonly string[] = [`(debit mensuel|echeance) ${FRENCH_CARD}`];

/** A card's own charges are fees, not its bill: "Kreditkartengebühr", "Entgelt Kreditkarte", "CREDIT CARD INTEREST". */
export const CARD_FEES: readonly string[] = [
  "(kreditkarten|karten|creditcard|card)(gebuhr|gebuhren|entgelt|jahresentgelt|jahresgebuhr|zinsen|kosten|fee|fees)",
  `([a-z]*entgelt|[a-z]*gebuhr|gebuhren|preis|kartenpreis|jahrespreis|fee|fees|kosten|frais|cotisation|contributie|[a-z]*bijdrage|jahresbeitrag|[a-z]*zinsen|interest|rente)( [a-z]+){0,2} ([a-z]*kreditkart[a-z]*|credit ?card|[a-z]*creditcard|carte de credit|karte|card|carte|kaart|${TURNOVER})`,
];

/** What a phone's prepaid credit is bought as, after "top up" (utilities in heuristics.ts, as PHONE_CREDIT_WORDS). */
const PHONE_CREDIT = alt("intl", "international", "calls?", "calling", "credit", "minutes", "data", "airtime", "phone", "mobile", "sim", "esim", "bundle", "voucher");
/** Prepaid phone credit named outright: what the person bought is the phone's use, whoever sells it. */
export const PHONE_CREDIT_WORDS: readonly string[] = [
  "airtime", "(intl|international) (calls?|calling)", "calling credit", "phone credit", "mobile (credit|recharge)", "(mobile|phone|sim|esim|airtime)( [a-z]+){0,2} top ?up",
  "handy ?aufladung", "guthaben ?aufladung", "prepaid ?(guthaben|aufladung|credit|sim)", "recharge (mobile|telephonique|forfait|credit)", "rechargement (mobile|telephonique)", "beltegoed", "opwaarderen beltegoed", "prepaid beltegoed",
];

/**
 * A money-transfer service's own words (its brands are in brands/money-transfer.ts): the person's money sent abroad,
 * not a purchase. Not "money transfer" alone, which some banks print for a payment to a person.
 */
export const REMITTANCES: readonly string[] = ["[a-z]+moneytransfer[a-z]*", "moneytransfer", "geldtransfer[a-z]*", "remittances?", "transferts? d argent", "envois? d argent"];

/** An account of the person's own that money is moved to or from, as banks abbreviate it ("TO SAV XXXX4821", "FROM CHK 1234"). */
const OWN_ACCOUNT = alt("savings?", "sav", "svgs?", "saver", "checking", "chk", "chkg", "chking", "shares?", "money market", "mmkt", "mma", "reserve", "vault", "pot", "space", "pocket", "goal", "stash", "isa", "brokerage", "current account", "jars?", "joint (account|acct|savings|saver|current)");

/**
 * The household's joint account, named in a payment into it ("Gemeinschaftskonto Haushaltsgeld", "Inleg gezamenlijke
 * rekening"). The person's own share paid in is own money moving (OWN_MOVES); a partner's share coming in from the
 * partner's account is money from a person (categorize.ts, where a transfer in names the joint account).
 */
const JOINT_ACCOUNT: readonly string[] = ["gemeinschaftskonto", "gemeinsames konto", "huishoudrekening", "gezamenlijke rekening", "en ?of ?rekening", "compte (joint|commun)", "(to|from) joint (account|acct|savings|saver)"];
const JOINT_ACCOUNT_WORDS = wholeWords(JOINT_ACCOUNT);
/** Whether a folded text names the household's joint account. */
export function namesJointAccount(folded: string): boolean {
  return JOINT_ACCOUNT_WORDS.test(folded);
}

/** Money between the person's own accounts and into savings, in every language (any sign: the other half comes back in). */
export const OWN_MOVES: readonly string[] = [
  // German: Umbuchung, Übertrag, Eigenüberweisung, Tagesgeld, Sparkonto, Rücklage, ING's Extra-Konto, N26's Unterkonto.
  "umbuchung[a-z]*", "[a-z]*ubertrag", "eigen(e|es|en)? ?(uberweisung|konto|konten)", "an mich", "von mir", "tagesgeld[a-z]*", "(ruckzahlung|auszahlung|auflosung) festgeld[a-z]*", "festgeld[a-z]* (ruckzahlung|auszahlung|auflosung)", "rucklagen?", "(extra|unter|haushalts|verrechnungs) ?konto",
  "spar(konto|buch|topf|schwein|ziel|pot|rate|vertrag|einlage|betrag|dose|anlage|uberweisung|ubertrag|bereich|tresor|fach)", "[a-z]*sparen",
  // English: a moving word, then the own account it goes to or comes from; a pot's or space's own transfer; round-ups.
  `(transfers?|trans|xfer|xfr|tfr|trf|trsf|move|moved|sweep)( [a-z0-9]+){0,2} (to|from|into)( [a-z0-9]+){0,3} ${OWN_ACCOUNT}`, `deposit from( [a-z0-9]+){0,3} ${OWN_ACCOUNT}`,
  // Not "CARD PAYMENT TO SPACE NK": a shop can be called Space or Vault.
  "(?<!payment )(to|from)( [a-z]+){0,2} (pot|space|saver|vault|pocket)", "(pot|space|vault|pocket) transfer", "own (transfer|accounts?)", "transfers? (to own|between( own)? accounts)", "internal transfers?", "acct xfer",
  // A neobank's sub-account named by its German or Dutch preposition ("Von Space Urlaub zu Hauptkonto", "Zu Space Reise",
  // "Van Vakantie naar Betaalrekening"), the holder's own account in French ("Transfert vers mon compte"), money sent to
  // oneself, a wallet's balance paid out to the bank ("Transfer to bank", "Cash out to bank"), a linked account's deposit.
  "(von|vom|zu|zum|in|ins|aus|auf) (dem |den |das |meinem |mein )?(space|hauptkonto|unterkonto)", "(naar|van) (mijn |de |uw )?(betaalrekening|hoofdrekening)",
  "(transfert|virement|vir|versement) (vers|de|depuis|sur|a) (mon|mes) (compte|comptes|cpte|livret)", "(to|from) (yourself|myself)",
  "(instant )?(transfer|cash ?out|withdrawal|payout) to (my |your )?(bank|bank account|linked (account|bank)|debit card)(?! (fee|fees|charge|charges)( |$))", "(deposit|transfer|xfer) (from|to) (my |your )?(linked|external) (account|acct|bank( account)?)",
  // Money set aside in a pot ("Geld zur Seite gelegt", "Apart zetten Buffer", "Mise de côté Projet", Chime's and Varo's
  // automatic savings) and the household's joint account the person pays into ("Gemeinschaftskonto Haushaltsgeld").
  "(zur )?seite gelegt", "zur seite legen", "apart (zetten|gezet|gezette|zet)", "mis(e)? de cote", "save when i get paid", "save your pay",
  ...JOINT_ACCOUNT,
  "savings", "isa", "round ?ups?", "rounded up", "(keep|save) the change", "spare change", "save as you go", "way2save", "auto ?save",
  // A wallet's top-up is own money; a phone's is credit bought ("AIRTIME TOP UP", "RINGO AUTO TOP UP INTL CALLS"), and so is a
  // prepayment meter's ("PAYPOINT ENERGY TOP UP", "GAS METER TOP UP", "ELECTRIC KEY TOP UP"): the utilities' words say which.
  `(?<!(mobile|phone|airtime|sim|esim|prepaid|data|calling|call|credit|energy|gas|electric|electricity|meter|key|power)( [a-z]+){0,2} )top ?up(?! ${PHONE_CREDIT}( |$))`, "money added", "exchanged (to|from)",
  // French: virement interne, de compte à compte, to a Livret, PEL, LDDS, LEP and other savings plans (not the bank Caisse d'Épargne).
  "(vir|virement|virt)( sepa)? internes?", "(compte|cpte|cpt) a (compte|cpte|cpt)", "virement (vers|depuis)", "(?<!caisse d )epargne", "livret",
  "(vir|virement|virt|versement|transfert|alimentation)( [a-z]+){0,3} (pel|ldds?|lep|cel|pea|pep)",
  // Dutch: spaarrekening, spaarpot, spaardoel, eigen rekening (not the Spaarne hospital).
  "(?!spaarne)spaar[a-z]*", "eigen rekening(en)?",
  // Spanish: traspaso, transferencia interna, cuenta de ahorro, hucha.
  "traspasos?", "(transferencia|transf|trf)( [a-z]+){0,2} (interna|propia|propias|entre cuentas)", "(cuenta|cta|hucha|plan) (de )?ahorro", "huchas?",
  // Italian: giroconto, conto deposito, salvadanaio, accantonamento.
  "giro ?conto", "girofondi", "conto (deposito|risparmio)", "salvadanaio", "accantonamento", "trasferimento (fondi|tra( i)?( propri)? conti)",
];

/**
 * Debt moved, not money spent: a consumer loan paid out or paid back, a pawn loan renewed or redeemed, a debt
 * collector or bailiff paid off (any sign). The borrowed money's spending is already counted where it was spent.
 * Read with the content words, after the brand dictionary and before the home's, car's and schooling's words: a
 * mortgage, a car loan and a student loan are named by their own words ("Immobilienkredit", "AUTO LOAN",
 * "inburgeringslening"), none of which is here. Not the Dutch "incasso", which is any direct debit.
 */
export const CONSUMER_CREDIT: readonly string[] = [
  // German: the consumer loan's compounds and a loan's payout; a collection agency by its trade word.
  "(klein|mini|kurzzeit|raten|konsumenten|sofort|privat|blitz|express|online|bar|wunsch|hochzeits|urlaubs|umschuldungs|anschaffungs)kredit[a-z]*", "kreditauszahlung", "auszahlung (kredit|darlehen)",
  "[a-z]*inkasso[a-z]*", "forderungsmanagement", "gerichtsvollzieher[a-z]*",
  // Dutch: a personal loan, revolving credit, a bailiff's and a collection agency's words.
  "persoonlijke lening", "doorlopend krediet", "minilening", "flitskrediet", "[a-z]*deurwaarder[a-z]*", "incassobureau[a-z]*",
  // French: a personal or revolving loan, a pawn loan (Crédit Municipal's "prêt sur gage"), debt recovery.
  "pret (perso|personnel|conso|consommation)", "credit (renouvelable|conso|consommation|a la consommation|revolving)", "pret sur gage", "(degagement|renouvellement|engagement)( du)? gage", "recouvrement( de creances)?",
  // English: a payday, instalment, personal, title or doorstep loan, a doorstep lender's "home credit"; a collector.
  "home credit(?! union)", "(payday|installment|instalment|personal|title|doorstep|short term|cash) loans?( (pmt|pymt|payment|repayment|repay|advance))?", "payday advance", "loan (repayment|payout|disbursement|proceeds)",
  "debt (collection|collector|collectors|recovery|purchaser)", "collection agency", "collections? (dept|department)",
];

/** Savings or shares paid in at a credit union, named by its short forms: saved with another institution (savings). */
export const CREDIT_UNION_SAVINGS: readonly string[] = ["(credit union|cu|fcu)( [a-z]+){0,2} (share )?(savings?|shares?)( deposit| dep)?", "share savings( deposit| dep)?"];

/** Money taken back out of an own savings pot: not cash from a machine, so it is read before the cash words. */
export const SAVINGS_WITHDRAWALS: readonly string[] = [
  "withdrawal (from|to)( [a-z0-9]+){0,2} (savings?|vault|pot|space|saver|isa|reserve|account|jar)",
  // Savings moved back to the everyday account ("Withdrawal to 360 Checking"); cash drawn on checking is no move.
  "(?<!(atm|cash) )withdrawal to( [a-z0-9]+){0,2} (checking|chk|current account)", "(pot|vault|space|jar|pocket|saver) withdrawal", "retrait (livret|epargne|compte epargne)( [a-z]+)*",
  // A capitalisation or life-insurance contract paid back into the current account.
  "retrait (contrat (de )?capitalisation|(contrat )?(d )?assurance vie)( [a-z]+)*",
];

/**
 * …and money paid into a French life-insurance contract is saved there ("VERSEMENT PROGRAMME ASSURANCE VIE"): read
 * before the dictionary's insurers, as its withdrawal is.
 */
export const SAVINGS_DEPOSITS: readonly string[] = ["(versement|versements|vir|virement)( [a-z]+){0,3} assurance vie"];

const MONTHS = "(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)";

/** Pay from work, as employers and banks word it (money in only). */
export const SALARY: readonly string[] = [
  // German: Gehalt and Lohn with their compounds (not Lohnsteuer, nor the town of Iserlohn), Bezüge, Besoldung, Entgelt, Vergütung (not Rückvergütung, a refund), Weihnachtsgeld.
  "[a-z]*gehalt", "gehalts[a-z]+", "gehalter", "(netto|brutto|arbeits|stunden|monats|wochen|ausbildungs)?lohn", "lohn(zahlung|abrechnung|auszahlung|gutschrift)", "[a-z]*bezuge", "besoldung", "(arbeits)?entgelt(zahlung|abrechnung)?", "(ausbildungs)?vergutung",
  "verdienstabrechnung", "(weihnachts|urlaubs)geld",
  "salary", "salaries", "sal", "payroll", "wages?", "paycheck", "pay cheque", "net pay", "(monthly|weekly|fortnightly) pay", "(staff|student|casual|shift) pay", "pay bgc", "(direct|dir) dep(osit)?", "dirdep",
  // A card terminal's or payment service's payout of the person's own sales ("Payment from SumUp Limited", "SQUARE INC SQ TRANSFER").
  // In German, Dutch and French too ("SumUp Auszahlung 08/2026", "Zettle kaartbetalingen uitbetaald", "SUMUP VERSEMENT").
  "(sumup|zettle|izettle|square|stripe)( [a-z]+){0,3} (payouts?|encaissements?|deposit|transfer|auszahlung(en)?|uitbetaald|uitbetaling(en)?|versements?|virement)", "payment from (sumup|zettle|izettle|square|stripe)", `pay ${MONTHS}`,
  // An employer's pay for a month written in digits ("… PAY 04/2026").
  "pay (0?[1-9]|1[0-2])[ /.-](20)?[0-9]{2}",
  // French (a civil servant's "traitement", not a treatment reimbursed), Dutch, Spanish, Italian.
  "salaer", "salaires?", "paie", "(?<!remb[a-z]* )traitements?",
  "(netto|bruto)?salaris[a-z]*", "(netto|bruto|maand)?loon", "loon(betaling|strook)", "vakantie(geld|toeslag)", "eindejaarsuitkering", "dertiende maand",
  "salario", "sueldo", "nominas?", "paga extra", "stipendio", "emolumenti", "retribuzione", "cedolino", "tredicesima", "quattordicesima",
];

/**
 * Income that is neither pay nor a refund (money in only): benefits, whoever pays them. A pension is pay (retiree-trades.ts
 * PENSION_PAY, read first); a bare "Rente" is left here, as it is also a Dutch bank's interest ("Creditrente").
 */
export const OTHER_INCOME: readonly string[] = [
  "(credit|spaar|bonus|kwartaal)?rente", "renten",
  "kindergeld", "elterngeld", "[a-z]*arbeitslosengeld", "burgergeld", "wohngeld", "krankengeld", "mutterschaftsgeld", "pflegegeld", "familienkasse", "bafog", "ausbildungsforderung", "unterhalt(szahlung|svorschuss)?",
  "social security", "soc sec", "hb (payment|pmt|pymt|paymt)", "(maintenance|maint|student) loans?", "child benefit", "universal credit", "tax credits?", "(housing|unemployment|disability|carers?|jobseekers?) (benefits?|allowance)",
  "allocations? (familiales?|logement|chomage)", "caf", "pole emploi", "france travail", "prestations? (familiales?|sociales?)", "indemnites journalieres",
  "kinderbijslag", "kindgebonden budget", "[a-z]*toeslag", "uitkering", "uwv", "svb", "studiefinanciering", "basisbeurs", "aanvullende beurs",
  "prestacion", "subsidio", "seguridad social", "inps", "naspi", "assegno (unico|familiare)",
];

/**
 * Interest earned (a refund of interest charged is no income) and dividends: read with the content words,
 * after the brand dictionary and the savings words, so a broker's or a fixed deposit's own row ("Festgeld
 * 12 Monate inkl. Zinsen") stays savings.
 */
export const INTEREST_EARNED: readonly string[] = [
  "[a-z]*zinsen", "zins(gutschrift|ertrag|ertrage)", "interest(?! (refund|adj[a-z]*|reversal|rebate|charged?|charges)( |$))", "interets", "intereses", "interessi", "dividend[a-z]*",
];
