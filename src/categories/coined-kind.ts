// A one-word name that begins with a kind's word and goes on with a word brands are coined with ("Fitnesswerk",
// "Yogaloft", "Padelwerk") is a brand the kind's keyword list also reads (it lists "fitness…" to find every gym), so a
// town after it is where it was paid; any other compound of a kind's word ("Fitnessstudio", "Taxiruf") names the kind,
// and a town after it tells which one.
import { namesKind } from "./heuristics.ts";
import { foldText, foldUmlauts } from "./normalize.ts";

// The words German brands coin from a kind's word: "Fitness|werk", "Padel|werk", "Yoga|loft", "Kaffee|fabrik". A kind's
// own compounds ("Fitness|studio", "Taxi|ruf", "Brillen|huis", "Wasser|paradies") end in a word of the kind and keep their town.
const COINED_HEAD = /(?:werk|loft|fabrik|manufaktur|factory|lab|kontor)$/;

/** True when one word, spent on its own, says a kind of shop or place, and is not a brand coined from a kind's word. */
export function namesKindWord(word: string): boolean {
  if (!namesKind(word)) return false;
  if (/\s/.test(word.trim())) return true;
  // The shortest beginning (four letters or more) that already says a kind; what follows it decides.
  for (let at = 4; at <= word.length - 3; at += 1) {
    if (!namesKind(word.slice(0, at))) continue;
    const tail = word.slice(at);
    return namesKind(tail) || !COINED_HEAD.test(foldUmlauts(foldText(tail)));
  }
  return true;
}

/** True for a one-word brand coined from a kind's word ("Fitnesswerk"): the kind's list reads it, the word is a name. */
export function coinedFromKind(word: string): boolean {
  return !/\s/.test(word.trim()) && namesKind(word) && !namesKindWord(word);
}
