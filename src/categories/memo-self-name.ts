// A body's own purpose text often opens with the name it goes by: "Wohnungsgenossenschaft Heimkehr eG" bills
// "Heimkehr Nutzungsgebuehr …", "Roeivereniging Die Leythe" bills "Die Leythe contributietermijn …". That short name is
// the label: the register name without the word for the kind of body (co-operative, association, club) before it.
import { namesKind } from "./heuristics.ts";
import { CITIES } from "./places.ts";
import { foldText, foldUmlauts } from "./normalize.ts";

// The purpose inside a Dutch structured text ("/REMI/…/EREF/", "Omschrijving: … IBAN:"), else the whole text.
function purposeOf(description: string): string {
  const remi = /\/REMI\/([^/]*)/.exec(description)?.[1];
  if (remi) return remi;
  const omschrijving = /Omschrijving:\s*(.*?)(?:\s+IBAN:|$)/.exec(description)?.[1];
  return omschrijving ?? description;
}

const fold = (s: string) => foldUmlauts(foldText(s));
// The words of a body that chose its name (a co-operative, an association, a foundation, a club), not of a trade.
const BODY_WORD = /(?:genossenschaft|vereniging|verein|stichting|corporatie|club|klub|verband|gemeinschaft|centrum|zentrum)$/;

/** The name the payee's purpose opens with, when it is `label` without the kind of body before it; else null. */
export function selfNameInMemo(label: string, description: string | null | undefined): string | null {
  if (!description) return null;
  const words = label.split(" ");
  if (words.length < 2) return null;
  const memo = purposeOf(description).trim().split(/\s+/);
  const memoFolded = memo.map(fold);
  const folded = words.map(fold);
  const bare = (n: string) => (n.match(/\p{L}/gu) ?? []).length >= 4 && !namesKind(n) && !CITIES.has(fold(n));
  // The label's last words, after a body's word only: "Wohnungsgenossenschaft | Heimkehr". Not after a trade's word:
  // "Bäckerei Pfeifle" billing "Pfeifle Rechnung" is the baker's, named for its owner.
  for (let k = 1; k < words.length; k += 1) {
    const tail = folded.slice(-k);
    if (memoFolded.length > k && tail.every((w, i) => memoFolded[i] === w) && folded.slice(0, -k).every((w) => BODY_WORD.test(w) && namesKind(w))) {
      const name = words.slice(-k).join(" ");
      if (bare(name)) return name;
    }
  }
  // Not its first words before a kind ("De Zwerfkei | Wandelsport", "Waltham Forest | Council"), nor initials the
  // purpose opens with ("LYC Beitrag" of the Lübecker Yacht-Club): people name those by the whole name.
  return null;
}
