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

const alt = (...words: string[]) => `(${words.join("|")})`;

/** Any word for a card, debit or credit ("karte" and "card" alone are also a debit card's). */
const CARD = alt("karte", "card", "kaart", "carte", "carta", "tarjeta", "[a-z]*creditcard", "[a-z]*kreditkarte", "visa", "mastercard", "master card", "amex", "american express");

/** Words that settle a card's statement: strong enough beside any card word ("VISA Ausgleich", "RELEVE CARTE"). */
const STATEMENT = [
  "abrechnung", "monatsabrechnung", "kartenabrechnung", "ausgleich", "saldoausgleich", "saldenausgleich", "gesamtsaldo", "afrekening", "maandafrekening", "verrekening",
  "aflossing", "releve", "facture", "reglement", "reglt", "arrete", "liquidacion", "estratto conto",
];
/** …and, only after the card word, words that also name other things before it ("settlement of claim … card"). */
const STATEMENT_AFTER = ["rechnungsbetrag", "(monats)?rechnung", "saldo", "autopay", "repayment", "settlement", "statement balance", "umsatze bis"];

/** A credit card or its issuer, by name: never printed on a debit card's purchase. */
const CREDIT = alt(
  "[a-z]*kreditkart[a-z]*", "kartenkonto", "credit ?cards?", "[a-z]*creditcards?", "credit crd", "crcard", "carte (de |a )?credit", "carta (di )?credito", "tarjeta (de )?credito",
  "amex", "american express", "barclaycard", "mbna", "capital one", "synchrony( bank)?", "syncb", "comenity( bank)?", "bread financial", "newday", "vanquis", "rabocard", "ics", "nexi", "cartasi",
  "(citi|chase|discover|apple|target|aqua|jaja|milestone|indigo|wells fargo) ?card", "chase credit", "citi", "discover", "us bank", "goldman sachs", "gsbank", "credit one( bank)?", "merrick bank", "mission lane", "first premier",
  "cardmember serv[a-z]*", "(international )?card (services?|svcs?|srvcs?)",
);
/** Lenders that also issue cards say which debt a payment is for: a loan's is not a card bill. */
const NOT_A_CARD = "(?! (auto (loan|finance|carpay)|car|loans?|mortgage|home|student|personal|lease|leasing)( |$))";
/** Paying words that say nothing about a card on their own ("payment", "Lastschrift", "prélèvement", "cargo"). */
const PAYS = alt(
  "payments?", "pmt", "pymt", "paymt", "repayment", "e ?pay", "e ?payment", "autopay", "auto pay", "auto pmt", "web pymt", "online (pmt|pymt|payment)", "mobile (pmt|pymt|payment)", "ach pmt", "bill payment",
  "dd", "ddr", "direct debit", "lastschrift", "abbuchung", "einzug", "belastung", "zahlung", "einzahlung", "ruckzahlung", "tilgung", "uberweisung", "rechnung", "monatsrechnung", "saldo",
  "prelevement", "prlv", "remboursement", "rembt", "afschrijving", "maandafschrijving", "incasso", "betaling", "maandbetaling", "pago", "cargo", "recibo", "adeudo", "addebito", "pagamento", "rimborso",
);
/** Words that may join a paying word to the card: "Payment to Chase card", "Überweisung auf Kreditkarte". */
const TO = "( (an|auf|fur|zu|zur|de|du|des|la|a|van|voor|op|to|of|for|on|di|della|del|sur))?( (die|ihre|meine|the|your|my|votre|ma|uw|mijn|su|tu))?";

/** Card bills, seen from either account (any sign). */
export const CARD_BILLS: readonly string[] = [
  `${CARD}( [a-z]+){0,3} ${alt(...STATEMENT, ...STATEMENT_AFTER)}`,
  `${alt(...STATEMENT)}( [a-z]+){0,4} ${CARD}`,
  `${CREDIT}${NOT_A_CARD}( [a-z]+){0,2} ${PAYS}`,
  `${PAYS}${TO} ${CREDIT}${NOT_A_CARD}`,
  // "CC" and "CRD" also close a country club's name ("OAKMONT CC"): only right before the paying word.
  `(cc|crd) ${PAYS}`,
  // A card network's name is also on debit-card purchases ("VISA ROSSMANN", "Lastschrift"): only right beside a paying word.
  "(visa|mastercard|master card|card) (lastschrift|abbuchung|einzug|incasso|afschrijving|online (pmt|pymt|payment)|e ?pay|e ?payment)",
  "(abbuchung|einzug|belastung|incasso|afschrijving|maandafschrijving|maandbetaling|monatsabrechnung) (visa|mastercard|master card)",
  // The credit card named alone, as the payee of a transfer ("NATWEST CREDIT CARD", "Kartenkonto 5234"); not what is paid with it, its fees or purchases.
  `(?<!(with|by|mit|per|par|con) )(credit ?cards?|[a-z]*creditcard[a-z]*|[a-z]*kreditkart[a-z]*|kartenkonto)(?! (purchase|sale|sales|transaction|cash|fee|fees|interest|charge|protection|insurance|refund|reward|rewards|cashback|points|rebate)( |$))`,
  "barclaycard", "mbna", "applecard", "goldcard", "jaja card", "cardmember serv[a-z]*", "international card services", "kaartoverzicht", "kaartafrekening", "kartenabrechnung", "kartensaldo", "saldenausgleich",
  "ccpymt", "crcardpmt", "charge karte", "[a-z]+card rechnungsbetrag", "[a-z]+ card (pmt|dd|direct debit)", "(amex|american express) carte", "autopay (pymt|payment)",
  // French deferred-debit cards: the month's card purchases debited in one line.
  "(total|cumul|encours|solde|depenses|debit mensuel)( [a-z]+){0,2} (carte|cb)", "facturettes( cb)?", "paiements? cb du mois", "(carte a )?debit differe", "(cb|carte) differee?", "releve differe", "reglement encours",
  // What the card account prints for the payment it received: "PAYMENT - THANK YOU", "ZAHLUNG ERHALTEN. BESTEN DANK", "Merci pour votre paiement".
  "(payment|pymt|pmt|zahlung|paiement|betaling|pago|pagamento)( [a-z]+){0,3} (thank you|thanks|(besten|vielen|herzlichen) dank|bedankt|merci|gracias|grazie)",
  "(thank you|thanks|danke|merci|bedankt|gracias|grazie)( [a-z]+){0,3} (payment|pymt|zahlung|paiement|betaling|pago|pagamento)",
  "(payment|pymt|pmt) received", "statement balance", "(minimum|full) (balance|payment)",
];

/** Only as money in, on the card: a payment that arrives is the bill paid ("DIRECT DEBIT PAYMENT", "AUTOPAY AUTO-PMT"). */
export const CARD_PAYMENTS_IN: readonly string[] = [
  "(direct debit|dd|autopay|auto pay|automatic|auto|lastschrift|prelevement|incasso|domiciliacion|addebito)( [a-z]+)? (payment|pymt|pmt|zahlung|einzug|paiement|betaling|pago|pagamento)",
  "payment (by|via|per) (direct debit|dd|lastschrift)", "autopay", "auto pay", "directpay",
  "(online|mobile|internet|electronic|web|ebill) (payment|pymt|pmt)(?! from)",
];

/** Only as money out, in French: "PRLV CARTE …", "REMBOURSEMENT CARTE" repay the card (money in with those words is a shop's refund). */
export const CARD_BILLS_OUT: readonly string[] = ["(prlv|prelevement|remboursement|rembt|echeance) (de |du )?(la |votre )?(carte|cb)(?! grise)"];

/** A card's own charges are fees, not its bill: "Kreditkartengebühr", "Entgelt Kreditkarte", "CREDIT CARD INTEREST". */
export const CARD_FEES: readonly string[] = [
  "(kreditkarten|karten|creditcard|card)(gebuhr|gebuhren|entgelt|jahresentgelt|jahresgebuhr|zinsen|kosten|fee|fees)",
  "([a-z]*entgelt|[a-z]*gebuhr|gebuhren|fee|fees|kosten|frais|cotisation|[a-z]*zinsen|interest|rente)( [a-z]+){0,2} ([a-z]*kreditkart[a-z]*|credit ?card|[a-z]*creditcard|carte de credit|karte|card|carte|kaart)",
];
