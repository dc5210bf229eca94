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
});
