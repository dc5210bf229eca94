// Every printed name of one shop is one merchant: the tuning pools' shops
// (the held-out pool in use is left out) under every descriptor shape a bank
// gives them - as printed, behind a payment processor, with a legal form,
// with their umlauts spelled "Ö", "OE" or dropped - must give one key.
import { describe, expect, it } from "vitest";
import { merchantKey, merchantLabel } from "../../src/categories/merchant-label.ts";
import { SHOPS, type Region, type Shop } from "./pools.ts";
import { RETIRED2_SHOPS } from "./pools-retired.ts";
import { RETIRED3_SHOPS } from "./pools-retired3.ts";
import { RETIRED4_SHOPS } from "./pools-retired4.ts";
import { RETIRED5_SHOPS } from "./pools-retired5.ts";

const pools = [SHOPS.tuning, SHOPS.retired, RETIRED2_SHOPS, RETIRED3_SHOPS, RETIRED4_SHOPS, RETIRED5_SHOPS];
const shops: [Region, Shop][] = pools.flatMap((p) => Object.entries(p).flatMap(([region, list]) => list.map((shop): [Region, Shop] => [region as Region, shop])));
// The legal form a shop of that country prints.
const LEGAL: Record<Region, string> = { de: "GmbH", uk: "Ltd", us: "Inc", fr: "SAS", nl: "B.V." };

const UMLAUTS: Record<string, [string, string]> = { Ä: ["AE", "A"], Ö: ["OE", "O"], Ü: ["UE", "U"], ä: ["ae", "a"], ö: ["oe", "o"], ü: ["ue", "u"] };
const spell = (name: string, pick: 0 | 1) => name.replace(/[ÄÖÜäöü]/g, (c) => UMLAUTS[c]![pick]);

/** The shapes one printed name takes on other statements. */
function shapes(printed: string, region: Region): string[] {
  const out = [printed, printed.toUpperCase(), spell(printed, 0), spell(printed.toUpperCase(), 0)];
  // A dropped umlaut loses the letter's sound ("MULLER"): only where it cannot become another known word.
  if (/[ÄÖÜäöü]/.test(printed)) out.push(spell(printed.toUpperCase(), 1));
  // A processor prefix and a legal form only around a name with letters to spare (not "DM FIL.").
  if (/^\p{L}[\p{L}' &-]{3,}$/u.test(printed)) out.push(`SUMUP *${printed.toUpperCase()}`, `SQ *${printed}`, `${printed} ${LEGAL[region]}`);
  return out;
}

describe("every printed name of one tuning shop", () => {
  it(`gives one key, whatever the descriptor shape (${shops.length} shops)`, () => {
    const wrong: string[] = [];
    for (const [region, shop] of shops) {
      const want = merchantKey(shop.merchant);
      for (const printed of [shop.merchant, ...shop.names].flatMap((n) => shapes(n, region))) {
        const label = merchantLabel({ counterpartyName: printed });
        if (label === null || merchantKey(label) !== want) wrong.push(`${printed} → ${label ?? "nothing"} (want ${shop.merchant})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
