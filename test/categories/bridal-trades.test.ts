// A bride's hair and make-up artist is personal care (drugstore), as a hairdresser is; a bridal gown atelier is a shop.
// Guards: a car's styling, a hair salon's own word and a gown shop's cut word keep what they were.
import { describe, expect, it } from "vitest";
import { categoryOf } from "./brand-cases.ts";

describe("a bride's hair and make-up is drugstore, her gown's atelier shopping", () => {
  it.each([
    [null, "SUMUP *BRAUTSTYLING/HAUPTSTR. 80/MUENCHEN/DE 02-08-2025T19:30:17 Folgenr. 07 Verfalld. 1229", "drugstore"],
    ["VISA SUMUP *BRAUTSTYLING HATTENH 9698", "NR XXXX 5182 MUENCHEN DE KAUFUMSATZ 12.11 15.36 655564", "drugstore"],
    [null, "SUMUP *BRAUTSTYLING HATTENH", "drugstore"],
    [null, "CHECKCARD 0207 OLD TOWN GLAM STUDIO NEW YORK CA 88678569393850479350077", "drugstore"],
    [null, "PURCHASE AUTHORIZED ON 07/17 SQ *OLD TOWN GLAM STUDIO SAN JOSE MD S722709940887495 CARD 8239", "drugstore"],
    [null, "SQ *RUTLAND BRIDAL HAIR", "drugstore"],
    [null, "Zettle_*Bruidskapper Anouk", "drugstore"],
    ["Brautatelier Ettlingenweier Inh. C. Kuehn", "", "shopping"],
    [null, "BRAUTATELIER ETTLINGENWEI - Dresden", "shopping"],
  ])("%s / %s → %s", (counterpartyName, description, category) => {
    expect(categoryOf(counterpartyName, description, "-60.00")).toBe(category);
  });
});

describe("other styling and atelier words keep their categories", () => {
  it.each([
    [null, "FRISEUR SCHNITTWERK//KOELN/DE 2026-02-01T10:00:00", "drugstore"],
    [null, "AUTO STYLING CENTER KFZ ZUBEHOER", "fuel"],
  ])("%s / %s → %s", (counterpartyName, description, category) => {
    expect(categoryOf(counterpartyName, description, "-60.00")).toBe(category);
  });
});
