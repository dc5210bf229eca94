// Text folding shared by every matcher. Questions arrive with any mix of case,
// umlauts, transliterations ("Maerz") and typographic punctuation; matching on a
// folded copy keeps the lexicons small. The folded text keeps a map back to the
// original so filters can quote the user's own spelling ("REWE", not "rewe").

const SPECIAL: Record<string, string> = {
  ß: "ss",
  ẞ: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  "–": "-",
  "—": "-",
  "−": "-",
  "’": "'",
  "‘": "'",
  "\u00a0": " ",
  "\u202f": " ",
};

export interface Folded {
  text: string;
  /** map[i] is the index in the original string of folded character i; map[text.length] is the original length. */
  map: number[];
}

/** Lower case, diacritics removed (ä→a, é→e), ß→ss; position map kept. */
export function foldWithMap(input: string): Folded {
  let text = "";
  const map: number[] = [];
  let index = 0;
  for (const ch of input) {
    const code = ch.charCodeAt(0);
    // Plain ASCII needs no table or Unicode normalisation: most questions are nothing else.
    if (code < 128) {
      map.push(index);
      text += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      index += 1;
      continue;
    }
    const lower = ch.toLowerCase();
    const out = SPECIAL[lower] ?? lower.normalize("NFD").replace(/\p{M}/gu, "");
    for (let k = 0; k < out.length; k++) map.push(index);
    text += out;
    index += ch.length;
  }
  map.push(input.length);
  return { text, map };
}

export function fold(input: string): string {
  return foldWithMap(input).text;
}

/**
 * Looser fold for names: also treats the umlaut transliterations "ae/oe/ue" as
 * the plain vowel, so "Gebuehren" and "Gebühren" meet. Not used for keywords,
 * because it would mangle English ("blue", "queue").
 */
export function foldLoose(input: string): string {
  return fold(input).replace(/([aou])e/g, "$1");
}

/** Words of a folded text with their positions; digits count as letters. */
export function words(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['&+][\p{L}\p{N}]+)*/gu)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
