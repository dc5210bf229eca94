// What stays of a German company's register name once its entity word is gone ("gbg Gemeinnützige Baugesellschaft zu
// Hildesheim AG"): the non-profit adjective describes the entity word, so it goes with it, and a seat the register
// names after it ("zu Hildesheim", "in Speyer") tells one town's housing company from another's. After a town's
// adjective alone ("Bautzener Wohnungsbaugesellschaft") the trade compound is the name's other half and stays.
import { CITIES } from "./places.ts";
import { foldText } from "./normalize.ts";

// Adjectives of an entity word that name no one: "gemeinnützige" (non-profit), in its forms and spellings.
const ENTITY_ADJECTIVE = /^gemeinn(?:u|ue|ü)tzige[rs]?$/;

/** The kept name without an entity's adjective at its end ("gbg Gemeinnuetzige" → "gbg"); unchanged when nothing else would stay. */
export function withoutEntityAdjective(name: string): string {
  const words = name.trimEnd().split(/\s+/);
  return words.length > 1 && ENTITY_ADJECTIVE.test(foldText(words[words.length - 1]!)) ? words.slice(0, -1).join(" ") : name;
}

/** The seat the register names right after the entity word (" Baugesellschaft zu Hildesheim AG" → " Hildesheim"), or "". */
export function seatAfterEntity(removed: string): string {
  const seat = /^\s+\S+\s+(?:zu|in)\s+(\p{L}[\p{L}-]*)/iu.exec(removed)?.[1];
  return seat && CITIES.has(foldText(seat)) ? ` ${seat}` : "";
}

// A company's trade compound ("Wohnungsbaugesellschaft", "Verkehrsgesellschaft", "Versorgungsbetriebe"), not a register's
// bare entity word (Handels-, Aktien-, Betriebs-, Vertriebsgesellschaft).
const TRADE_ENTITY = /^\s+(?!(?:handels|aktien|betriebs|vertriebs|verwaltungs|beteiligungs|holding)gesellschaft)(\p{L}{3,}(?:gesellschaft|betriebe))(?=$|[\s,.])/iu;

/** A town's adjective ("Bautzener", "Dessauer", "Bremer"): the town's name with "-er", its "-en" dropped first. */
function townAdjective(word: string): boolean {
  const folded = foldText(word);
  if (!folded.endsWith("er") || folded.length < 6) return false;
  const stem = folded.slice(0, -2);
  return CITIES.has(stem) || CITIES.has(`${stem}en`);
}

/**
 * The trade compound a company no list knows keeps after a town's adjective, which alone names nobody ("Bautzener
 * Wohnungsbaugesellschaft mbH", "Dessauer Verkehrsgesellschaft"): " Wohnungsbaugesellschaft", or "".
 */
export function tradeAfterTownAdjective(before: string, removed: string): string {
  const words = before.trim().split(/\s+/);
  if (words.length !== 1 || !townAdjective(words[0]!)) return "";
  return TRADE_ENTITY.exec(removed)?.[0] ?? "";
}
