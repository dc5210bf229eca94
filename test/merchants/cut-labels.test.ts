// The in-memory form of cut-name linking (the corpus scores labels the way the
// write path groups them): a name cut inside a word at the card field's width
// shows its one uncut form; two uncut forms or a word-boundary cut leave it alone.
import { describe, expect, it } from "vitest";
import { linkCutLabels } from "../../src/merchants/cut-names.ts";
import { merchantKey } from "../../src/categories/merchant-label.ts";

const shown = (...labels: string[]) => {
  const out = linkCutLabels(new Map(labels.map((l) => [merchantKey(l), l])));
  return labels.map((l) => out.get(merchantKey(l)));
};

describe("linkCutLabels", () => {
  it("gives a cut name its one uncut form", () => {
    expect(shown("Landbaeckerei Siever", "Landbäckerei Sievers", "Kaufhaus Nord")).toEqual(["Landbäckerei Sievers", "Landbäckerei Sievers", "Kaufhaus Nord"]);
  });

  it("leaves a cut that fits two names, or ends on a whole word, as it is", () => {
    expect(shown("Ristorante La Lanter", "Ristorante La Lanterna", "Ristorante La Lanternina")).toEqual(["Ristorante La Lanter", "Ristorante La Lanterna", "Ristorante La Lanternina"]);
    expect(shown("Stadtwerke Muenchen", "Stadtwerke Muenchen Baeder")).toEqual(["Stadtwerke Muenchen", "Stadtwerke Muenchen Baeder"]);
  });

  it("gives a name cut after a joining word its one uncut form", () => {
    // Postbank's 20 characters end "TIERARZTPRAXIS AN DE": the name goes on after "an der", as after "am".
    expect(shown("Tierarztpraxis An Der", "Tierarztpraxis an der Nette")).toEqual(["Tierarztpraxis an der Nette", "Tierarztpraxis an der Nette"]);
    expect(shown("Kinderarztpraxis Am", "Kinderarztpraxis am Mühlentor")).toEqual(["Kinderarztpraxis am Mühlentor", "Kinderarztpraxis am Mühlentor"]);
  });

  it("gives a cut that fits a name and that name with more words after it the shorter name", () => {
    // Postbank's 20 characters cut "FEINKOST HOELZLWIMME"; the same shop also arrives whole, and with its town cut at 25.
    expect(shown("Feinkost Hoelzlwimme", "Feinkost Hoelzlwimmer", "Feinkost Hoelzlwimmer Reg")).toEqual(["Feinkost Hoelzlwimmer", "Feinkost Hoelzlwimmer", "Feinkost Hoelzlwimmer"]);
    expect(shown("Druckerei Ludgeripl", "Druckerei Ludgeriplatz", "Druckerei Ludgeriplatz Ms Muenchen")[0]).toBe("Druckerei Ludgeriplatz");
    // Two names that only share the cut's letters stay apart.
    expect(shown("Ristorante La Lanter", "Ristorante La Lanterna", "Ristorante La Lanternina Bar")[0]).toBe("Ristorante La Lanter");
  });
});
