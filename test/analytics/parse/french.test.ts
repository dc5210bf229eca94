// French questions read like their English equivalents: periods, measures,
// "en tout", "chez", category words and the French sense of "courses".
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion } from "../../../src/analytics/parse/index.ts";
import { takePeriod } from "../../../src/analytics/parse/periods.ts";
import { Scanner } from "../../../src/analytics/parse/scanner.ts";

const TODAY = "2026-11-29";
const DATA_START = "2025-11-03";
const MERCHANTS = ["Monoprix", "Harmonie Mutuelle", "Foncia", "EDF", "Navigo", "Boulangerie Julien", "Chez Janou", "Amazon"];
const BOURSO = { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e11", name: "Boursorama BoursoBank", type: "CHECKING" };
const WISE = { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e12", name: "Wise", type: "CHECKING" };

const spec = (q: string) => {
  const r = parseQuestion(q, { today: TODAY, locale: "en", merchants: MERCHANTS, accounts: [BOURSO, WISE], dataStart: DATA_START });
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind}`);
  return r;
};
const periodOf = (text: string) => takePeriod(new Scanner(text), TODAY);
const range = (from: string, to: string) => ({ from, to });

describe("French periods", () => {
  it.each([
    ["le mois dernier", range("2026-10-01", "2026-10-31")],
    ["du mois précédent", range("2026-10-01", "2026-10-31")],
    ["ce mois-ci", range("2026-11-01", TODAY)],
    ["cette année", range("2026-01-01", TODAY)],
    ["depuis le début de l'année", range("2026-01-01", TODAY)],
    ["l'année dernière", range("2025-01-01", "2025-12-31")],
    ["l’an dernier", range("2025-01-01", "2025-12-31")],
    ["en septembre", range("2026-09-01", "2026-09-30")],
    ["septembre dernier", range("2026-09-01", "2026-09-30")],
    ["en février 2025", range("2025-02-01", "2025-02-28")],
    ["au mois d'août", range("2026-08-01", "2026-08-31")],
    ["octobre de l'année dernière", range("2025-10-01", "2025-10-31")],
    ["de janvier à juin", range("2026-01-01", "2026-06-30")],
    ["entre mars et mai", range("2026-03-01", "2026-05-31")],
    ["depuis janvier", range("2026-01-01", TODAY)],
    ["les 3 derniers mois", range("2026-09-01", TODAY)],
    ["la semaine dernière", range("2026-11-16", "2026-11-22")],
    ["hier", range("2026-11-28", "2026-11-28")],
  ])("reads %j", (text, expected) => {
    expect(periodOf(text)).toEqual(expected);
  });

  it("needs a preposition before a bare \"mars\", which is also a word", () => {
    expect(periodOf("mars")).toBeUndefined();
    expect(periodOf("en mars")).toEqual(range("2026-03-01", "2026-03-31"));
  });
});

describe("French questions", () => {
  it("reads \"chez\" as a preposition and the month after it as the period", () => {
    const r = spec("combien j'ai dépensé chez monoprix le mois dernier");
    expect(r.spec.measure).toBe("spending");
    expect(r.spec.filters).toEqual({ period: range("2026-10-01", "2026-10-31"), merchants: ["Monoprix"] });
  });

  it("still finds a restaurant whose name starts with \"Chez\"", () => {
    expect(spec("chez janou en tout").spec.filters.merchants).toEqual(["Chez Janou"]);
  });

  it.each([
    ["loyer cette année", { period: range("2026-01-01", TODAY), categories: ["rent"] }],
    ["courses en septembre", { period: range("2026-09-01", "2026-09-30"), categories: ["groceries"] }],
    ["cours de piano cette année", { period: range("2026-01-01", TODAY), categories: ["education"] }],
    ["restaurants le mois dernier", { period: range("2026-10-01", "2026-10-31"), categories: ["restaurants"] }],
    ["transports cette année", { period: range("2026-01-01", TODAY), categories: ["transport"] }],
    ["edf cette année", { period: range("2026-01-01", TODAY), merchants: ["EDF"] }],
  ])("reads %j", (q, filters) => {
    expect(spec(q).spec.filters).toEqual(filters);
  });

  it("keeps the English sense of \"courses\" in an English question", () => {
    expect(spec("courses this year").spec.filters.categories).toEqual(["education"]);
  });

  it.each(["navigo en tout", "navigo au total", "navigo depuis le début"])("reads %j as all time", (q) => {
    expect(spec(q).spec.filters).toEqual({ period: range(DATA_START, TODAY), merchants: ["Navigo"] });
  });

  it("reads a bare \"total\" closing the question as all time", () => {
    expect(spec("boulangerie julien total").spec.filters).toEqual({ period: range(DATA_START, TODAY), merchants: ["Boulangerie Julien"] });
  });

  it("reads \"solde\" as the balance of the account named", () => {
    const r = spec("solde boursorama");
    expect(r.spec.measure).toBe("balance");
    expect(r.spec.filters.accounts).toEqual([BOURSO.id]);
  });

  it.each([
    ["mes revenus en septembre", "income", range("2026-09-01", "2026-09-30")],
    ["dépenses totales en octobre", "spending", range("2026-10-01", "2026-10-31")],
    ["combien j'ai gagné l'année dernière", "income", range("2025-01-01", "2025-12-31")],
  ] as const)("reads %j as %s over the month", (q, measure, period) => {
    const r = spec(q);
    expect(r.spec.measure).toBe(measure);
    expect(r.spec.filters).toEqual({ period });
  });

  it("reads the mutuelle on average per month as the health insurance topic over months", () => {
    const r = spec("combien je paie de mutuelle en moyenne par mois cette année");
    expect(r.spec).toMatchObject({ measure: "average", averageOver: "month" });
    expect(r.spec.filters).toEqual({ period: range("2026-01-01", TODAY), topics: ["health_insurance"] });
    expect(describeReading(r.reading, "en")).toMatch(/^Average per month: Health insurance \(Insurance\)/);
  });

  it("counts with \"combien de\"", () => {
    expect(spec("combien de paiements chez amazon cette année").spec).toMatchObject({ measure: "count", filters: { merchants: ["Amazon"] } });
    expect(spec("combien d'achats chez amazon").spec).toMatchObject({ measure: "count", filters: { merchants: ["Amazon"] } });
  });
});

describe("French shapes", () => {
  it.each([
    ["montre-moi toutes les transactions chez amazon", { merchants: ["Amazon"], period: range(DATA_START, TODAY) }, 25],
    ["affiche toutes les opérations chez monoprix en octobre", { merchants: ["Monoprix"], period: range("2026-10-01", "2026-10-31") }, 25],
    ["liste des dépenses en octobre", { period: range("2026-10-01", "2026-10-31") }, 10],
    ["affiche mes achats", { period: range(DATA_START, TODAY) }, 10],
    ["donne-moi mes paiements chez edf cette année", { merchants: ["EDF"], period: range("2026-01-01", TODAY) }, 10],
  ])("lists %j: the transactions themselves, newest first", (q, filters, limit) => {
    const r = spec(q);
    expect(r.spec).toMatchObject({ measure: "spending", groupBy: "transaction", sort: "key_desc", limit });
    expect(r.spec.filters).toEqual(filters);
  });

  it("keeps a sum for spending shown without a list word, as “show me my expenses” does", () => {
    expect(spec("montre-moi mes dépenses en octobre").spec.groupBy).toBe("none");
  });

  it.each([
    ["combien je dépense par mois", "average", "month", {}],
    ["dépenses par mois cette année", "average", "month", { period: range("2026-01-01", TODAY) }],
    ["courses par mois", "average", "month", { categories: ["groceries"] }],
    ["mes revenus par mois", "income", "month", {}],
    ["combien je paie de loyer par an", "average", "year", { categories: ["rent"] }],
  ] as const)("reads %j as %s per %s, not this month’s sum", (q, measure, over, filters) => {
    const r = spec(q);
    expect(r.spec).toMatchObject({ measure, averageOver: over, groupBy: "none" });
    expect(r.spec.filters).toEqual({ period: range(DATA_START, TODAY), ...filters });
  });

  it.each([
    ["combien de transactions par mois", "count", "month"],
    ["solde par mois", "balance", "month"],
    ["dépenses mois par mois", "spending", "month"],
    ["dépenses semaine par semaine", "spending", "week"],
  ] as const)("reads %j as a series (a count or a balance has no average month)", (q, measure, groupBy) => {
    const r = spec(q);
    expect(r.spec).toMatchObject({ measure, groupBy });
    expect(r.spec.averageOver).toBeUndefined();
  });

  it.each([
    ["dépenses par catégorie le mois dernier", "category"],
    ["mes dépenses par commerçant cette année", "merchant"],
    ["dépenses par compte en octobre", "account"],
    ["répartition de mes dépenses en octobre", "category"],
  ] as const)("breaks %j down by %s", (q, groupBy) => {
    const r = spec(q);
    expect(r.spec).toMatchObject({ measure: "spending", groupBy });
    expect(r.spec.filters.categories).toBeUndefined();
  });
});
