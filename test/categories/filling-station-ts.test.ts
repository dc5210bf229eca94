// German terminals shorten a filling station's word to TS as well as TKST ("TS HESSENKAMP OSNABRUECK", "GREENLINE TS
// HANNOVER"): before the owner's name it is the station's kind, written out; after a brand it goes like "Tankstelle" does.
import { describe } from "vitest";
import { itLabels } from "../helpers/label-rows.ts";

describe("TS, a filling station's word shortened", () => {
  itLabels([
    ["TS HESSENKAMP OSNABRUECK", null, "Tankstelle Hessenkamp"],
    ["GREENLINE TS HANNOVER", null, "Greenline"],
    [null, "FREIE TS MUELLER", "Freie Tankstelle Mueller"],
  ]);
  // Guards: TS inside a word, or in a name written in mixed case, is no filling station.
  itLabels([
    ["JTS AUTOTEILE", null, "Jts Autoteile"],
    ["Ts Modehaus", null, "Ts Modehaus"],
  ]);
});
