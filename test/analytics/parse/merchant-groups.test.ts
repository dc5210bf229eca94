import { describe, expect, it } from "vitest";
import { groupKey, keyMatches, labelKey } from "../../../src/analytics/merchant-keys.ts";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";

const ask = (q: string, merchants: string[], locale: "en" | "de" = "en") => parseQuestion(q, { today: "2026-11-22", locale, merchants, accounts: [] });

describe("merchant keys and groups", () => {
  it("gives every order- or store-numbered label of one shop the same key", () => {
    const keys = ["AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 123-4567890", "AMAZON EU S.A R.L., NIEDERLASSUNG DEUTSCHLAND 223-4567891", "Amazon"].map(labelKey);
    expect(new Set(keys.map(groupKey))).toEqual(new Set(["amazon"]));
    expect(groupKey(labelKey("REWE SAGT DANKE 1234"))).toBe(groupKey(labelKey("REWE Markt GmbH")));
  });

  it("keeps businesses that only share a generic first word apart", () => {
    expect(groupKey(labelKey("Deutsche Bahn"))).not.toBe(groupKey(labelKey("Deutsche Telekom")));
    expect(groupKey(labelKey("Bäckerei Müller"))).not.toBe(groupKey(labelKey("Bäckerei Schmidt")));
  });

  it("gives a pub with and without its article, with \"and\" or \"&\", the key merchantKey gives it", () => {
    const labels = ["THE FOX AND HOUNDS     GLASGOW       GBR", "FOX & HOUNDS           LEEDS         GBR", "The Fox & Hounds"];
    expect(new Set(labels.map(labelKey))).toEqual(new Set(["fox hounds"]));
    expect(keyMatches(labelKey("The Fox & Hounds Garden"), labelKey("the fox and hounds"))).toBe(true);
    expect(labelKey("The Range")).not.toBe(labelKey("Range Rover"));
  });

  it("matches a key and its continuations as whole words only", () => {
    expect(keyMatches("shell recharge", "shell")).toBe(true);
    expect(keyMatches("shelly nails", "shell")).toBe(false);
    expect(keyMatches("anything", "")).toBe(false);
  });
});

describe("asking back about merchants", () => {
  it("never asks which of one brand's variants is meant", () => {
    for (const [q, labels] of [
      ["shell last month", ["Shell", "Shell Recharge", "SHELL 1234 BERLIN"]],
      ["rewe", ["REWE SAGT DANKE 1234", "REWE Markt GmbH", "REWE City"]],
      ["netflix", ["NETFLIX.COM", "Netflix"]],
      ["spotify", ["Spotify AB", "SPOTIFY P1234567"]],
      ["lidl", ["Lidl sagt Danke", "LIDL DIENSTL GMBH"]],
    ] as const) {
      const r = ask(q, [...labels]);
      expect(r.kind, q).toBe("spec");
      if (r.kind === "spec") expect(r.spec.filters.merchants, q).toHaveLength(1);
    }
  });

  it("asks when the name fits genuinely different merchants", () => {
    const r = ask("apple", ["APPLE.COM/BILL", "Apple Store", "Applebee's"]);
    expect(r.kind).toBe("clarify");
    if (r.kind === "clarify") expect(r.options.map((o) => (typeof o.label === "string" ? o.label : o.label.key))).toEqual(["APPLE", "Applebee's", "parse.option.all"]);
  });

  it("asks with at most one screen of buttons", () => {
    const labels = ["Bäckerei Müller", "Metzgerei Müller", "Cafe Müller", "Praxis Müller", "Salon Müller", "Kiosk Müller", "Bistro Müller", "Studio Müller", "Club Müller", "Hotel Müller"];
    const r = ask("müller letzten Monat", labels, "de");
    expect(r.kind).toBe("clarify");
    if (r.kind !== "clarify") return;
    expect(r.options.length).toBeLessThanOrEqual(8);
    // "All of them" still means all ten.
    expect(r.options.at(-1)?.spec.filters.merchants).toHaveLength(10);
  });

  it.each([
    ["coop this year", ["CO-OP GROUP 070234", "Co-op"], "Co-op", "en"],
    ["co op this year", ["Co-op"], "Co-op", "en"],
    ["mcdonalds last month", ["McDonald's"], "McDonald's", "en"],
    ["mc donalds last month", ["MCDONALDS 1234 LONDON", "McDonald's"], "McDonald's", "en"],
    ["justeat this year", ["Just Eat"], "Just Eat", "en"],
    ["burgerking letzten Monat", ["BURGER KING 1234", "Burger King"], "Burger King", "de"],
    ["deutschebahn dieses Jahr", ["Deutsche Bahn", "DB Vertrieb GmbH"], "Deutsche Bahn", "de"],
  ] as const)("finds %j however its words are run together or split (%j)", (q, labels, name, locale) => {
    const r = ask(q, [...labels, "Tesco", "REWE"], locale);
    if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
    expect(r.spec.filters.merchants?.map(labelKey)).toEqual([labelKey(name)]);
  });

  it.each([
    ["just eat this year", ["JUST EAT.CO.UK LTD", "Just Eat"], "Just Eat", "en"],
    ["how much at just eat", ["Just Eat"], "Just Eat", "en"],
    ["unser heimatbäcker diesen Monat", ["Unser Heimatbäcker"], "Unser Heimatbäcker", "de"],
    ["was habe ich bei unser heimatbäcker ausgegeben", ["Unser Heimatbäcker", "UNSER HEIMATBÄCKER 0815"], "Unser Heimatbäcker", "de"],
  ] as const)("reads a name that starts with an ordinary word whole: %j", (q, labels, name, locale) => {
    const r = ask(q, [...labels], locale);
    if (r.kind !== "spec") throw new Error(r.kind);
    const merchants = r.spec.filters.merchants ?? [];
    expect(merchants.map(labelKey)).toEqual([labelKey(name)]);
    // The answer is headed with the whole name, never its first word alone.
    expect(describeReading(r.reading, locale)).toMatch(new RegExp(`^${merchants[0]},`));
    expect(merchants[0]!.split(" ")).toHaveLength(2);
  });

  it("names the member's own words when a question narrows a brand whose word the loose fold changes (blue, not blu)", () => {
    const r = ask("blue bottle in total", ["Blue Bottle Coffee", "SQ *BLUE BOTTLE COFFEE New York NY"]);
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.merchants).toEqual(["Blue Bottle"]);
    expect(keyMatches(labelKey("Blue Bottle Coffee"), labelKey(r.spec.filters.merchants![0]!))).toBe(true);
  });

  it("finds a merchant by the name its rows show even when the dictionary files it under another brand", () => {
    // "Navigo" keys to the RATP brand; the person only ever saw "Navigo".
    const r = ask("navigo in total", ["Navigo", "Monoprix"]);
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.merchants?.map(labelKey)).toEqual([labelKey("Navigo")]);
  });

  it("keeps ordinary words ordinary when no name goes on with them", () => {
    const r = ask("just groceries this year", ["Just Eat"]);
    expect(r.kind === "spec" && r.spec.filters).toEqual({ period: { from: "2026-01-01", to: "2026-11-22" }, categories: ["groceries"] });
    const de = ask("unser Geld diesen Monat", ["Unser Heimatbäcker"], "de");
    expect(de.kind === "spec" && de.spec.filters.merchants).toBeUndefined();
  });

  it("reads Uber, Total and Next as names when the person has them and says them as names", () => {
    const labels = ["UBER *TRIP", "Total", "Next"];
    const uber = ask("how much at Uber this year", labels);
    expect(uber.kind === "spec" && uber.spec.filters.merchants).toEqual(["UBER"]);
    expect(uber.kind === "spec" && uber.spec.filters.period).toEqual({ from: "2026-01-01", to: "2026-11-22" });
    const ueber = ask("Ausgaben über 50 € dieses Jahr", labels, "de");
    expect(ueber.kind === "spec" && ueber.spec.filters.merchants).toBeUndefined();
    expect(ueber.kind === "spec" && ueber.spec.filters.minAmount).toBe("50");
    const total = ask("what did I spend at Total", labels);
    expect(total.kind === "spec" && total.spec.filters.merchants).toEqual(["Total"]);
    const next = ask("how much at next last month", labels);
    expect(next.kind === "spec" && next.spec.filters.merchants).toEqual(["Next"]);
  });
});

describe("a long merchant name in a question", () => {
  const long = "Restaurant Zum Goldenen Hirschen am Alten Marktplatz Inh. H. Obermaier-Schwarzenberger";
  const labels = [long, "Apotheke am Rathaus", "REWE", "Haus am See"];

  it.each([
    "how much did I spend at Restaurant Zum Goldenen Hirschen am Alten Marktplatz this year",
    "spending at Restaurant Zum Goldenen Hirschen am See this year",
  ])("names only that merchant, not others sharing its joiner words (%s)", (q) => {
    const r = ask(q, labels);
    expect(r.kind).toBe("spec");
    if (r.kind !== "spec") return;
    expect(r.spec.filters.merchants?.map((m) => labelKey(m).split(" ")[0])).toEqual(["restaurant"]);
  });

  it("still reads a word after \"at\" as a name when nothing else stands between them", () => {
    const r = ask("spending at Rathaus", labels);
    expect(r.kind === "spec" && r.spec.filters.merchants).toEqual(["Apotheke am Rathaus"]);
  });

  it("reads two names joined by \"and\" as two merchants", () => {
    const r = ask("spending at REWE and Apotheke am Rathaus", labels);
    expect(r.kind === "spec" && [...(r.spec.filters.merchants ?? [])].sort()).toEqual(["Apotheke am Rathaus", "REWE"]);
  });
});

describe("joiner words of a name", () => {
  it("never name a merchant on their own, even right after \"at\"", () => {
    const r = parseQuestion("spending at am this year", { today: "2026-11-22", locale: "en", merchants: ["Apotheke am Rathaus"], accounts: [] });
    expect(r.kind === "spec" ? (r.spec.filters.merchants ?? []) : ["asked back"]).toEqual([]);
  });
});
