// Accounts named the way people name them: by the bank alone, by the card
// issuer, or by the kind of account, when the accounts themselves carry only
// the bank's name and the currency ("American Express GBP", "Bank of America
// USD") and their stored type says the rest.
import { describe, expect, it } from "vitest";
import { describeReading, parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";

const TODAY = "2026-11-29";
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const UK = [
  { id: id(1), name: "Monzo GBP", type: "CHECKING" },
  { id: id(2), name: "Lloyds/Halifax GBP", type: "CHECKING" },
  { id: id(3), name: "American Express GBP", type: "CREDIT_CARD" },
];
const US = [
  { id: id(4), name: "Chase USD", type: "CHECKING" },
  { id: id(5), name: "Capital One USD", type: "CREDIT_CARD" },
  { id: id(6), name: "Bank of America USD", type: "SAVINGS" },
];
const DE = [
  { id: id(7), name: "Sparkasse EUR", type: "CHECKING" },
  { id: id(8), name: "Sparkasse Kreditkarte", type: "CREDIT_CARD" },
  { id: id(9), name: "Postbank EUR", type: "SAVINGS" },
];

function ctx(accounts: ParseContext["accounts"], locale: "en" | "de" = "en"): ParseContext {
  return { today: TODAY, locale, merchants: ["Tesco", "Amazon", "Capital One Mobile Pymt", "AMERICAN EXPRESS"], accounts, dataStart: "2025-10-01" };
}

function spec(q: string, accounts: ParseContext["accounts"], locale: "en" | "de" = "en") {
  const r = parseQuestion(q, ctx(accounts, locale));
  if (r.kind !== "spec") throw new Error(`${q}: ${r.kind} ${JSON.stringify(r)}`);
  return r;
}

describe("balance questions name accounts by kind or bank", () => {
  it.each([
    ["how much is in my savings", US, "en", [id(6)]],
    ["what's left on my savings", US, "en", [id(6)]],
    ["whats left in my savings account", US, "en", [id(6)]],
    ["how much is in my chase", US, "en", [id(4)]],
    ["how much is in my checking", US, "en", [id(4)]],
    ["how much is in my monzo", UK, "en", [id(1)]],
    ["how much is in my current account", UK, "en", [id(1), id(2)]],
    ["wie viel ist auf meinem tagesgeld", DE, "de", [id(9)]],
    ["was ist noch auf meinem sparkonto", DE, "de", [id(9)]],
    ["wie viel geld ist auf meinem girokonto", DE, "de", [id(7)]],
  ] as const)("%j is the balance of the matching accounts (all of them when several)", (q, accounts, locale, want) => {
    const r = spec(q, accounts, locale);
    expect(r.spec.measure).toBe("balance");
    expect(r.spec.groupBy).toBe("account");
    expect(r.spec.filters.accounts).toEqual(want);
    expect(r.spec.filters.transfersTo).toBeUndefined();
    expect(r.spec.filters.categories).toBeUndefined();
  });

  it("a saver is a savings account by its name, whatever type it was stored as", () => {
    const manchester = [
      { id: id(1), name: "HSBC", type: "CHECKING" },
      { id: id(2), name: "NatWest INSTANT SAVER", type: "CHECKING" },
      { id: id(3), name: "NewDay card", type: "CREDIT_CARD" },
    ];
    const r = spec("whats my savings balance", manchester);
    expect(r.spec.measure).toBe("balance");
    expect(r.spec.filters.accounts).toEqual([id(2)]);
    expect(r.spec.filters.categories).toBeUndefined();
  });

  it("a Sparkasse account is no savings account for holding 'spar' in its bank's name", () => {
    expect(spec("wie viel ist auf meinem sparkonto", DE, "de").spec.filters.accounts).toEqual([id(9)]);
  });

  it("'savings' alone outside a balance question is still the savings category, and moving money there still a move", () => {
    expect(spec("savings this year", US).spec.filters).toMatchObject({ categories: ["savings"] });
    expect(spec("savings this year", US).spec.filters.accounts).toBeUndefined();
    expect(spec("how much did i move to savings this year", US).spec.filters).toMatchObject({ transfersTo: "savings" });
    expect(spec("wie viel habe ich dieses jahr aufs tagesgeld überwiesen", DE, "de").spec.filters).toMatchObject({ transfersTo: "savings" });
    expect(spec("wie viel habe ich auf meinem tagesgeld eingezahlt", DE, "de").spec.filters).toMatchObject({ transfersTo: "savings" });
  });

  it("money left over without an account is still income minus spending", () => {
    expect(spec("what's left over this month", US).spec.measure).toBe("net");
  });
});

describe("spending questions filter by the account named", () => {
  it.each([
    ["how much did i spend on my credit card last month", UK, "en", [id(3)]],
    ["how much did i spend on amex last month", UK, "en", [id(3)]],
    ["spending on my card last month", UK, "en", [id(3)]],
    ["monzo spending last month", UK, "en", [id(1)]],
    ["how much did i spend from lloyds last month", UK, "en", [id(2)]],
    ["how much did i spend on my checking last month", US, "en", [id(4)]],
    ["capital one spending last month", US, "en", [id(5)]],
    ["ausgaben girokonto letzten monat", DE, "de", [id(7)]],
    ["wie viel habe ich letzten monat mit der kreditkarte ausgegeben", DE, "de", [id(8)]],
  ] as const)("%j", (q, accounts, locale, want) => {
    const r = spec(q, accounts, locale);
    expect(r.spec.measure).toBe("spending");
    expect(r.spec.filters.accounts).toEqual(want);
    expect(r.spec.filters.text).toBeUndefined();
    expect(r.spec.filters.period).toEqual({ from: "2026-10-01", to: "2026-10-31" });
    expect(describeReading(r.reading, locale)).toContain(accounts.find((a) => a.id === want[0])!.name);
  });

  it("a currency code shared by every account name and 'one' are no account names", () => {
    expect(spec("how much did i spend in usd last month", US).spec.filters.accounts).toBeUndefined();
    expect(parseQuestion("which one is bigger", ctx(US)).kind).toBe("unknown");
  });

  it("a card network names only the cards whose name carries it", () => {
    const withVisa = [...UK, { id: id(0), name: "Barclaycard Visa", type: "CREDIT_CARD" }];
    expect(spec("visa spending last month", withVisa).spec.filters.accounts).toEqual([id(0)]);
  });
});

// Two accounts at one bank, cards at three issuers: the bank and the kind said together name one account.
const CARDS = [
  { id: id(1), name: "DKB Girokonto", type: "CHECKING" },
  { id: id(2), name: "DKB Visa Kreditkarte", type: "CREDIT_CARD" },
  { id: id(3), name: "comdirect Visa Kreditkarte", type: "CREDIT_CARD" },
  { id: id(4), name: "American Express card", type: "CREDIT_CARD" },
];

describe("a bank and a kind of account said together", () => {
  it.each([
    ["dkb kreditkarte saldo", "de", "balance", [id(2)]],
    ["balance of my dkb credit card", "en", "balance", [id(2)]],
    ["dkb girokonto saldo", "de", "balance", [id(1)]],
    ["wie viel habe ich letzten monat mit der dkb kreditkarte bezahlt", "de", "spending", [id(2)]],
    ["dkb credit card spending last month", "en", "spending", [id(2)]],
  ] as const)("%j names the one account of that bank and kind", (q, locale, measure, want) => {
    const r = spec(q, CARDS, locale);
    expect(r.spec.measure).toBe(measure);
    expect(r.spec.filters.accounts).toEqual(want);
  });

  it("leaves the bank alone still a question, and the kind alone every card", () => {
    expect(parseQuestion("dkb saldo", ctx(CARDS, "de")).kind).toBe("clarify");
    expect(spec("kreditkarte saldo", CARDS, "de").spec.filters.accounts).toEqual([id(2), id(3), id(4)]);
  });
});

describe("a bank's short name names the accounts of that bank", () => {
  const CHICAGO = [
    { id: id(1), name: "Bank of America checking", type: "CHECKING" },
    { id: id(2), name: "Citi card", type: "CREDIT_CARD" },
    { id: id(3), name: "Capital One 360 Savings", type: "SAVINGS" },
    { id: id(4), name: "Wells Fargo Everyday Checking", type: "CHECKING" },
  ];
  const KOELN = [
    { id: id(5), name: "Deutsche Bank Girokonto", type: "CHECKING" },
    { id: id(6), name: "Sparkasse KölnBonn Giro", type: "CHECKING" },
  ];

  it.each([
    ["what's my bofa balance", CHICAGO, "en", [id(1)]],
    ["boa balance", CHICAGO, "en", [id(1)]],
    ["how much is in my cap one", CHICAGO, "en", [id(3)]],
    ["wells balance", CHICAGO, "en", [id(4)]],
    ["db kontostand", KOELN, "de", [id(5)]],
    ["spk kontostand", KOELN, "de", [id(6)]],
  ] as const)("%j is that bank's balance", (q, accounts, locale, want) => {
    const r = spec(q, accounts, locale);
    expect(r.spec.measure).toBe("balance");
    expect(r.spec.filters.accounts).toEqual(want);
  });

  it("filters spending by the short name too", () => {
    expect(spec("bofa spending last month", CHICAGO).spec.filters.accounts).toEqual([id(1)]);
  });

  it("leaves a short name that is one of the person's merchants to the merchant outside a balance question", () => {
    const withDb = (q: string) => parseQuestion(q, { ...ctx(KOELN, "de"), merchants: ["DB Fernverkehr AG"] });
    const spent = withDb("db letzten monat");
    expect(spent.kind === "spec" ? spent.spec.filters.accounts : undefined).toBeUndefined();
    const balance = withDb("db kontostand");
    expect(balance.kind === "spec" && balance.spec.filters.accounts).toEqual([id(5)]);
  });

  it("names nothing when no account is of that bank", () => {
    expect(parseQuestion("what's my bofa balance", ctx(UK)).kind).toBe("clarify");
  });
});

describe("a currency said beside a bank names its pocket in that currency", () => {
  const LYON = [
    { id: id(1), name: "Revolut Current", type: "CHECKING", currency: "EUR" },
    { id: id(2), name: "Revolut Current GBP", type: "CHECKING", currency: "GBP" },
    { id: id(3), name: "Revolut Current USD", type: "CHECKING", currency: "USD" },
    { id: id(4), name: "Wise", type: "CHECKING", currency: "EUR" },
    { id: id(5), name: "Wise checking USD", type: "CHECKING", currency: "USD" },
    { id: id(6), name: "Boursorama BoursoBank", type: "CHECKING", currency: "EUR" },
  ];
  const BERLIN = [
    { id: id(7), name: "N26 Hauptkonto", type: "CHECKING", currency: "EUR" },
    { id: id(8), name: "N26 Spaces CHF", type: "CHECKING", currency: "CHF" },
  ];

  it.each([
    ["revolut gbp balance", LYON, "en", [id(2)]],
    ["what's in my revolut pounds", LYON, "en", [id(2)]],
    ["revolut £ balance", LYON, "en", [id(2)]],
    ["revolut dollar balance", LYON, "en", [id(3)]],
    // "Wise" alone is the whole name of the euro account; the dollars are in its other one.
    ["my wise usd balance", LYON, "en", [id(5)]],
    ["wise dollars balance", LYON, "en", [id(5)]],
    ["kontostand n26 franken", BERLIN, "de", [id(8)]],
  ] as const)("%j", (q, accounts, locale, want) => {
    const r = spec(q, accounts, locale);
    expect(r.spec.filters.accounts).toEqual(want);
    // The currency went with the account: it filters nothing else.
    expect(r.spec.filters.currency).toBeUndefined();
  });

  it("filters spending on that pocket, in the period asked", () => {
    const r = spec("revolut gbp spending in march", LYON);
    expect(r.spec.filters).toMatchObject({ accounts: [id(2)], period: { from: "2026-03-01", to: "2026-03-31" } });
    expect(describeReading(r.reading, "en")).toContain("Revolut Current GBP");
  });

  it("still asks which one when no pocket of the bank holds the currency, or none is said", () => {
    expect(parseQuestion("revolut chf balance", ctx(LYON)).kind).toBe("clarify");
    expect(parseQuestion("revolut balance", ctx(LYON)).kind).toBe("clarify");
  });

  it("keeps an account named alone, whatever currency the question is about", () => {
    const r = spec("boursobank spending in dollars last month", LYON);
    expect(r.spec.filters).toMatchObject({ accounts: [id(6)], currency: "USD" });
  });

  it("finds BoursoBank by its short name", () => {
    expect(spec("bourso balance", LYON).spec.filters.accounts).toEqual([id(6)]);
    expect(spec("boursorama spending last month", LYON).spec.filters.accounts).toEqual([id(6)]);
  });
});

describe("card bills are asked for apart from spending on the card", () => {
  it.each([
    ["how much did i pay towards my capital one card this year", US, "en", [id(5)]],
    ["payments to my capital one card this year", US, "en", [id(5)]],
    ["how much did i pay off my credit card this year", UK, "en", undefined],
    ["credit card payments this year", US, "en", undefined],
    ["credit card bills this year", UK, "en", undefined],
    ["how much did i pay off my amex this year", UK, "en", [id(3)]],
    ["kreditkartenabrechnungen dieses jahr", DE, "de", undefined],
    ["wie viel habe ich dieses jahr die kreditkarte ausgeglichen", DE, "de", undefined],
  ] as const)("%j is the bills paid towards the card", (q, accounts, locale, want) => {
    const r = spec(q, accounts, locale);
    expect(r.spec).toMatchObject({ measure: "spending", groupBy: "none", filters: { transfersTo: "card", period: { from: "2026-01-01", to: TODAY } } });
    expect(r.spec.filters.accounts).toEqual(want);
    expect(r.spec.filters.merchants).toBeUndefined();
    expect(r.spec.filters.text).toBeUndefined();
    expect(describeReading(r.reading, locale)).toContain(locale === "en" ? "credit card bills paid" : "Kreditkartenabrechnungen bezahlt");
  });

  it("a purchase paid by card is no card bill", () => {
    const r = spec("how much did i pay to tesco on my card last month", UK);
    expect(r.spec.filters).toMatchObject({ merchants: ["Tesco"], accounts: [id(3)] });
    expect(r.spec.filters.transfersTo).toBeUndefined();
    expect(spec("how much did i spend on my credit card last month", UK).spec.filters.transfersTo).toBeUndefined();
  });

  it("counts the bills when asked how many", () => {
    expect(spec("how many credit card payments this year", US).spec).toMatchObject({ measure: "count", filters: { transfersTo: "card" } });
  });
});

describe("a card named by its account, network or issuer", () => {
  const BONN = [
    { id: id(1), name: "DKB Girokonto", type: "CHECKING" },
    { id: id(2), name: "comdirect Visa-Karte (Kreditkarte)", type: "CREDIT_CARD" },
    { id: id(3), name: "N26 Main Account", type: "CHECKING" },
  ];
  it.each([
    ["how much did i spend on my visa card last month", BONN, "en", [id(2)]],
    ["how much did i spend with my visa last month", BONN, "en", [id(2)]],
    ["what did i spend on my credit card last month", BONN, "en", [id(2)]],
    ["wie viel habe ich letzten Monat mit meiner Kreditkarte ausgegeben", BONN, "de", [id(2)]],
    ["spent with my n26 card in august", BONN, "en", [id(3)]],
    ["meine DKB Karte letzten Monat", BONN, "de", [id(1)]],
    ["what did i spend on my amex card this year", UK, "en", [id(3)]],
  ] as const)("reads %j as spending on that account, with no text filter", (q, accounts, locale, ids) => {
    const r = spec(q, [...accounts], locale);
    expect(r.spec.measure).toBe("spending");
    expect(r.spec.filters.accounts).toEqual(ids);
    expect(r.spec.filters.text).toBeUndefined();
  });
});
