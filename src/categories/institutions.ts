// Universities, colleges and student services go by their town: "Technische Universität Ilmenau", "Studierendenwerk
// Kaiserslautern", "Crous Limoges" are each one body, and another town's is another body, so the town after such a word
// is the name's, not where a card was used. What a till prints after one, its refectory, cafeteria or fee office and the
// public-law form (Anstalt/Körperschaft des öffentlichen Rechts), is where it was paid, not who was paid.
import { foldText } from "./normalize.ts";
import { CITIES } from "./places.ts";
import { writtenOut } from "./written-out-words.ts";

// Words of bodies named for their town, folded ("universitaet", "universite", "hogeschool"). English names put the
// town first ("Lancaster University"), so a town after "University" is the card's; only "of" joins one (descriptor.ts).
const TOWN_BODY = /^(?:\p{L}*universit(?:a|ae|ä)t|universite|universiteit|\p{L}*hochschule|hogeschool|hogescholen|studierendenwerk|studentenwerk|crous|hochschulsport|unisport)$/u;

/** True when one word of a name is a university's, college's or student services' own ("Justus-Liebig-Universitaet"). */
export function namesTownBody(word: string): boolean {
  const folded = foldText(word);
  // A hyphened name ends in its kind: "Otto-von-Guericke-Universitaet", "Justus-Liebig-Universität".
  const kind = folded.split(/[\s-]/).pop() ?? "";
  return TOWN_BODY.test(kind);
}

// Bodies whose tills print an outlet after the name: the German and French student services, universities, libraries.
const OUTLET_BODY = String.raw`(?:\S*-)?(?:\p{L}*universit(?:ae|ä|a)t|\p{L}*hochschule|studierendenwerk|studentenwerk|\p{L}*bibliothek|crous|universit(?:e|é))`;
// The public-law form (AöR, AdöR, KdöR) and the outlet words: refectory, cafeteria, fee office, till, the French
// restaurant universitaire ("CROUS BORDEAUX RU CAPUCINS").
const PUBLIC_LAW = String.raw`(?:a|ad|kd)(?:ö|oe)r`;
const OUTLET = String.raw`mensa|cafeteria|caf(?:e|é)t(?:e|é)ria|geb(?:ü|ue|u)hrenkasse|kasse|kantine|resto\s+u|ru|restaurant\s+universitaire`;

// "STUDIERENDENWERK KAISERSLAUTERN AOER CAFETERIA", "Universitaetsbibliothek Giessen Gebuehrenkasse": the body and at
// most two words of its town (up to three words may name it first: "Technische Universität Ilmenau Mensa"), then the public-law form and/or an outlet, and whatever follows (the outlet's own name).
const BODY_THEN_OUTLET = new RegExp(String.raw`^((?:[\p{L}-]+\s+){0,3}?${OUTLET_BODY}(?:\s+(?!${PUBLIC_LAW}\b)(?!(?:${OUTLET})\b)[\p{L}-]+){0,2}?)\s+(?:(?:${PUBLIC_LAW})(?:\s+(?:${OUTLET}))?|(?:${OUTLET}))\b.*$`, "iu");

/** The body's name without the public-law form and the outlet printed after it ("Studentenwerk Giessen AdoeR Mensa" → "Studentenwerk Giessen"). */
export function withoutOutlet(s: string): string {
  return s.replace(BODY_THEN_OUTLET, "$1");
}

// "Staatsoberkasse Bayern in Landshut", "Landesoberkasse Baden-Württemberg in Karlsruhe": a public body's seat printed
// after its name of two words or more ("in" and a town, of one or two words) is where it sits, not who it is.
const SEAT = /(?<=\S\s+\S+)\s+in\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)$/u;
const SEAT_CAPS = /(?<=\S\s+\S+)\s+IN\s+(\p{Lu}[\p{Lu}-]+(?:\s+\p{Lu}[\p{Lu}-]+)?)$/u;

/** The name without its seat after it ("Staatsoberkasse Bayern in Landshut" → "Staatsoberkasse Bayern"). */
export function withoutSeat(s: string): string {
  const seat = (m: string, town: string) => (CITIES.has(foldText(town)) ? "" : m);
  return s.replace(SEAT, seat).replace(SEAT_CAPS, seat);
}

// A UK terminal's name column (22 characters) cuts a students' union to "STUDENTS UN" and shortens a university's to "UNI"
// before its department ("LANCASTER UNI LIBRARY", "HALLAM UNI CATERING"): the same body, written out, is one merchant.
const STUDENTS_UNION_CUT = /\b(STUDENTS?|Students?)'?\s+(?:UN|UNI|UNIO|Un|Uni|Unio)(?=\s|$)/u;
const UNI_BEFORE_DEPARTMENT = /(?<=\p{L}{3,}\s+)(UNI|Uni)(?=\s+(?:library|catering|sports?|shop|accommodation|bookshop|store|halls?|car\s+park|parking)\b)/iu;

// A town's terminal shorthand before its university ("LBORO UNI CATERING") is the university's town, written out.
const TOWN_SHORTHANDS: Readonly<Record<string, string>> = { lboro: "Loughborough", soton: "Southampton", nottm: "Nottingham" };
const SHORTHAND_BEFORE_UNIVERSITY = /^(\p{L}+)(?=\s+university\b)/iu;
// "… UNIVERSITY CATERING EDGE": what follows a university's department is its outlet (the Edge café), not the name;
// but a café or bar in its library or shop ("UNIVERSITY LIBRARY CAFE") is a place to eat, not the library.
const OUTLET_AFTER_DEPARTMENT =
  /(?<=\buniversity\s+(?:library|catering|shop|bookshop|store))(?<!(?:library|shop|store)(?=\s+(?:caf(?:e|é)|coffee|bistro|bar|kitchen)\b))\s+\p{L}.*$/iu;
// "LUSU SUGARHOUSE NIGHTCLUB", "YUSU COURTYARD BAR": a university students' union's initials (…USU) before the venue it
// runs; the venue, whose kind follows its name, is the merchant.
const UNION_BEFORE_VENUE = /^\p{Lu}{1,2}USU\s+(?=\S.*\b(?:bar|nightclub|club|caf(?:e|é)|venue|shop|store)\b)/iu;

/** "LOUGHBOROUGH STUDENTS UN" → "LOUGHBOROUGH STUDENTS UNION", "LBORO UNI LIBRARY" → "LOUGHBOROUGH UNIVERSITY LIBRARY". */
export function withUkCampusWords(s: string): string {
  return s
    .replace(STUDENTS_UNION_CUT, (_m, students: string) => `${students} ${writtenOut(students, "Union")}`)
    .replace(UNI_BEFORE_DEPARTMENT, (uni: string) => writtenOut(uni, "University"))
    .replace(SHORTHAND_BEFORE_UNIVERSITY, (word: string) => {
      const town = TOWN_SHORTHANDS[word.toLowerCase()];
      return town ? writtenOut(word, town) : word;
    })
    .replace(OUTLET_AFTER_DEPARTMENT, "")
    .replace(UNION_BEFORE_VENUE, "");
}

// "SUMUP *FSR MASCHINENBAU": a German student council (Fachschaftsrat) by its initials, then the subject it stands for;
// written out, as its members say it and as it prints elsewhere ("Fachschaftsrat Maschinenbau").
const SUBJECT = String.raw`(?:maschinenbau|informatik|physik|mathematik|mathe|chemie|biologie|\p{L}*medizin|jura|\p{L}*wissenschaften?|wiwi|elektrotechnik|etechnik|\p{L}*technik|\p{L}*wesen|psychologie|geschichte|germanistik|anglistik|romanistik|philosophie|soziologie|p(?:ä|ae|a)dagogik|architektur|lehramt|sport|musik|pharmazie|geo(?:graph|graf)ie)`;
const COUNCIL_INITIALS = new RegExp(String.raw`^(FSR|Fsr)(?=\s+${SUBJECT}$)`, "iu");

/** "FSR MASCHINENBAU" → "FACHSCHAFTSRAT MASCHINENBAU"; other texts unchanged. */
export function withCouncilWrittenOut(s: string): string {
  return s.replace(COUNCIL_INITIALS, () => (s === s.toUpperCase() ? "FACHSCHAFTSRAT" : "Fachschaftsrat"));
}
