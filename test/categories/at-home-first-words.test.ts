// "At Home", the home-décor chain, is two ordinary words: it names the chain only as the first words of the shop's text
// ("AT HOME 0231 FRISCO TX", after a bank's card words), not at the end of another name ("BOLTON AT HOME", a housing
// association whose rent the standing order pays; "HAIR AT HOME", a mobile hairdresser).
import { describe } from "vitest";
import { itKeeps, itNames } from "./brand-cases.ts";

describe("the chain by its name first", () => {
  itNames([
    [null, "CHECKCARD 0508 AT HOME #214 PLANO TX 35721160486655615204707", "-89.00", "At Home", "shopping"],
    [null, "PURCHASE AUTHORIZED ON 02/02 AT HOME STORE 123 DALLAS TX S063339469987635 CARD 0216", "-20.00", "At Home", "shopping"],
  ]);
});

describe("another name ending in 'at home' is not the chain", () => {
  itNames([
    [null, "SO BOLTON AT HOME LTD RENT APRIL TENANCY 7044188 FARNWORTH", "-476.74", "Bolton At Home", "rent"],
    [null, "SUMUP *HAIR AT HOME LEEDS", "-30.00", "Hair At Home", "drugstore"],
  ]);
  itKeeps([[null, "NATIONAL THEATRE AT HOME NT AT HOME MONTHLY JANUARY FT", "At Home"]]);
});
