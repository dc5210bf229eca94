// What is sold on a hospital's, a university's or a town's grounds under the institution's own name: its car park
// ("PARKHAUS KLINIKUM SUED", "ST MARY'S HOSPITAL CAR PARK"), its kiosk and its canteen ("KIOSK KLINIKUM NORD", "MHH
// MA-RESTAURANT", "HOSPITAL CANTEEN"). The service's word says what was bought; the institution's word ("Klinikum",
// "Hospital", "Medical Center") only where. categorize.ts asks before a generic dictionary entry of the institution's
// kind decides, and heuristics.ts reads the same words before the institution's own.
import { foldText, foldUmlauts, wholeWords } from "./normalize.ts";

export const SITE_SERVICES: ReadonlyArray<readonly [key: string, words: readonly string[]]> = [
  ["fuel", ["parkhaus[a-z]*", "parkraum", "parkdeck", "tiefgarage", "parkeergarage", "parking", "car park"]],
  ["groceries", ["kiosk"]],
  ["restaurants", ["[a-z]*restaurant", "[a-z]*bistro", "[a-z]*kantine", "mensa", "canteen", "cafeteria", "dining(?! (tables?|chairs?|sets?|furniture|room furniture))", "staff restaurant"]],
];

const PATTERNS = SITE_SERVICES.map(([key, words]) => [key, wholeWords(words)] as const);

// "TEXAS MEDICAL CENTER PKG", "HOSPICES CIVILS LYON PKG": a card field's shortening of parking, at the end of the name only
// ("PKG EXPRESS SHIPPING" is a package); heuristics.ts reads it on the folded name.
export const PARKING_AT_END = /(^| )pkg$/;

/** The service a row's texts name on an institution's grounds (parking, a kiosk, a canteen), or null. */
export function siteServiceCategory(texts: readonly (string | null | undefined)[]): string | null {
  const folded = foldUmlauts(foldText(texts.filter(Boolean).join(" ")));
  return PATTERNS.find(([, words]) => words.test(folded))?.[0] ?? null;
}
