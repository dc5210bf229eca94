// Names a card terminal prints for a business that has no trade word in them: the terminal says only who is paid.
// categorize.ts asks only for a card payment out that nothing else placed, so a transfer to "Dr. Anna Weber" (a
// landlord, a lender) and a shop whose name holds a trade word ("DR KEBAB") are never read this way.
import { foldText } from "./normalize.ts";

const TILL_NAMES: ReadonlyArray<readonly [name: RegExp, key: string]> = [
  // A doctor's own terminal prints the title, the surname and the first name ("CARTE … DR VASSEUR ETIENNE LYON", the
  // town read off by the label). Two names at least: "DR CLEAN" or "DR PHONE" is a shop's pun on the title.
  [/^dr( [a-z]+){2,4}$/, "health"],
  // A French foundation's card terminal is its museum's door ("FONDATION MARTINOT"); its gifts come by transfer or direct debit.
  [/^fondation( [a-z]+){1,5}$/, "entertainment"],
];

/** The category a card terminal's bare name says (a doctor, an art foundation), or null. */
export function tillNameCategory(name: string | null | undefined): string | null {
  const folded = foldText(name ?? "");
  return TILL_NAMES.find(([pattern]) => pattern.test(folded))?.[1] ?? null;
}
