// One merchant also reaches a person's rows with the town it stands in after its name, whole or cut, at any width
// ("KAMPENWANDSEILBAHN ASCHAU", "CHOCOCO SWANAGE", "TIERKLINIK MOSELTAL WITTLI" beside the name alone): that form
// shows the name without the town, as a field-cut name does (name-variants.test.ts).
import { describe, expect, it } from "vitest";
import { isTownBranchForm } from "../../src/merchants/town-branch.ts";
import { merchantOf } from "../../src/merchants/resolve.ts";
import { seedUser } from "../analytics/seed.ts";
import { merchantDatabase, shown } from "./linking.ts";

describe("a name with a town after it, beside the name alone", () => {
  it("shows the name without the town, the town whole or cut", () => {
    expect(shown("Tierklinik Moseltal Wittli", "Tierklinik Moseltal")).toEqual(["Tierklinik Moseltal", "Tierklinik Moseltal"]);
    expect(shown("Motorgeraete Herbst Oehrin", "Motorgeraete Herbst")).toEqual(["Motorgeraete Herbst", "Motorgeraete Herbst"]);
    expect(shown("Kletterhalle Nordwand Luebeck", "Kletterhalle Nordwand")).toEqual(["Kletterhalle Nordwand", "Kletterhalle Nordwand"]);
    expect(shown("Bakkerij Hiddema Meppel", "Bakkerij Hiddema")).toEqual(["Bakkerij Hiddema", "Bakkerij Hiddema"]);
  });

  it("keeps a word that is no town, and a kind of firm alone, apart", () => {
    expect(shown("Weinhaus Keller Probierstube", "Weinhaus Keller")).toEqual(["Weinhaus Keller Probierstube", "Weinhaus Keller"]);
    // A town's start counts only where a card field could have cut it: "Green" whole, at 17 characters, is a word.
    expect(shown("Putting Lane Green", "Putting Lane")).toEqual(["Putting Lane Green", "Putting Lane"]);
    // "Stadtwerke" alone names a kind of firm: the town's own works is another merchant than the label with no town.
    expect(shown("Stadtwerke Luebeck", "Stadtwerke")).toEqual(["Stadtwerke Luebeck", "Stadtwerke"]);
    expect(shown("Finanzamt Hannover", "Finanzamt")).toEqual(["Finanzamt Hannover", "Finanzamt"]);
  });

  it("reads keys", () => {
    expect(isTownBranchForm("Tischlerei Brandt Wolfsburg", "tischlerei brandt wolfsburg", "tischlerei brandt")).toBe(true);
    expect(isTownBranchForm("Tischlerei Brandt", "tischlerei brandt", "tischlerei brandt wolfsburg")).toBe(false);
  });
});

describe("a town branch in resolveMerchants", () => {
  const { db, resolve } = merchantDatabase();

  it("gives the form with the town the plain name's merchant, in either order", async () => {
    const s = await seedUser(db());
    const town = await resolve(s.userId, ["Tischlerei Brandt Wolfsburg"]);
    const plain = await resolve(s.userId, ["Tischlerei Brandt"]);
    expect(merchantOf(plain, "Tischlerei Brandt")).toMatchObject({ id: merchantOf(town, "Tischlerei Brandt Wolfsburg")!.id, name: "Tischlerei Brandt" });
    const map = await resolve(s.userId, ["Tierklinik Moseltal", "Tierklinik Moseltal Wittli"]);
    expect(merchantOf(map, "Tierklinik Moseltal Wittli")).toEqual(merchantOf(map, "Tierklinik Moseltal"));
  });
});
