// Two more forms of one merchant in a person's rows: its kind of shop printed after the owner's name instead of before
// ("BUNERT LAUFSPORT GMBH" beside "Laufsport Bunert"), and its name with the kind of shop left off ("EMONTS" beside
// "Konditorei Emonts"). Each shows the form with the kind first, as the descriptor writes a trade after an owner.
import { describe, expect, it } from "vitest";
import { merchantOf } from "../../src/merchants/resolve.ts";
import { seedUser } from "../analytics/seed.ts";
import { merchantDatabase, shown } from "./linking.ts";

describe("the kind of shop after the owner's name, beside it before", () => {
  it("shows the kind first", () => {
    expect(shown("Bunert Laufsport", "Laufsport Bunert")).toEqual(["Laufsport Bunert", "Laufsport Bunert"]);
    expect(shown("Mitland Hotel", "Hotel Mitland")).toEqual(["Hotel Mitland", "Hotel Mitland"]);
  });

  it("keeps two names whose swapped words are no kind of shop apart", () => {
    expect(shown("Martin Paul", "Paul Martin")).toEqual(["Martin Paul", "Paul Martin"]);
  });
});

describe("a name without its kind of shop, beside the name with it", () => {
  it("shows the name with its kind", () => {
    expect(shown("Emonts", "Konditorei Emonts")).toEqual(["Konditorei Emonts", "Konditorei Emonts"]);
    expect(shown("Le Minck", "Brasserie Le Minck")).toEqual(["Brasserie Le Minck", "Brasserie Le Minck"]);
    expect(shown("Brueckturm", "Wirtshaus Am Brueckturm")).toEqual(["Wirtshaus Am Brueckturm", "Wirtshaus Am Brueckturm"]);
  });

  it("keeps a short name, a name that is a kind itself, and a name two shops share apart", () => {
    expect(shown("Rosa", "Cafe Rosa")).toEqual(["Rosa", "Cafe Rosa"]);
    expect(shown("Apotheke", "Stadt Apotheke")).toEqual(["Apotheke", "Stadt Apotheke"]);
    expect(shown("Emonts", "Konditorei Emonts", "Metzgerei Emonts")).toEqual(["Emonts", "Konditorei Emonts", "Metzgerei Emonts"]);
  });
});

describe("a kind of shop's word alone, beside it with the name after it", () => {
  it("shows the one named form ('GEBRAUCHTWARENHAUS R' lost its cut name)", () => {
    expect(shown("Gebrauchtwarenhaus", "Gebrauchtwarenhaus Rauschwalde")).toEqual(["Gebrauchtwarenhaus Rauschwalde", "Gebrauchtwarenhaus Rauschwalde"]);
    expect(shown("Transporterverleih", "Transporterverleih Neißeufer")).toEqual(["Transporterverleih Neißeufer", "Transporterverleih Neißeufer"]);
  });

  it("keeps a word that names no kind, a brand or a kind of firm the dictionary knows, and a kind's word two named forms share, apart", () => {
    expect(shown("Emonts", "Emonts Backstube")).toEqual(["Emonts", "Emonts Backstube"]);
    expect(shown("Stadtwerke", "Stadtwerke Luebeck")).toEqual(["Stadtwerke", "Stadtwerke Luebeck"]);
    expect(shown("Apotheke", "Apotheke Am Markt")).toEqual(["Apotheke", "Apotheke Am Markt"]);
    expect(shown("Gebrauchtwarenhaus", "Gebrauchtwarenhaus Rauschwalde", "Gebrauchtwarenhaus Weinhübel")).toEqual([
      "Gebrauchtwarenhaus",
      "Gebrauchtwarenhaus Rauschwalde",
      "Gebrauchtwarenhaus Weinhübel",
    ]);
  });
});

describe("kind forms in resolveMerchants", () => {
  const { db, resolve } = merchantDatabase();

  it("gives a swapped or kindless form the kind-first merchant, in either order", async () => {
    const s = await seedUser(db());
    const first = await resolve(s.userId, ["Bunert Laufsport"]);
    const second = await resolve(s.userId, ["Laufsport Bunert"]);
    expect(merchantOf(second, "Laufsport Bunert")).toMatchObject({ id: merchantOf(first, "Bunert Laufsport")!.id, name: "Laufsport Bunert" });
    const kind = await resolve(s.userId, ["Konditorei Emonts"]);
    const bare = await resolve(s.userId, ["Emonts"]);
    expect(merchantOf(bare, "Emonts")).toMatchObject({ id: merchantOf(kind, "Konditorei Emonts")!.id, name: "Konditorei Emonts" });
  });

  it("gives a kind's word alone its one named merchant, in either order", async () => {
    const s = await seedUser(db());
    const alone = await resolve(s.userId, ["Gebrauchtwarenhaus"]);
    const named = await resolve(s.userId, ["Gebrauchtwarenhaus Rauschwalde"]);
    expect(merchantOf(named, "Gebrauchtwarenhaus Rauschwalde")).toMatchObject({ id: merchantOf(alone, "Gebrauchtwarenhaus")!.id, name: "Gebrauchtwarenhaus Rauschwalde" });
    const first = await resolve(s.userId, ["Transporterverleih Neißeufer"]);
    const later = await resolve(s.userId, ["Transporterverleih"]);
    expect(merchantOf(later, "Transporterverleih")).toMatchObject({ id: merchantOf(first, "Transporterverleih Neißeufer")!.id, name: "Transporterverleih Neißeufer" });
  });
});
