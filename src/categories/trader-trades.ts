// The trades of the self-employed and sole traders whose one account mixes business and household, enumerated by
// trade rather than from statements: a client paying an invoice, a health insurers' billing centre paying a therapist,
// a freelance platform's payout; a desk or a salon chair rented; a card terminal's rental; a professional body's dues;
// the liberal professions' social contributions; a self-employed pension plan; a bread fund; trade counters and
// builders' merchants. Whole folded words, as heuristics.ts matches them. The company card's monthly bill is
// money-moves.ts's (BUSINESS_CARD).
//
// Left out because a word alone has another meaning, or the corpus files it elsewhere: "coworking" alone (a coworking
// space's name is filed as a subscription; only a desk rented by the month is rent), "Handwerkskammer"/"IHK" (a
// chamber's levy is a tax, heuristics.ts), "desks" alone (an office furniture shop's), "transporter" alone (a van
// maker's dealer), "press" alone (a juicer's, a newspaper's).

/**
 * Money in that pays the person's own work, read before the brand dictionary and the refund words: a client paying an
 * invoice by its number ("Zahlung zu RG 417/2025", "REGLEMENT FACTURE F2025-041", "Factuur 2026-042", "INVOICE INV-0412"),
 * a billing centre paying a therapist for the statutory insurers ("Sammelabrechnung Physiotherapie", "Auszahlung
 * GKV-Abrechnung", a doctors' association's fees), a freelance platform's payout. A shop's refund of an invoice names
 * a credit ("Gutschrift zu Rechnung", "Erstattung RG …"), never a payment word before the invoice's.
 */
export const TRADER_PAY: readonly string[] = [
  "(?<!(gutschrift|erstattung|ruckerstattung|storno|korrektur|refund|credit) )(zahlung|zlg|ausgleich|begleichung|payment|pmt|betaling|voldoening|reglement|regl|paiement) (zu|zur|fur|der|auf|of|for|van|voor|de|du|sur)?( ihrer| unserer| uw| onze| votre| your| our)? ?(rg|re|rechnung|rechn|invoice|inv|factuur|fact|facture|fac|fa)( nr| no| n)? ?[a-z]{0,3}[0-9]+",
  "(rg|rechnung|invoice|inv|factuur|facture)( nr| no| n)? [a-z]{0,3}[0-9]{2,}( [0-9]{2,4})? (illustrationen|illustraties|illustrations|design|ontwerp|entwurf|lektorat|ubersetzung|vertaling|translation|fotografie|photography|beratung|consulting|advies|honorar|honorarium|werkzaamheden|leistungen|services)",
  "factuur [0-9]{4} [0-9]+", "invoice inv [0-9]+",
  // A client's transfer naming the invoice by its number alone, what the work was after it or not ("MS R BALOGUN
  // INVOICE 2231 WEBSITE COPY", "INV-2207 BRAND REFRESH", "Rechnung Nr. 2026-118"): money in against one's own invoice.
  "(invoice|inv|rechnung|rechnungsnr|factuur|factuurnr|facture)( nr| no| n)? ?[a-z]{0,3}[0-9]{3,}",
  "abrechnungszentrum( [a-z]+){0,2}", "(gkv|kv|kzv|kassen)abrechnung", "(gkv|kv|kzv) abrechnung", "sammelabrechnung( [a-z]+)? (physiotherapie|ergotherapie|logopadie|podologie|heilmittel|pflege|krankengymnastik)",
  "(kassenarztliche|kassenzahnarztliche) vereinigung( [a-z]+){0,3} (honorar|abschlag|restzahlung|auszahlung)",
  "(upwork|fiverr|peopleperhour|malt|twago|freelancer com|youngones)( [a-z]+){0,4} (withdrawal|payout|uitbetaling|auszahlung|virement)",
  "uitbetaling (klussen|opdrachten|diensten|shifts)",
  // A maker's sales paid out by the marketplace or the card terminal that took them ("Palundu … Auszahlung Verkaeufe",
  // "Verkaeuferguthaben 05/2025", "myPOS … Settlement 10/2026 Haendler 66142").
  "(auszahlung|uitbetaling|payout|versement) (verkaufe|verkaufserlose|verkopen|sales|ventes)", "verkaufer ?guthaben", "verkaufserlose?",
  "settlement( [0-9]+){0,2} (haendler|handler|merchant)", "mypos( [a-z]+){0,3} (settlement|payout|auszahlung)",
  // A creator's earnings paid out by the platform that sold the course, the merch, the design or the shout-out
  // ("Auszahlung Kursverkaeufe", "Provisionsgutschrift Merch-Shop", "Auszahlung Designerprovision", "Threadless artist
  // shop payout", "Uitbetaling artiestencommissie", "CAMEO TALENT EARNINGS", "Payout … Publisher-ID 7821"): pay, by
  // the platform-payout policy, whatever credit word ("Gutschrift") the platform prints.
  "(auszahlung|uitbetaling|payout|versement) [a-z]+(verkaufe|verkaufserlose)", "[a-z]*provisionsgutschrift", "(auszahlung|uitbetaling) [a-z]*(provision|provisionen|commissie)",
  "artiestencommissie", "(artist|creator|talent|designer)( shop)? (payouts?|earnings|uitbetaling)", "(artist|creator) payment", "(uitbetaling|payout|auszahlung) merch( shop)?",
  "(payout|auszahlung|uitbetaling)( [a-z]+){0,2}( [0-9]+){0,2} (publisher|vendor|creator|affiliate|partner) ?id",
  // An author's or a musician's royalties, paid by a collecting society ("PRS ROYALTY DISTRIBUTION", "GEMA … Ausschuettung
  // Auffuehrungsrecht", "Buma repartitie", "Uitkering auteursrechten", "ASCAP DOMESTIC DISTRIBUTION").
  "royalty", "royalties", "tantiemen", "[a-z]*urheberrecht[a-z]*", "auffuhrungsrecht[a-z]*", "[a-z]*vervielfaltigungsrechte?", "auteursrecht(en)?", "droits d auteurs?", "repartitie",
  "(gema|vg wort|vg bild kunst|buma|stemra|sena|prs|ppl|ascap|bmi|sesac|socan|apra|sacem|sacd|adagp|suisa|akm)( [a-z]+){0,3} (verteilung|ausschuttung|distribution|repartition|uitkering|payout)",
];

/**
 * A person's own pension or college-savings plan paid into (a self-employed person's Rürup or lijfrente, an IRA, a
 * SIPP, a US 529 plan), to whatever life insurer or fund runs it: savings, not insurance.
 */
export const SELF_PENSION: readonly string[] = [
  "(ruerup|rurup|riester|basis)( )?rente( beitrag| vertrag| sparplan)?", "inleg (pensioen|lijfrente)( [a-z]+)?", "lijfrente ?inleg", "pensioen zzp",
  // An individual retirement account by its kind ("DES:SEP IRA", "TRAD IRA CONTRIB") or its contribution; not a person called Ira.
  "(sep|roth|trad|traditional|simple|rollover|spousal|solo) ira", "ira (contribution|contrib|contr|deposit)s?",
  // A personal pension's contribution, "CONT" as UK banks shorten it ("PENSION CONTRIBUTION SIPP", "PENFOLD MONTHLY CONT").
  "(pension|sipp)( [a-z]+)? (contribution|contrib|contr)s?", "(penfold|pensionbee)( [a-z]+){0,2} (contribution|contrib|contr|cont)s?",
  // A US self-employed retirement plan's contribution ("SOLO 401K CONTRIB").
  "solo 401 ?k",
  // A US college savings plan paid into ("NY 529 DIRECT PLAN DES:CONTRIB", "NY529 AUTO INVEST"): saved, as a pension is.
  "[a-z]{2} ?529( [a-z]+){0,2} (contrib|contribution|contr|auto invest|deposit)s?", "529 (direct |college (savings )?|savings )?plan",
];

/**
 * Read before the rent words ("Huur betaalautomaat"), the cash words ("pinautomaat") and the brand dictionary: a card
 * terminal's rental and a professional body's dues (not a chamber's, which is a tax) are fees.
 */
export const TRADER_FEES: readonly string[] = [
  "(huur|miete|rental|rent|hire|lease|leasing|location)( [a-z]+)? (betaalautomaat|pinautomaat|pin automaat|pinterminal|betaalterminal|kartenterminal|ec terminal|card terminal|card machine|terminal|tpe)",
  "(betaalautomaat|pinautomaat|pinterminal|betaalterminal|kartenterminal|card terminal|card machine|terminal) ?(huur|miete|rental|hire|lease|servicepauschale|entgelt|gebuhr)",
  "(card|dojo|payment) terminal rental", "card machine( [a-z]+)?( [a-z]+)? (rental|hire|fee|fees)", "dojo card machine",
  "(beroepsvereniging|berufsverband|genootschap|professional [a-z]+|chartered [a-z]+|[a-z]+ translators|[a-z]+ photographers)( [a-z0-9]+){0,7} (dues|membership|lidmaatschap|contributie|mitgliedsbeitrag|jahresbeitrag)",
  "(lidmaatschap|contributie)( [a-z0-9]+){0,5} (beroepsvereniging|genootschap)", "(assn|association|society) ([a-z]+ )?dues( renewal)?",
];

/** A desk or a chair rented by the month is the workplace's rent ("Coworking Fixdesk", "Schreibtischplatz", "Stuhlmiete"). */
export const DESK_RENT: readonly string[] = [
  "(fix|fixed|flex|hot|dedicated|co working|coworking) ?desks?( [a-z]+)?", "schreibtisch(platz|miete)", "arbeitsplatzmiete", "buroplatz", "bureauplek(huur)?", "werkplekhuur",
  "stuhlmiete", "stoelhuur", "chair (rent|rental|hire)", "location (de )?fauteuil",
];

/** Read first among the content words: a trade's own word beats the shop word it carries ("Friseurbedarf" is no hairdresser). */
export const TRADER_FIRST: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  // Hairdressing supplies, builders' merchants and trade counters, art supplies, printers.
  ["shopping", [
    "friseurbedar[a-z]*", "[a-z]*friseurbedarf", "salon (supplies|supply)", "kappersgroothandel", "bouwstoffen[a-z]*", "bouwmaterialenhandel",
    "trade (counter|counte|count|supplies|supply|centre|center|ctr)", "plumb (ctr|center|centre)", "fixings", "art (supply|supplies|suppl)",
    "druckzentrum", "stationery",
  ]],
  // The liberal professions' own pension and social funds take contributions as URSSAF does.
  ["taxes", ["carpimko", "cipav", "carmf", "carcdsf", "carpv", "cavec", "cavp", "cnbf", "cavamac", "cavom", "secu independants", "securite sociale (des )?independants"]],
  // A bread fund ("Broodfonds"): sole traders' mutual cover for sickness.
  ["insurance", ["[a-z]*broodfonds", "schenkkring"]],
  // A pie shop's counter; car parks by their plural. (Vans hired to drive oneself are the shop kinds': "van hire", "self drive".)
  ["restaurants", ["pie (shop|shoppe|house|and mash)", "smokehouse"]],
  ["fuel", ["car parks"]],
];

// A credit named beside the invoice is money given back, not a client's payment ("Gutschrift zu Rechnung 4471",
// "Terugbetaling factuur 2026-001", "REMBOURSEMENT FACTURE"); the bank's own "SEPA-Gutschrift" type says nothing.
const CREDITED = /(^| )(gutschrift (zu|zur|fur|aus|auf)( ihrer)? ?(rg|re|rechnung)|[a-z]*erstattung|storno[a-z]*|korrektur[a-z]*|refund[a-z]*|rembourse[a-z]*|rembt|avoir|terugbetaling|terugstorting|restitutie|credit ?nota|credit note|creditfactuur|[a-z]*retoure?|guthaben|ruckzahlung|uberzahlung|doppelzahlung|overpayment|overpaid|overbetaling|teveel betaald|trop percu)( |$)/;

/** The folded text names money given back, which no client's payment does. */
export function namesCredit(folded: string): boolean {
  return CREDITED.test(folded);
}

// A trade's wholesaler carries the trade's own word ("Friseurbedarf", "Kappersgroothandel"): the dictionary's kind of
// shop inside it (the "~friseur" of a hairdresser) sold the supplies, not the haircut.
const TRADE_SUPPLIER = /(^| )([a-z]*friseurbedar[a-z]*|kappersgroothandel|salon (supplies|supply)|(friseur|salon|kapper)s? ?(grosshandel|grossmarkt|groothandel))( |$)/;

/** The category of what a kind of shop the dictionary knows sold, where the text names that trade's wholesaler. */
export function traderSupplierCategory(folded: string): string | null {
  return TRADE_SUPPLIER.test(folded) ? "shopping" : null;
}
