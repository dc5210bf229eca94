// Things people ask about that are narrower than a category: coffee within
// restaurants, the gym within leisure, the phone bill within utilities,
// council (property) tax within taxes. A topic is its categories plus what marks its
// rows there: words in the bank text or merchants known to be it. One table,
// read by the parser (the phrases in `said`), compile.ts (the filter) and the
// reading ("Gym (Leisure & entertainment)"), so a topic is added in one place.
import { labelKey } from "./merchant-keys.ts";
import { escapeRegExp } from "./parse/fold.ts";
import { COFFEE_HOUSE_BRANDS, FUEL_STATION_BRANDS, PARKING_BRANDS } from "./topic-merchants.ts";
import { CAR_TOPIC } from "./topics-car.ts";
import { CLOTHING_TOPIC } from "./topics-clothing.ts";
import { TAKEAWAY_TOPIC } from "./topics-takeaway.ts";
import { UTILITY_TOPICS } from "./topics-utilities.ts";
import { WEDDING_TOPIC } from "./topics-wedding.ts";
import { HOUSING_TOPICS } from "./topics-housing.ts";
import { PENSION_TOPIC } from "./topics-pension.ts";
import { NEWSPAPER_TOPIC } from "./topics-newspaper.ts";
import { PHARMACY_TOPIC } from "./topics-pharmacy.ts";
import { VET_TOPIC } from "./topics-vet.ts";
import { GRANDCHILDREN_TOPIC } from "./topics-grandchildren.ts";
import { SELF_EMPLOYED_TOPICS } from "./topics-self-employed.ts";

export interface Topic {
  key: string;
  en: string;
  de: string;
  /** Where its rows are filed; a row elsewhere is never this topic ("fitness tracker" under shopping). */
  categories: readonly string[];
  /**
   * Words in a row's description, counterparty or merchant, case-insensitive:
   * a whole word ("car" is not in "healthcare"), "word*" a word start
   * ("kfz*": "Kfz-Versicherung"), "*word" anywhere ("*gym": "PureGym").
   * Without words and merchants every row of the categories counts.
   */
  words: readonly string[];
  /** Merchants that are this topic whatever their text says, matched by merchant key like a merchant filter. */
  merchants?: readonly string[];
  /** Of `categories`, those whose every row is this topic: `words`, `merchants` and `except` mark rows of the others only. */
  unmarked?: readonly string[];
  /**
   * Words, written as `words`, that mark a row as not this topic though a word matched ("Mietzins" is rent); without
   * words and merchants, the rows of its categories that are not it ("Uber" is no public transport).
   */
  except?: readonly string[];
  /** How questions name it, written as in categories/synonyms.ts ("*" marks a compound). */
  said: readonly string[];
  /** Said this way only in a Dutch question: "rente" is interest in Dutch and a pension in German. */
  saidDutch?: readonly string[];
  /** Phrases of `said` (folded) that name money received: without a measure word such a question is about income. */
  received?: readonly string[];
  /** A row whose other side is in another currency (its original currency differs from its own) is this topic too. */
  crossCurrency?: boolean;
  /** Charged once a year: asked without a period, the whole history is meant, not this month. */
  yearly?: boolean;
}

export const TOPICS: readonly Topic[] = [
  {
    // Cafés and coffee shops as Kontor files them (under restaurants): their names say coffee, café, espresso
    // or roaster in some language, or they are a coffee house the dictionary knows (topic-merchants.ts).
    key: "coffee",
    en: "Coffee",
    de: "Kaffee",
    categories: ["restaurants"],
    words: [
      "*coffee", "cafe*", "café*", "caffe*", "caffè*", "*kaffee", "*koffie", "espresso*", "roaster*", "roastery", "*rösterei", "*roesterei",
      "barista*",
    ],
    merchants: COFFEE_HOUSE_BRANDS,
    said: [
      "coffee", "coffees", "coffee shop", "coffee shops", "cafe", "cafes", "café", "cafés", "latte", "lattes", "cappuccino", "cappuccinos",
      "flat white", "flat whites", "espresso", "espressos", "kaffee", "koffie", "coffee runs",
    ],
  },
  {
    key: "gym",
    en: "Gym",
    de: "Fitnessstudio",
    categories: ["entertainment"],
    words: ["*gym", "*fitness", "sportstudio*", "crossfit*"],
    merchants: ["McFIT", "FitX", "clever fit", "Urban Sports Club", "Basic-Fit", "John Reed", "Holmes Place", "Equinox", "Virgin Active", "David Lloyd", "Nuffield Health", "Kieser Training", "Wellpass", "ClassPass"],
    said: ["gym", "gyms", "gym membership", "fitness", "fitness studio", "fitness center", "fitness centre", "*fitnessstudio", "fitnesscenter", "sportstudio", "muckibude"],
  },
  {
    // A product the bank rows name ("Deutschlandticket 10 Abo-Nr.", whoever sells it: BVG, DB, MVG): asked by its
    // name, those rows, not the rides and taxis filed beside it.
    key: "deutschlandticket",
    en: "Deutschlandticket",
    de: "Deutschlandticket",
    categories: ["transport"],
    words: ["deutschlandticket*", "deutschland-ticket*", "d-ticket*", "49-euro-ticket*"],
    merchants: ["Deutschlandticket"],
    said: ["deutschlandticket", "deutschland ticket", "deutschland-ticket", "d-ticket", "49 euro ticket", "49-euro-ticket"],
  },
  {
    key: "phone",
    en: "Phone",
    de: "Telefon & Handy",
    categories: ["utilities"],
    // Verizon and AT&T sell home internet under the same name: their mobile rows say "wireless", "VZWRLSS" or "mobility".
    // A prepaid card's top-up names no phone ("AYYILDIZ ONLINE AUFLADUNG"): within utilities it is the phone's credit.
    words: ["*phone", "*mobil", "handy*", "telefon*", "wireless", "vzwrlss*", "cellular", "telecom*", "telekom*", "*aufladung", "top up", "topup", "recharge*", "prepaid*"],
    merchants: [
      "Telekom", "T-Mobile", "Vodafone", "O2", "congstar", "freenet", "Drillisch", "ALDI TALK", "fraenk", "EE", "Three", "giffgaff", "Lebara", "Ay Yildiz",
      "Lycamobile", "Ortel Mobile", "Blau", "Lidl Connect", "netzclub",
    ],
    said: [
      "phone", "phone bill", "phone plan", "mobile", "mobile bill", "mobile phone", "mobile phone bill", "mobile plan", "cell phone",
      "cell phone bill", "cellphone", "handy", "handyrechnung", "handykosten", "handyvertrag", "telefon", "telefonrechnung",
      "telefonkosten", "mobilfunk*",
    ],
  },
  ...UTILITY_TOPICS,
  ...HOUSING_TOPICS,
  {
    // The local taxes on a home: UK council tax, German Grundsteuer and Grundbesitzabgaben, the Dutch
    // gemeentelijke belastingen (OZB, afvalstoffenheffing, rioolheffing) and the water board's tax, which
    // the municipality or a joint tax office (BghU, GBLT, SVHW…) collects.
    key: "council_tax",
    // One English name for the UK's council tax and a US county's property tax: the same tax on a home.
    en: "Property & council tax",
    de: "Grundsteuer",
    categories: ["taxes"],
    words: [
      "council", "ctax", "c tax", "property tax*", "grundsteuer*", "grundbesitz*",
      // A US county or school district collects it: "TRAVIS COUNTY TAX … PROP TAX", "… TAX ASSESSOR-COLLECTOR".
      "prop tax*", "county tax*", "tax collector*", "tax assessor*", "real estate tax*", "school tax*", "school district tax*",
      "gemeente*", "ozb", "onroerende*", "afvalstoffenheffing*", "rioolheffing*", "waterschap*", "hoogheemraadschap*",
      "belastingsamenwerking*", "bghu", "gblt", "svhw", "hefpunt", "bsgw", "cocensus",
    ],
    said: [
      "council tax", "ctax", "property tax", "local tax", "local taxes", "municipal tax", "municipal taxes", "grundsteuer", "grundbesitzabgaben",
      "gemeentelijke belasting", "gemeentelijke belastingen", "gemeentebelasting", "gemeentelijke heffingen", "ozb", "onroerendezaakbelasting",
      "onroerende zaakbelasting", "afvalstoffenheffing", "rioolheffing", "waterschapsbelasting",
    ],
  },
  {
    // The yearly tax on owning a car: the German Kfz-Steuer (the Hauptzollamt collects it, often through the
    // Bundeskasse, whose own name says nothing), UK vehicle excise duty to the DVLA, the Dutch
    // motorrijtuigenbelasting. "Kfz" alone is the car (Fuel & car) and "Steuer" alone all taxes: together
    // they are this one debit, not the Rundfunkbeitrag beside it. Some banks file it under the car.
    key: "vehicle_tax",
    en: "Vehicle tax",
    de: "Kfz-Steuer",
    categories: ["taxes", "fuel"],
    words: [
      "kfz steuer*", "kraftfahrzeugsteuer*", "*kraftfahrzeugsteuer", "hauptzollamt*", "vehicle tax*", "vehicle excise*", "car tax",
      "road tax", "ved", "dvla*", "motorrijtuigenbelasting*", "wegenbelasting*", "taxe sur les vehicules", "taxe sur les véhicules",
    ],
    merchants: ["DVLA"],
    said: [
      "vehicle tax", "vehicle excise duty", "car tax", "road tax", "ved", "dvla", "motorrijtuigenbelasting", "wegenbelasting",
      "taxe sur les véhicules", "taxe sur les vehicules", "taxe véhicule", "kraftfahrzeugsteuer", "autosteuer", "fahrzeugsteuer", "kfz-steuer",
    ],
  },
  {
    // Health insurance: the Dutch zorgverzekering and its premium, the German Krankenkasse, a French
    // mutuelle (it tops up the state's cover), a US health plan; asked for, it is that insurance, not all of them.
    key: "health_insurance",
    en: "Health insurance",
    de: "Krankenversicherung",
    categories: ["insurance"],
    words: ["zorg*", "kranken*", "*krankenversicherung*", "health*", "medical*", "dental*", "*mutuelle*", "sante", "santé"],
    merchants: [
      "Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW Zorgverzekeraar", "ONVZ", "Anderzorg", "Zekur", "Techniker Krankenkasse", "AOK", "BARMER",
      "DAK-Gesundheit", "Aetna", "Cigna", "Bupa", "Kaiser Permanente", "Blue Cross", "UnitedHealthcare", "Harmonie Mutuelle", "MGEN", "Malakoff Humanis",
    ],
    said: [
      "health insurance", "medical insurance", "health plan", "health cover", "zorgverzekering", "zorgpremie", "zorgverzekeraar", "krankenversicherung",
      "*krankenversicherung", "krankenkasse", "krankenkassenbeitrag", "krankenkassenbeiträge", "mutuelle", "mutuelles", "complémentaire santé",
      "assurance santé", "assurance maladie",
    ],
  },
  CAR_TOPIC,
  {
    key: "car_insurance",
    en: "Car insurance",
    de: "Kfz-Versicherung",
    categories: ["insurance"],
    words: ["car", "cars", "auto", "autoversicherung*", "autoverzekering*", "kfz*", "motor*", "vehicle*", "fahrzeug*"],
    merchants: ["GEICO", "Progressive"],
    said: ["car insurance", "auto insurance", "motor insurance", "vehicle insurance", "kfz-versicherung", "autoversicherung", "kfz-haftpflicht", "autoverzekering"],
  },
  {
    key: "atm_fees",
    en: "ATM fees",
    de: "Geldautomatengebühren",
    categories: ["fees"],
    words: ["atm", "cash*", "cashpoint*", "geldautomat*", "bargeld*", "abhebung*", "withdraw*", "automat*"],
    said: [
      "atm fee", "atm fees", "atm charge", "atm charges", "cash machine fee", "cash machine fees", "cash withdrawal fee", "withdrawal fee",
      "geldautomatengebühr", "geldautomatengebühren", "automatengebühr", "abhebegebühr", "abhebungsgebühr", "bargeldgebühr",
    ],
  },
  {
    // What a card charges on a purchase in another currency: DKB's and comdirect's "Auslandseinsatzentgelt",
    // a UK card's "Non-Sterling Transaction Fee"; not every fee of the card.
    key: "fx_fees",
    en: "Foreign transaction fees",
    de: "Auslandseinsatzentgelte",
    categories: ["fees"],
    words: [
      "auslandseinsatz*", "*auslandsentgelt*", "fremdwährung*", "fremdwaehrung*", "foreign*", "non sterling*", "non-sterling*", "fx", "currency conversion*",
      "international transaction*", "cross border*", "hors zone euro", "kosten buitenland",
    ],
    said: [
      "foreign transaction fee", "foreign transaction fees", "foreign fee", "foreign fees", "foreign exchange fee", "foreign exchange fees",
      "fx fee", "fx fees", "currency conversion fee", "currency conversion fees", "non sterling fee", "non sterling fees",
      "international transaction fee", "international transaction fees", "cross border fee", "cross border fees",
      "auslandseinsatzentgelt", "auslandseinsatzentgelte", "auslandsgebühr", "auslandsgebühren", "fremdwährungsgebühr", "fremdwährungsgebühren",
    ],
  },
  {
    // A card's yearly price: Amex's "JAHRESGEBÜHR GOLD CARD", "Annual Fee". "Annual" here names the fee, not a split by year.
    key: "annual_fees",
    en: "Annual fees",
    de: "Jahresgebühren",
    categories: ["fees"],
    yearly: true,
    words: ["jahresgebühr*", "jahresgebuhr*", "jahresgebuehr*", "jahresentgelt*", "jahresbeitrag*", "annual fee*", "annual membership*", "yearly fee*", "membership fee*", "cotisation*"],
    said: [
      "annual fee", "annual fees", "annual card fee", "annual card fees", "yearly fee", "yearly fees", "annual membership fee", "membership fee",
      "jahresgebühr", "jahresgebühren", "jahresentgelt", "jahresbeitrag", "kartenjahresgebühr", "jährliche gebühr", "jährliche kartengebühr",
    ],
  },
  {
    // "Tanken" is the fuel itself: "Fuel & car" also holds parking, washes, repairs and tolls. Public EV charging is a car's fuel too.
    key: "fuel_stations",
    en: "Fuel",
    de: "Tanken",
    categories: ["fuel"],
    words: [
      "*tankst", "*fuel", "petrol*", "gas", "gasoline", "diesel", "benzin*", "kraftstoff*", "carburant*", "gasolinera*", "service station*",
      "filling station*", "supercharger*", "*charging", "ladestation*", "ladesäule*", "ladesaeule*", "autostrom",
    ],
    merchants: FUEL_STATION_BRANDS,
    said: [
      "fuel", "petrol", "gas", "gasoline", "diesel", "gas station", "petrol station", "filling station", "fuel station", "ev charging",
      "car charging", "*tanken", "getankt", "tankstelle", "tankkosten", "benzin*", "sprit*", "kraftstoff*", "ladesäule", "ladestrom",
    ],
  },
  {
    key: "parking",
    en: "Parking",
    de: "Parken",
    categories: ["fuel"],
    // "Q-PARK", "Parkhaus", "ParkNow", "Interparking", "Handyparken", "Euro Car Parks".
    words: ["park*", "*parking", "*parken", "*parkhaus", "*parkplatz", "*parkgarage", "tiefgarage*", "*tiefgarage"],
    merchants: PARKING_BRANDS,
    said: [
      "parking", "parking fees", "parking fee", "car park", "car parks", "parking garage", "parking meter", "parking ticket", "parken",
      "*parkhaus", "parkgebühr", "parkgebühren", "parkplatz", "parkschein", "parkticket", "tiefgarage", "parkkosten",
    ],
  },
  CLOTHING_TOPIC,
  TAKEAWAY_TOPIC,
  PENSION_TOPIC,
  NEWSPAPER_TOPIC,
  PHARMACY_TOPIC,
  VET_TOPIC,
  GRANDCHILDREN_TOPIC,
  WEDDING_TOPIC,
  ...SELF_EMPLOYED_TOPICS,
  {
    // Interest, charged or paid out: the German Abschluss rows ("Habenzinsen", "Sollzinsen", "Zinsen/Entgelte"),
    // "interest", "intérêts", the Dutch "rente". Charged it is a bank fee; paid out the bank's text is filed as
    // other income, so both categories hold it and the measure (spent or received) picks the side.
    key: "interest",
    en: "Interest",
    de: "Zinsen",
    categories: ["fees", "income_other"],
    words: [
      "zins*", "*zinsen", "habenzins", "sollzins", "guthabenzins", "interest", "intérêt*", "interet*",
      "rente", "debetrente", "creditrente", "spaarrente", "bonusrente", "rentevergoeding", "rentebijschrijving",
    ],
    // A rent's "Mietzins", and the German pension ("Rente" from the Deutsche Rentenversicherung or the Renten Service).
    except: ["mietzins*", "pachtzins*", "*rentenversicherung", "renten service", "rentenservice", "drv", "rv rente"],
    said: [
      "zinsen", "*zinsen", "zins", "zinsertrag", "zinserträge", "zinseinnahmen", "zinsgutschrift", "zinsgutschriften",
      "interest", "interest income", "interest earned", "interest payments", "intérêts", "intérêts créditeurs",
    ],
    saidDutch: ["rente", "spaarrente", "creditrente", "renteopbrengst", "ontvangen rente"],
    received: [
      "habenzinsen", "guthabenzinsen", "zinsertrag", "zinsertrage", "zinseinnahmen", "zinsgutschrift", "zinsgutschriften", "interest income",
      "interest earned", "interets crediteurs", "spaarrente", "creditrente", "renteopbrengst", "ontvangen rente",
    ],
  },
  {
    // Money changed from one currency to another between the person's own balances: Revolut's "Exchanged
    // to GBP", Wise's conversions. Both legs are transfers; the leg's original currency is the other side's,
    // which is how a conversion is told from a transfer whatever the bank writes.
    key: "currency_exchange",
    en: "Currency exchange",
    de: "Geldwechsel",
    categories: ["transfers"],
    words: ["exchanged", "currency exchange", "conversion", "converted", "umgetauscht", "geldwechsel", "währungsumtausch", "devisen*"],
    crossCurrency: true,
    said: [
      "currency exchange", "currency exchanges", "exchanges", "currency conversion", "currency conversions", "conversions", "fx",
      "geldwechsel", "währungsumtausch", "währungstausch", "devisen", "umtausch", "change de devises",
    ],
  },
  {
    // The regular household bills; rent and subscriptions have their own words.
    key: "bills",
    en: "Bills",
    de: "Rechnungen",
    categories: ["utilities", "taxes", "insurance"],
    words: [],
    said: ["bills", "household bills", "monthly bills", "regular bills", "rechnungen", "fixkosten", "fixe kosten", "*fixkosten"],
  },
];

export const TOPIC_KEYS = TOPICS.map((t) => t.key) as [string, ...string[]];

export function topicOf(key: string): Topic | undefined {
  return TOPICS.find((t) => t.key === key);
}

/** Phrases per topic key, shaped like CATEGORY_SYNONYMS for the parser's phrase matcher. */
export const TOPIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(TOPICS.map((t) => [t.key, t.said]));
/** Phrases that name a topic only in a Dutch question. */
export const DUTCH_TOPIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(TOPICS.filter((t) => t.saidDutch).map((t) => [t.key, t.saidDutch!]));


/** One case-insensitive RE2 pattern for a topic's words, or null when it has none. */
export function topicWordsPattern(topic: Topic): string | null {
  return wordsPattern(topic.words);
}

/** The same for the words that mark a row as not the topic. */
export function topicExceptPattern(topic: Topic): string | null {
  return wordsPattern(topic.except ?? []);
}

function wordsPattern(words: readonly string[]): string | null {
  if (words.length === 0) return null;
  const alternatives = words.map((w) => {
    const inside = w.startsWith("*");
    const prefix = w.endsWith("*");
    const body = escapeRegExp(w.replace(/^\*|\*$/g, "")).replace(/ /g, "[\\s-]*");
    return `${inside ? "" : "(?:^|[^[:alnum:]])"}${body}${prefix || inside ? "" : "(?:[^[:alnum:]]|$)"}`;
  });
  return `(?i)(?:${alternatives.join("|")})`;
}

/** A pattern over merchant keys for a topic's merchants: a key equal to one's, or continuing it with more words; null when it has none. */
export function topicMerchantsPattern(topic: Topic): string | null {
  const keys = [...new Set((topic.merchants ?? []).map(labelKey).filter((k) => k !== ""))];
  return keys.length ? `^(?:${keys.map(escapeRegExp).join("|")})(?: |$)` : null;
}
