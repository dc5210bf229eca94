// A venue's or a bookshop's word the card field cut at the name's end ("CHICHESTER FESTIVAL THEA", "COVENTRY TRANSPORT
// MUSEU", "SQ *HEPTONSTALL BOOKRO"): written out, so the cut name is the one the venue's uncut rows print. Only a
// name as long as the fields banks cut (about 17 characters and more) can have been cut, and only prefixes that start
// one such word; "Thea" and "Theat" are the British "Theatre" on a British statement, the "Theater" elsewhere.

const MIN_CUT_NAME = 17;

// Prefixes (folded) that start only the listed word among names' last words.
const CUT_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^museu$/, "Museum"],
  [/^theatr$/, "Theatre"],
  [/^bookroo?$/, "Bookroom"],
  [/^galler$/, "Gallery"],
  [/^cinem$/, "Cinema"],
  [/^playho(?:u|us)?$/, "Playhouse"],
];
const CUT_THEATRE = /^theat?$/;
const BRITISH = /\b(?:GBR|GB|UK)\b/;

/** The name with its cut last word written out ("Coventry Transport Museu" → "Coventry Transport Museum"). */
export function withCutVenueWord(name: string | null, text: string): string | null {
  if (!name || name.length < MIN_CUT_NAME) return name;
  const m = /(?<=\p{L}{3,}\s+(?:\p{L}+\s+)?)(\p{L}+)$/u.exec(name);
  if (!m) return name;
  const cut = m[1]!.toLowerCase();
  const word = CUT_THEATRE.test(cut) ? (BRITISH.test(text) ? "Theatre" : "Theater") : CUT_WORDS.find(([re]) => re.test(cut))?.[1];
  if (!word) return name;
  const written = m[1] === m[1]!.toUpperCase() ? word.toUpperCase() : word;
  return name.slice(0, m.index) + written;
}
