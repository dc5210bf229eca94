// UK councils as banks print them on a council tax direct debit: "LB CAMDEN
// CTAX" (London Borough), "RB KINGSTON" (Royal Borough), "LBHF COUNCIL TAX",
// "BRISTOL CITY COUNCIL C TAX", "MANCHESTER CC CTAX". One council is one
// payee under the name it goes by ("Camden Council", "Kingston Council",
// "Bristol City Council"), filed under taxes, so "council tax", "camden" and
// "camden council" all find it.
import { leadingText } from "./descriptor.ts";
import { foldText } from "./normalize.ts";
import { countyName } from "./local-authorities.ts";

// The London boroughs (and the Royal Boroughs, "RB") by the word their short forms start with, under the name each council goes by.
const LONDON: Readonly<Record<string, string>> = {
  barking: "Barking and Dagenham", barnet: "Barnet", bexley: "Bexley", brent: "Brent", bromley: "Bromley", camden: "Camden",
  croydon: "Croydon", ealing: "Ealing", enfield: "Enfield", hackney: "Hackney", hammersmith: "Hammersmith and Fulham",
  haringey: "Haringey", harrow: "Harrow", havering: "Havering", hillingdon: "Hillingdon", hounslow: "Hounslow",
  islington: "Islington", lambeth: "Lambeth", lewisham: "Lewisham", merton: "Merton", newham: "Newham", redbridge: "Redbridge",
  richmond: "Richmond", southwark: "Southwark", sutton: "Sutton", tower: "Tower Hamlets", waltham: "Waltham Forest",
  wandsworth: "Wandsworth", kensington: "Kensington and Chelsea", kingston: "Kingston", greenwich: "Greenwich",
  windsor: "Windsor and Maidenhead",
};
// Initials councils sign their own direct debits with; "LBH" (Hackney? Hounslow?) says too little.
const INITIALS: Readonly<Record<string, string>> = {
  lbbd: "barking", lbhf: "hammersmith", lbth: "tower", lbwf: "waltham", rbkc: "kensington", rbk: "kingston", rbwm: "windsor", rbg: "greenwich",
};
// Council tax said in full or short; a council's kind said in full or by its initials.
const TAX = String.raw`(?:ctax|c tax|council tax|counciltax)`;
const KIND: Readonly<Record<string, string>> = {
  council: "Council", "city council": "City Council", cc: "City Council", "borough council": "Borough Council", bc: "Borough Council",
  "district council": "District Council", dc: "District Council", // Metropolitan boroughs go by "<place> Council" (Stockport Council, Wigan Council).
  "metropolitan borough council": "Council",
  mbc: "Council",
};
const KIND_WORDS = String.raw`(?:metropolitan borough council|borough council|district council|city council|council|mbc|cc|bc|dc)`;

// The tax said first ("COUNCIL TAX LB CAMDEN"); bank words before it are gone already (leadingText).
const LEAD = String.raw`^(?:${TAX} )?`;
const BOROUGH_PREFIX = new RegExp(String.raw`${LEAD}(l ?b|r ?b|london borough|royal borough)(?: of)? ([a-z]+(?: [a-z]+){0,3})(?: .*)?$`);
const INITIALS_FORM = new RegExp(String.raw`${LEAD}([a-z]{3,4})(?: |$)`);
const NAMED_COUNCIL = new RegExp(String.raw`${LEAD}([a-z]+(?: [a-z]+){0,2}?) ${KIND_WORDS}(?: .*)?$`);
const TAX_ONLY = new RegExp(String.raw`${LEAD}([a-z]+(?: [a-z]+){0,2}?) ${TAX}(?: .*)?$`);

/** The words before "council" of a national or a professional body, not a local authority (heuristics.ts reads them too). */
export const NATIONAL_BODIES: readonly string[] = [
  "british", "arts", "resus", "resuscitation", "nursing and midwifery", "health and care professions",
  "general (?:medical|dental|optical|pharmaceutical|chiropractic|osteopathic)",
  // A fraternal order's local council ("KOFC COUNCIL 4417"): what its members give is a gift (retiree-trades.ts).
  "kofc", "knights of columbus",
];
const NATIONAL_BODY = new RegExp(`^(?:${NATIONAL_BODIES.join("|")}) council\\b`);

// Initials without a vowel stay initials ("LBH Council"); words get a capital ("St Helens Council").
const titleCase = (s: string) => s.replace(/\p{L}+/gu, (w) => (/^[^aeiouy]{3,4}$/i.test(w) ? w.toUpperCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase()));

/** The first `count` folded words of the text as printed, with what joins them ("Brighton & Hove"). */
function printed(text: string, count: number): string {
  const out: string[] = [];
  let seen = 0;
  for (const token of text.trim().split(/\s+/)) {
    if (seen >= count) break;
    out.push(token);
    seen += foldText(token).split(" ").filter(Boolean).length;
  }
  return titleCase(out.join(" "));
}

/** A London borough's council when the words start with one: "camden" → "Camden Council". */
function boroughOf(words: string): string | null {
  const first = words.split(" ")[0] ?? "";
  if (LONDON[first]) return `${LONDON[first]} Council`;
  return first === "westminster" ? "Westminster City Council" : null;
}

/** The place words of a borough prefix's rest: tax and council words, references and whatever follows them left off. */
function place(words: string): string {
  return words.replace(new RegExp(String.raw`(?:^| )(?:${TAX}|${KIND_WORDS}|\S*\d\S*)(?: .*)?$`), "").trim();
}

// A UK council's abbreviation ending a payee (metropolitan borough, London borough, borough, district, city council).
const ABBREVIATION_AT_END = /\s(?:MBC|LBC|BC|DC|CC)\s*$/i;

/**
 * The council a payee known only by its abbreviation is, read with the purpose beside it: "DUDLEY MBC" paid for
 * "DUDLEY MBC CTAX 60411872" is Dudley Council. Null for any other payee ("OAKMONT CC" for membership dues).
 */
export function councilPaidFor(payee: string, purpose: string | null | undefined): string | null {
  if (!ABBREVIATION_AT_END.test(payee)) return null;
  // Signed with the council's initials ("NNDC GARDEN BIN"), the row is a council's as surely as one naming its tax.
  return councilName(`${payee} ${purpose ?? ""}`, signedWithInitials(payee, purpose));
}

// A payee ending in a council's abbreviation, then more words: "NORTH NORFOLK DC NNDC GARDEN BIN".
const ABBREVIATION_THEN_PURPOSE = /^(.+?\s(?:MBC|LBC|BC|DC|CC))\s+(\S.*)$/i;

/** "NORTH NORFOLK DC" paid for "NNDC GARDEN BIN": the purpose begins with the council's own initials and kind. */
function signedWithInitials(payee: string, purpose: string | null | undefined): boolean {
  const words = foldText(payee).split(" ");
  const kind = words.pop() ?? "";
  return words.length >= 1 && foldText(purpose ?? "").split(" ")[0] === words.map((w) => w[0]).join("") + kind;
}

/**
 * The council a payee text names, under its own name, or null. Only texts a
 * council writes count: a borough prefix with a London borough or a tax word
 * after it, a council's initials, a place followed by "council" (or CC, DC,
 * BC, MBC on a council tax row), or a place followed by the council tax.
 * A US county's tax office ("MECKLENBURG COUNTY TAX") is one too. `taxSaid`: the row is known to be the council's
 * bill by other means than its words (signed with the council's initials), as a tax word in it would say.
 */
export function councilName(text: string | null | undefined, taxSaid = false): string | null {
  if (!text?.trim()) return null;
  const lead = leadingText(text);
  // "NORTH NORFOLK DC NNDC GARDEN BIN": payee and purpose in one text, read as councilPaidFor reads them apart.
  const joined = taxSaid ? null : ABBREVIATION_THEN_PURPOSE.exec(lead);
  if (joined && signedWithInitials(joined[1]!, joined[2]!)) return councilPaidFor(joined[1]!, joined[2]!);
  const folded = foldText(lead);
  // "CYNGOR GWYNEDD": a Welsh council by its Welsh word, said as people say it in English ("Gwynedd Council").
  const welsh = /^cyngor (?:sir )?([a-z]+)\b/.exec(folded)?.[1];
  if (welsh) return `${welsh[0]!.toUpperCase()}${welsh.slice(1)} Council`;
  // "CITY OF EDINBURGH COUNCIL": people say "Edinburgh Council".
  const named = councilNamed(lead, folded, taxSaid)?.replace(/^City Of (.+) Council$/, "$1 Council");
  return named ? withCountyWrittenOut(named) : countyName(folded);
}

// An English county's everyday short form, which a council's direct debit prints for want of room ("NORTH NORTHANTS
// COUNCIL", "WEST LANCS COUNCIL TAX"); the council calls itself by the county's full name.
const COUNTY_SHORT: Readonly<Record<string, string>> = {
  northants: "Northamptonshire", notts: "Nottinghamshire", leics: "Leicestershire", lincs: "Lincolnshire", lancs: "Lancashire",
  herts: "Hertfordshire", bucks: "Buckinghamshire", cambs: "Cambridgeshire", glos: "Gloucestershire", hants: "Hampshire",
  wilts: "Wiltshire", worcs: "Worcestershire", staffs: "Staffordshire", beds: "Bedfordshire", oxon: "Oxfordshire", derbys: "Derbyshire",
};

/** "North Northants Council" → "North Northamptonshire Council". */
function withCountyWrittenOut(name: string): string {
  return name.replace(/\p{L}+/gu, (word) => COUNTY_SHORT[word.toLowerCase()] ?? word);
}

function councilNamed(lead: string, folded: string, taxSaid: boolean): string | null {
  // The British Council teaches and examines abroad, the Resuscitation Council trains, the Arts Council funds and the
  // Nursing and Midwifery Council registers: national bodies that bill no council tax.
  if (!folded || NATIONAL_BODY.test(folded)) return null;
  // A parochial church council runs a parish church and takes its giving: no local authority, no council tax.
  if (/(?:^| )church council(?: |$)/.test(folded)) return null;
  const hasTax = taxSaid || new RegExp(String.raw`(?:^| )${TAX}(?: |$)`).test(folded);
  const saysCouncil = hasTax || /(?:^| )council(?: |$)/.test(folded);
  const taxFirst = new RegExp(String.raw`^${TAX} `).exec(folded)?.[0] ?? "";
  // The place as printed, after a tax said first: its words are those of `words`, which starts `skip` words into the text.
  const placeOf = (words: string, skip: number) => printed(lead.trim().split(/\s+/).slice(skip).join(" "), words.split(" ").length);
  const taxWords = taxFirst.trim() ? taxFirst.trim().split(" ").length : 0;

  // "RBK" and "RBG" are short enough to be something else: only with a council or its tax said.
  const initials = INITIALS_FORM.exec(folded)?.[1];
  if (initials && INITIALS[initials] && (initials.length === 4 || saysCouncil)) return boroughOf(INITIALS[initials]);

  const prefixed = BOROUGH_PREFIX.exec(folded);
  if (prefixed) {
    const words = place(prefixed[2] ?? "");
    // "LB FOO CTAX": a borough not listed here, said to be a council by its tax.
    const borough = boroughOf(words) ?? (saysCouncil && words ? `${titleCase(words)} Council` : null);
    if (borough) return borough;
  }

  const named = NAMED_COUNCIL.exec(folded);
  if (named?.[1]) {
    const rest = folded.slice(taxFirst.length + named[1].length).trim();
    const kind = new RegExp(`^${KIND_WORDS}`).exec(rest)?.[0] ?? "council";
    // "CC", "DC", "BC" alone are too short to be sure of: only on a council tax row.
    if (!/^(?:cc|bc|dc|mbc)$/.test(kind) || hasTax) return boroughOf(named[1]) ?? `${placeOf(named[1], taxWords)} ${KIND[kind] ?? "Council"}`;
  }

  const taxOnly = TAX_ONLY.exec(folded);
  return taxOnly?.[1] ? (boroughOf(taxOnly[1]) ?? `${placeOf(taxOnly[1], taxWords)} Council`) : null;
}

/** A folded council name ("camden council", "leeds city council"): one council, never grouped by its first word. */
export function isCouncilKey(key: string): boolean {
  return /\S council$/.test(key);
}
