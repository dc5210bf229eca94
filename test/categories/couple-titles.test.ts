// A couple's joint account prints both titles before the name ("MR AND MRS D HARKNESS", "Herrn und Frau Klaus Becker",
// "Dhr. en Mevr. Jansen"): the label is the name, as a single title's is, not the second title left over.
import { describe } from "vitest";
import { itLabels } from "./brand-cases.ts";

describe("a couple's titles are dropped before their name", () => {
  itLabels([
    ["MR AND MRS D HARKNESS", "MUM AND DAD WEDDING POT 04", "D Harkness"],
    ["MR & MRS J SMITH", "TOWARDS YOUR BIG DAY", "J Smith"],
    ["MR AND MRS J A SMITH", "WEDDING GIFT", "J A Smith"],
    ["Herrn und Frau Klaus Becker", "Hochzeitsgeschenk", "Klaus Becker"],
    ["Dhr. en/of Mevr. P de Vries", "Cadeau huwelijk", "P de Vries"],
    ["Dhr. en Mevr. Jansen", "Cadeau huwelijk", "Jansen"],
  ]);
});

describe("single titles and the French couple's keep their labels", () => {
  itLabels([
    ["MRS D HARKNESS", "GIFT", "D Harkness"],
    ["MR J SMITH", "GIFT", "J Smith"],
    ["M ET MME KERVENNIC PATRICE", "CADEAU MARIAGE", "Kervennic Patrice"],
    ["Frau Ursula Brenner", "Geschenk", "Ursula Brenner"],
  ]);
});
