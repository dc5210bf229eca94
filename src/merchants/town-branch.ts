// A merchant's name with the town it stands in after it, whole or cut by the card field at any width ("PADELWERK
// WOLFSBURG GMBH", "TIERKLINIK MOSELTAL WITTLI"), beside its name alone in the same person's rows: one merchant, which
// shows the name alone (the descriptor drops such a town where it can tell; a name it could not tell from stays whole).
import { beginsSmallTown } from "../categories/descriptor.ts";
import { namesKind } from "../categories/heuristics.ts";
import { CITIES, NOT_CITIES } from "../categories/places.ts";
import { JOINER_END } from "./joiner-end.ts";

// A shorter one-word name is too often a word that names no one firm.
const MIN_NAME = 8;

// A town cut short is read only where a card field ends, 20 to 26 characters in (elsewhere its start is a word: "Green").
const FIELD_ENDS = { min: 20, max: 26 };

/**
 * True when `longKey` (of `longLabel`) is `shortKey` and a town after it, whole or, where a card field ends, cut; and
 * `shortKey` alone still names one firm.
 */
export function isTownBranchForm(longLabel: string, longKey: string, shortKey: string): boolean {
  if (shortKey.length < MIN_NAME || !longKey.startsWith(`${shortKey} `) || JOINER_END.test(shortKey)) return false;
  const town = longKey.slice(shortKey.length + 1);
  const width = longLabel.trim().length;
  const cut = !town.includes(" ") && width >= FIELD_ENDS.min && width <= FIELD_ENDS.max && beginsSmallTown(town);
  if (NOT_CITIES.has(town) || !(CITIES.has(town) || cut)) return false;
  // "Stadtwerke", "Finanzamt": a kind of firm alone is a label that lost its name, not the firm's name.
  return shortKey.includes(" ") || !namesKind(shortKey);
}
