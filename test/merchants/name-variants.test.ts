// Two more forms of one merchant a person's rows show, linked like a name cut inside a word (cut-labels.test.ts):
// a web address's stem with the words run together ("SAVEMYEXAMS.COM" beside "Save My Exams Ltd"), which shows
// the spaced name, and a name whose last word the card field cut at its width ("PAPIERWAREN SCHWALBE HAUN" beside
// "Papierwaren Schwalbe"), which shows the shorter one. In memory (the corpus) and in the database (the write path).
import { describe, expect, it } from "vitest";
import { merchantOf } from "../../src/merchants/resolve.ts";
import { seedUser } from "../analytics/seed.ts";
import { merchantDatabase, shown } from "./linking.ts";

describe("a name run together, beside its spaced form", () => {
  it("shows the spaced name", () => {
    expect(shown("Fernhollowlearning", "Fernhollow Learning")).toEqual(["Fernhollow Learning", "Fernhollow Learning"]);
    expect(shown("Quillandmoss", "Quill & Moss")).toEqual(["Quill & Moss", "Quill & Moss"]);
    expect(shown("Wethetinkerers", "We The Tinkerers")).toEqual(["We The Tinkerers", "We The Tinkerers"]);
    expect(shown("Thelanternrooms", "The Lantern Rooms")).toEqual(["The Lantern Rooms", "The Lantern Rooms"]);
  });

  it("keeps short words, other letters and a stem two names spell apart", () => {
    // Seven letters: too short to tell a name from two words that happen to join up.
    expect(shown("Sunhill", "Sun Hill")).toEqual(["Sunhill", "Sun Hill"]);
    expect(shown("Fernhollowlearning", "Fernhollow Learners")).toEqual(["Fernhollowlearning", "Fernhollow Learners"]);
    expect(shown("Brightandfair", "Bright & Fair", "Brigh Tandfair")).toEqual(["Brightandfair", "Bright & Fair", "Brigh Tandfair"]);
  });
});

describe("a name whose last word the card field cut, beside the name without it", () => {
  it("shows the shorter name when the longer fills a card field's width", () => {
    // 25 characters (most German banks), 20 (Postbank), 22 (a Mastercard name field).
    expect(shown("Schreibwaren Lindtal Oste", "Schreibwaren Lindtal")).toEqual(["Schreibwaren Lindtal", "Schreibwaren Lindtal"]);
    expect(shown("Eisdiele Merlano Walld", "Eisdiele Merlano")).toEqual(["Eisdiele Merlano", "Eisdiele Merlano"]);
    expect(shown("Supermarkt De Wilg Voorsc", "Supermarkt De Wilg")).toEqual(["Supermarkt De Wilg", "Supermarkt De Wilg"]);
  });

  it("keeps two shops apart when the longer name is not at a field's width, or its last word is a kind of shop", () => {
    expect(shown("Bäckerei Kornfeld", "Bäckerei Kornfeld Konditorei")).toEqual(["Bäckerei Kornfeld", "Bäckerei Kornfeld Konditorei"]);
    // 25 characters, but a whole word naming a kind of shop: the bakery's cake shop is a shop of its own.
    expect(shown("Backhaus Amsel Konditorei", "Backhaus Amsel")).toEqual(["Backhaus Amsel Konditorei", "Backhaus Amsel"]);
  });

  it("never takes a name cut after a title for the shorter name", () => {
    // "Tierarztpraxis Dr" is a cut that two practices continue: neither whole name, 22 and 24 characters long, is its branch.
    expect(shown("Tierarztpraxis Dr. Olm", "Tierarztpraxis Dr. Brack", "Tierarztpraxis Dr")).toEqual(["Tierarztpraxis Dr. Olm", "Tierarztpraxis Dr. Brack", "Tierarztpraxis Dr"]);
  });

  it("keeps a name cut inside its word linked to its whole form first", () => {
    expect(shown("Schreibwaren Lindtal Oste", "Schreibwaren Lindtal Osterholz", "Schreibwaren Lindtal")).toEqual([
      "Schreibwaren Lindtal Osterholz",
      "Schreibwaren Lindtal Osterholz",
      "Schreibwaren Lindtal",
    ]);
  });
});

describe("joined and field-cut names in resolveMerchants", () => {
  const { db, resolve, live } = merchantDatabase();

  it("gives a joined name arriving after the spaced one the spaced one's merchant", async () => {
    const s = await seedUser(db());
    const spaced = await resolve(s.userId, ["Fernhollow Learning"]);
    const joined = await resolve(s.userId, ["Fernhollowlearning"]);
    expect(merchantOf(joined, "Fernhollowlearning")).toMatchObject({ id: merchantOf(spaced, "Fernhollow Learning")!.id, name: "Fernhollow Learning" });
    expect((await live(s.userId)).map((x) => x.name)).toEqual(["Fernhollow Learning"]);
  });

  it("gives a merchant first seen joined the spaced name when it arrives", async () => {
    const s = await seedUser(db());
    const joined = await resolve(s.userId, ["Quillandmoss"]);
    const spaced = await resolve(s.userId, ["Quill & Moss"]);
    expect(merchantOf(spaced, "Quill & Moss")).toMatchObject({ id: merchantOf(joined, "Quillandmoss")!.id, name: "Quill & Moss" });
    expect((await live(s.userId)).map((x) => x.name)).toEqual(["Quill & Moss"]);
  });

  it("makes both forms arriving in one batch one merchant, spaced", async () => {
    const s = await seedUser(db());
    const map = await resolve(s.userId, ["Wethetinkerers", "We The Tinkerers"]);
    expect(merchantOf(map, "Wethetinkerers")).toEqual(merchantOf(map, "We The Tinkerers"));
    expect(merchantOf(map, "Wethetinkerers")?.name).toBe("We The Tinkerers");
  });

  it("gives a field-cut name the shorter name's merchant, in either order", async () => {
    const s = await seedUser(db());
    const cut = await resolve(s.userId, ["Schreibwaren Lindtal Oste"]);
    const short = await resolve(s.userId, ["Schreibwaren Lindtal"]);
    expect(merchantOf(short, "Schreibwaren Lindtal")).toMatchObject({ id: merchantOf(cut, "Schreibwaren Lindtal Oste")!.id, name: "Schreibwaren Lindtal" });
    const map = await resolve(s.userId, ["Eisdiele Merlano", "Eisdiele Merlano Walld"]);
    expect(merchantOf(map, "Eisdiele Merlano Walld")).toEqual(merchantOf(map, "Eisdiele Merlano"));
    expect((await live(s.userId)).map((x) => x.name)).toEqual(["Eisdiele Merlano", "Schreibwaren Lindtal"]);
  });

  it("keeps two shops whose longer name is not at a field's width apart", async () => {
    const s = await seedUser(db());
    await resolve(s.userId, ["Bäckerei Kornfeld"]);
    await resolve(s.userId, ["Bäckerei Kornfeld Konditorei", "Sunhill"]);
    await resolve(s.userId, ["Sun Hill"]);
    expect(await live(s.userId)).toHaveLength(4);
  });
});
