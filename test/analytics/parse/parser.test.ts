import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { describeReading, parseQuestion, type ParseContext } from "../../../src/analytics/parse/index.ts";
import { parseMessages } from "../../../src/analytics/parse/messages.ts";
import { QuerySpec } from "../../../src/analytics/query-spec.ts";
import { hasMessage, renderPlain } from "../../../src/i18n/index.ts";
import { CORPUS } from "./corpus.ts";
import { ACCOUNTS, MERCHANTS, P, TODAY, context } from "./corpus-types.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("parseQuestion", () => {
  it("never reads the system clock, only ctx.today", () => {
    const before = parseQuestion("groceries last month", context("en"));
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2031-07-04T12:00:00Z"));
    expect(parseQuestion("groceries last month", context("en"))).toEqual(before);
    const later = parseQuestion("groceries last month", { ...context("en"), today: "2031-07-04" });
    expect(later.kind === "spec" && later.spec.filters.period).toEqual({ from: "2031-06-01", to: "2031-06-30" });
  });

  it.each([
    ["what did i spend in september vs october", ["Sept 2026", "Oct 2026"]],
    ["groceries in october compared to september", ["Oct 2026", "Sept 2026"]],
    ["Ausgaben im Januar gegen Februar", ["Jan. 2026", "Feb. 2026"]],
  ])("reads %j as one side per period, in the person's order", (q, labels) => {
    const r = parseQuestion(q, context(/Ausgaben/.test(q) ? "de" : "en"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.versus?.map((s) => s.label)).toEqual(labels);
    const [a, b] = r.spec.versus!.map((s) => s.period!);
    expect(r.spec.filters.period).toEqual({ from: a!.from < b!.from ? a!.from : b!.from, to: a!.to > b!.to ? a!.to : b!.to });
  });

  it.each([
    ["show me all zelle transactions", "zelle"],
    ["venmo this yr", "venmo"],
    ["alle PayPal-Zahlungen dieses Jahr", "PayPal"],
  ])("reads the payment rail in %j as text to search, so payments through it match whoever they paid", (q, text) => {
    const r = parseQuestion(q, { ...context(/alle/.test(q) ? "de" : "en"), merchants: [...MERCHANTS, "Smith Alex", "Venmo"] });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.text).toBe(text);
    expect(r.spec.filters.merchants).toBeUndefined();
  });

  it("keeps a shop named beside the rail: Amazon paid through PayPal", () => {
    const r = parseQuestion("amazon via paypal this year", context("en"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters).toMatchObject({ merchants: ["AMAZON"], text: "paypal" });
  });

  it("describes a reading like a person would, in both languages", () => {
    const r = parseQuestion("groceries last month", context("en"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(describeReading(r.reading, "en")).toBe("Groceries, 1–31 Oct 2026, all accounts");
    expect(describeReading(r.reading, "de")).toBe("Lebensmittel, 1.–31. Okt. 2026, alle Konten");
  });

  it.each(["show me all amazon transactions", "Zeig mir alle Amazon-Umsätze", "Zeig mir alle Amazon Umsätze", "alle Amazon-Buchungen", "alle Amazon-Transaktionen"])(
    "reads %j as every Amazon transaction since the data starts",
    (q) => {
      const r = parseQuestion(q, { ...context(/[äöü]|alle|zeig/i.test(q) ? "de" : "en"), dataStart: "2025-06-02" });
      if (r.kind !== "spec") throw new Error(r.kind);
      expect(r.spec.groupBy).toBe("transaction");
      expect(r.spec.filters.merchants).toEqual(["AMAZON"]);
      expect(r.spec.filters.period).toEqual({ from: "2025-06-02", to: TODAY });
      // "all" asks for the whole list: a page long enough to hold most of them in one message.
      expect(r.spec.limit).toBe(25);
    },
  );

  it.each([
    ["show me all cash withdrawals this year", "en"],
    ["zeig mir alle Bargeldabhebungen dieses Jahr", "de"],
    ["alle Abhebungen dieses Jahr", "de"],
  ] as const)("lists %j: the cash withdrawals themselves, not their sum", (q, locale) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ groupBy: "transaction", sort: "key_desc", limit: 25, filters: { categories: ["cash"], period: { from: "2026-01-01", to: TODAY } } });
  });

  it.each([
    ["show me all amazon orders", "en"],
    ["show me all amazon purchases", "en"],
    ["show me all amazon payments", "en"],
    ["all amazon orders", "en"],
    ["Zeig mir alle Amazon-Bestellungen", "de"],
    ["alle Amazon Einkäufe", "de"],
    ["show me all amazon bestellingen", "en"],
  ] as const)("reads %j as the list of every Amazon order, like “transactions”", (q, locale) => {
    const r = parseQuestion(q, { ...context(locale), dataStart: "2025-06-02" });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ groupBy: "transaction", limit: 25, filters: { merchants: ["AMAZON"], period: { from: "2025-06-02", to: TODAY } } });
  });

  it.each([
    ["how many thuisbezorgd orders", "en"],
    ["how many Thuisbezorgd orders last month", "en"],
    ["wie viele Thuisbezorgd-Bestellungen", "de"],
  ] as const)("counts %j: a name between “how many” and the noun is a filter, not a reason to sum", (q, locale) => {
    const r = parseQuestion(q, { ...context(locale), merchants: [...MERCHANTS, "Thuisbezorgd.nl"] });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ measure: "count", groupBy: "none", filters: { merchants: ["Thuisbezorgd"] } });
  });

  it("searches a name it does not know between “how many” and the noun as text, rather than counting everything", () => {
    const r = parseQuestion("how many Katzenladen orders", context("en"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ measure: "count", filters: { text: "Katzenladen" } });
  });

  it("keeps a sum for orders asked about with how much", () => {
    const r = parseQuestion("how much did i spend on amazon orders last month", context("en"));
    expect(r.kind === "spec" && r.spec.groupBy).toBe("none");
  });

  it.each([["show me amazon transactions", "en"], ["zeig mir Amazon-Umsätze", "de"]] as const)("pages %j ten at a time, since “all” was not said", (q, lang) => {
    const r = parseQuestion(q, context(lang));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ groupBy: "transaction", limit: 10, sort: "key_desc" });
  });

  it.each([
    ["which transactions are pending?", "en", "pending only"],
    ["Welche Umsätze sind vorgemerkt?", "de", "nur vorgemerkte"],
    ["vorgemerkte Umsätze", "de", "nur vorgemerkte"],
    ["pending transactions", "en", "pending only"],
  ] as const)("reads %j as a list of the pending transactions since the data starts", (q, locale, words) => {
    const r = parseQuestion(q, { ...context(locale), dataStart: "2025-06-02" });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters).toEqual({ period: { from: "2025-06-02", to: TODAY }, status: "pending" });
    expect(r.spec.groupBy).toBe("transaction");
    expect(describeReading(r.reading, locale)).toContain(words);
  });

  it.each([
    ["how much did I top up my credit card this year", "en"],
    ["Wie viel habe ich dieses Jahr auf meine Kreditkarte aufgeladen?", "de"],
    ["Aufladungen Kreditkarte dieses Jahr", "de"],
  ] as const)("reads %j as the money moved into that account from own accounts", (q, locale) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ measure: "income", groupBy: "none", filters: { period: { from: "2026-01-01", to: TODAY }, accounts: [ACCOUNTS[1]!.id], transfersTo: "account" } });
    expect(r.spec.limit).toBeUndefined();
    expect(describeReading(r.reading, locale)).toContain(locale === "en" ? "moved in from own accounts" : "von eigenen Konten eingezahlt");
  });

  it.each([
    ["wie viel habe ich dieses jahr an die Visa Kreditkarte überwiesen", "de"],
    ["how much did I move to my visa kreditkarte this year", "en"],
    ["how much did I transfer from the Girokonto to the Visa Kreditkarte this year", "en"],
    ["Überweisungen auf die Visa Kreditkarte dieses Jahr", "de"],
  ] as const)("reads %j, money sent to an own account, as what came in there from the other accounts", (q, locale) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ measure: "income", filters: { period: { from: "2026-01-01", to: TODAY }, accounts: [ACCOUNTS[1]!.id], transfersTo: "account" } });
    expect(r.spec.filters.text).toBeUndefined();
  });

  it.each([
    ["Tagesgeld insgesamt gespart", "de"],
    ["wie viel habe ich insgesamt aufs Tagesgeld gespart", "de"],
    ["how much have I saved into my savings account in total", "en"],
  ] as const)("reads %j as saved since the data starts: moves to savings less withdrawals", (q, locale) => {
    const r = parseQuestion(q, { ...context(locale), dataStart: "2025-06-02" });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ measure: "net", filters: { period: { from: "2025-06-02", to: TODAY }, transfersTo: "savings" } });
    expect(r.spec.filters.accounts).toBeUndefined();
    expect(describeReading(r.reading, locale)).toMatch(locale === "en" ? /^saved \(/ : /^gespart \(/);
  });

  it("keeps the period said between the savings account and the verb", () => {
    const r = parseQuestion("wie viel habe ich aufs Tagesgeld im Oktober überwiesen", context("de"));
    expect(r.kind === "spec" && r.spec).toMatchObject({ measure: "spending", filters: { period: P.oct2026, transfersTo: "savings" } });
  });

  it("reads money sent to someone who is no account as a payment, not a top-up", () => {
    const r = parseQuestion("wie viel habe ich dieses jahr an Max überwiesen", context("de"));
    expect(r.kind === "spec" && r.spec.filters.transfersTo).toBeFalsy();
  });

  it("counts top-ups when asked how many", () => {
    const r = parseQuestion("how many top-ups this year", context("en"));
    expect(r.kind === "spec" && r.spec).toMatchObject({ measure: "count", filters: { transfersTo: "account" } });
  });

  it("keeps a named period and a sum for pending questions that ask how much", () => {
    const r = parseQuestion("how much is pending this month", context("en"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec).toMatchObject({ measure: "spending", groupBy: "none", filters: { period: { from: "2026-11-01", to: TODAY }, status: "pending" } });
  });

  it("says when it assumed this month because no period was given", () => {
    const r = parseQuestion("Lebensmittel im Girokonto", context("de"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.reading.period.defaulted).toBe(true);
    expect(describeReading(r.reading, "de")).toBe("Lebensmittel, 1.–22. Nov. 2026 (dieser Monat, da kein Zeitraum genannt wurde), Girokonto");
  });

  it.each([
    ["how much have i spent on the gym this year", "en", "Gym (Leisure & entertainment), 1 Jan – 22 Nov 2026, all accounts"],
    ["Fitnessstudio dieses Jahr", "de", "Fitnessstudio (Freizeit & Unterhaltung), 1. Jan. – 22. Nov. 2026, alle Konten"],
    ["bills last month", "en", "Bills (Utilities & phone, Taxes & government, Insurance), 1–31 Oct 2026, all accounts"],
    ["Handyrechnung letzten Monat", "de", "Telefon & Handy (Nebenkosten & Telefon), 1.–31. Okt. 2026, alle Konten"],
    ["tanken letzten monat", "de", "Tanken (Tanken & Auto), 1.–31. Okt. 2026, alle Konten"],
    ["what did i spend on parking this year", "en", "Parking (Fuel & car), 1 Jan – 22 Nov 2026, all accounts"],
  ] as const)("names what a topic counted and where it looked: %j", (q, locale, reading) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(describeReading(r.reading, locale)).toBe(reading);
  });

  it.each([
    ["gas bill in january", "en", "gas_utility", "Gas (Utilities & phone)"],
    ["how much was the natural gas last winter", "en", "gas_utility", "Gas (Utilities & phone)"],
    ["gas and electric this year", "en", "energy", "Gas & electricity (Utilities & phone)"],
    ["water bill this year", "en", "water", "Water (Utilities & phone)"],
    ["broadband this year", "en", "internet", "Internet (Utilities & phone)"],
    ["Internetrechnung letztes Jahr", "de", "internet", "Internet (Nebenkosten & Telefon)"],
    ["Gasrechnung letzten Monat", "de", "gas_utility", "Gas (Nebenkosten & Telefon)"],
    ["Strom und Gas dieses Jahr", "de", "energy", "Strom & Gas (Nebenkosten & Telefon)"],
  ] as const)("reads %j as one bill within utilities, not all of them", (q, locale, topic, reading) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.topics).toEqual([topic]);
    expect(r.spec.filters.categories).toBeUndefined();
    expect(describeReading(r.reading, locale)).toContain(reading);
  });

  it.each([
    ["how much did i spend on coffee over the summer", "en"],
    ["how much have i spent on coffee since september", "en"],
    ["coffee shops last month", "en"],
    ["wie viel habe ich für Kaffee ausgegeben", "de"],
  ] as const)("reads %j as the coffee topic, not a search for the word", (q, locale) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.topics).toEqual(["coffee"]);
    expect(r.spec.filters.text).toBeUndefined();
    expect(describeReading(r.reading, locale)).toContain(locale === "en" ? "Coffee (Restaurants & cafés)" : "Kaffee (Restaurants & Cafés)");
  });

  it.each(["lieferando ever", "netflix ever", "how much at lidl ever"])("reads %j as all time at that merchant", (q) => {
    const r = parseQuestion(q, { ...context("en"), dataStart: "2024-02-01" });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.measure).toBe("spending");
    expect(r.spec.filters.merchants).toHaveLength(1);
    expect(r.spec.filters.period).toEqual({ from: "2024-02-01", to: TODAY });
  });

  it("keeps 'gas' alone the fuel, as Americans say it", () => {
    const r = parseQuestion("gas last month", context("en"));
    expect(r.kind === "spec" && r.spec.filters.topics).toEqual(["fuel_stations"]);
  });

  it.each([
    ["how much cash did i withdraw in 2026", ["Withdrawal to BANK OF AMERICA"]],
    ["how much cash did i take out this year", ["Withdrawal to BANK OF AMERICA"]],
    ["wie viel Bargeld habe ich dieses Jahr abgehoben", ["Withdrawal to BANK OF AMERICA"]],
  ] as const)("reads %j as the cash withdrawals, its verb naming no merchant", (q, merchants) => {
    const r = parseQuestion(q, { ...context(q.startsWith("wie") ? "de" : "en"), merchants: [...MERCHANTS, ...merchants] });
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.categories).toEqual(["cash"]);
    expect(r.spec.filters.merchants).toBeUndefined();
  });

  it.each(["how much did i make this year", "how much money did we make last month", "what i made this year"])("reads %j as income", (q) => {
    const r = parseQuestion(q, context("en"));
    expect(r.kind === "spec" && r.spec.measure).toBe("income");
  });

  it("still counts purchases I made", () => {
    const r = parseQuestion("how many purchases did i make this year", context("en"));
    expect(r.kind === "spec" && r.spec.measure).toBe("count");
  });

  it("asks whether a topic word shared by a merchant's name means the topic or the merchant, and settles by the topic", () => {
    const r = parseQuestion("tankstelle dieses jahr", { ...context("de"), merchants: [...MERCHANTS, "Tankstelle Krause"] });
    if (r.kind !== "clarify") throw new Error(r.kind);
    expect(r.options.map((o) => [o.spec.filters.topics, o.spec.filters.merchants])).toEqual([[["fuel_stations"], undefined], [undefined, ["Tankstelle Krause"]]]);
    expect(r.settle).toEqual({ preferred: 0, inside: { topic: "fuel_stations", options: [1] } });
    const at = parseQuestion("wie viel bei tankstelle dieses jahr", { ...context("de"), merchants: [...MERCHANTS, "Tankstelle Krause"] });
    expect(at.kind === "spec" && at.spec.filters).toMatchObject({ merchants: ["Tankstelle Krause"] });
  });

  it("lets a merchant called just like a topic word be asked about, not swallowed by the topic", () => {
    const r = parseQuestion("mobile this year", { ...context("en"), merchants: [...MERCHANTS, "mobile.de"] });
    expect(r.kind === "spec" && r.spec.filters.topics).toBeFalsy();
  });

  it.each([
    ["what subscriptions do i have", "en"],
    ["my subscriptions", "en"],
    ["which subscriptions am I paying for?", "en"],
    ["what recurring payments do I have", "en"],
    ["welche Abos habe ich", "de"],
    ["meine Abos", "de"],
    ["Welche Abos laufen gerade?", "de"],
    ["wiederkehrende Zahlungen", "de"],
  ] as const)("reads %j as the question which subscriptions there are, not a category total", (q, locale) => {
    expect(parseQuestion(q, context(locale)).kind).toBe("subscriptions");
  });

  it.each([
    ["how much do I pay for subscriptions", "en"],
    ["subscriptions this year", "en"],
    ["show me my subscription payments", "en"],
    ["Was zahle ich monatlich für Abos?", "de"],
    ["Abos letzten Monat", "de"],
    ["wiederkehrende Zahlungen letzten Monat", "de"],
  ] as const)("keeps %j a question about money spent on subscriptions", (q, locale) => {
    const r = parseQuestion(q, context(locale));
    expect(r.kind === "spec" && r.spec.filters.categories).toEqual(["subscriptions"]);
  });

  it("names measure, accounts, grouping, ranking and comparison in the reading", () => {
    const r = parseQuestion("income on my credit card per month this year compared to last year", context("en"));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(describeReading(r.reading, "en")).toBe(
      "Income, 1 Jan – 22 Nov 2026, Visa Kreditkarte, per month, compared with the same period last year",
    );
  });

  it("asks which account when a kind word fits several", () => {
    const ctx: ParseContext = { ...context("en"), accounts: [...ACCOUNTS, { id: "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e09", name: "Amex Credit Card" }] };
    const r = parseQuestion("spending on my credit card last month", ctx);
    expect(r.kind).toBe("clarify");
    if (r.kind !== "clarify") return;
    expect(r.options.map((o) => o.spec.filters.accounts)).toEqual([
      ["0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e02"],
      ["0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e09"],
      ["0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e02", "0f8b2c1e-5a4d-4c3b-9e2f-1a2b3c4d5e09"],
    ]);
    expect(renderPlain("en", r.question)).toContain("credit card");
  });

  it("labels the category option in the asker's language", () => {
    const r = parseQuestion("Bahn letzten Monat", context("de"));
    if (r.kind !== "clarify") throw new Error(r.kind);
    expect(r.options.map((o) => (typeof o.label === "string" ? o.label : renderPlain("de", o.label)))).toEqual([
      "Kategorie ÖPNV & Taxi",
      "Händler Deutsche Bahn",
    ]);
  });

  it.each([
    ["en", "how much for rundfunkbeitrag in total", 1],
    ["de", "rundfunkbeitrag insgesamt", 1],
    ["en", "Bahn tickets last month", 0],
    ["de", "Bahn letzten Monat", 0],
  ] as const)("says which reading to take should the data make the question moot (%s %j)", (lang, q, preferred) => {
    const r = parseQuestion(q, { ...context(lang), merchants: [...MERCHANTS, "Rundfunkbeitrag"] });
    if (r.kind !== "clarify") throw new Error(r.kind);
    // The merchant named whole by a word that is no name of the category; otherwise the category, which holds the merchant.
    expect(r.settle).toEqual({ preferred, inside: { category: r.options[0]!.spec.filters.categories![0], options: [1] } });
    expect(r.options[preferred]!.spec.filters).toMatchObject(preferred === 1 ? { merchants: ["Rundfunkbeitrag"] } : { categories: ["transport"] });
  });

  it("takes the category when the word is one of its own names, even if a merchant is called just that", () => {
    const r = parseQuestion("Versicherungen dieses Jahr", { ...context("de"), merchants: [...MERCHANTS, "Versicherungen"] });
    if (r.kind !== "clarify") throw new Error(r.kind);
    expect(r.settle.preferred).toBe(0);
    expect(r.options[0]!.spec.filters.categories).toEqual(["insurance"]);
  });

  it("only matches the categories the user has", () => {
    const r = parseQuestion("restaurants and groceries last month", { ...context("en"), categories: ["groceries"] });
    expect(r.kind === "spec" && r.spec.filters.categories).toEqual(["groceries"]);
  });

  const withRails = (locale: "en" | "de") => ({ ...context(locale), merchants: [...context(locale).merchants, "Tikkie", "Venmo"] });
  it.each([
    ["how much did i get back via tikkie this year", "en", "Tikkie"],
    ["how much did i receive through tikkie this year", "en", "Tikkie"],
    ["how much money did I get back from venmo this year", "en", "Venmo"],
    ["how much did my friends pay me back on venmo this year", "en", "Venmo"],
    ["wie viel habe ich dieses Jahr über Tikkie zurückbekommen", "de", "Tikkie"],
    ["tikkie ontvangen this year", "en", "Tikkie"],
  ] as const)("reads %j as the money that came in through the payment rail", (q, locale, merchant) => {
    const r = parseQuestion(q, withRails(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    // The rail is searched in the row's text (each payment keeps its payer as merchant; the rail's own payout rows say its name).
    expect(r.spec).toMatchObject({ measure: "income", filters: { period: { from: "2026-01-01", to: TODAY }, text: expect.stringMatching(new RegExp(`^${merchant}$`, "i")) } });
  });

  it("reads paying through the rail as money out, and an unknown rail after 'via' as text", () => {
    const paid = parseQuestion("how much did i pay with tikkie this year", withRails("en"));
    expect(paid.kind === "spec" && paid.spec.measure).toBe("spending");
    const zelle = parseQuestion("how much did i get back via zelle", context("en"));
    expect(zelle.kind === "spec" && [zelle.spec.measure, zelle.spec.filters.text]).toEqual(["income", "zelle"]);
  });

  it("searches an unknown name after 'bei'/'for' as text, spelled as typed", () => {
    const r = parseQuestion("Wie viel habe ich im Oktober für Katzenfutter ausgegeben?", context("de"));
    expect(r.kind === "spec" && r.spec.filters.text).toBe("Katzenfutter");
  });

  it("answers empty and meaningless input with a reason, not a guess", () => {
    expect(parseQuestion("   ", context("en"))).toEqual({ kind: "unknown", reason: { key: "parse.unknown.empty" } });
    expect(parseQuestion("?!", context("de")).kind).toBe("unknown");
    expect(parseQuestion("banana", context("en")).kind).toBe("unknown");
  });

  it("produces only valid specs, whatever it is given", () => {
    const words = [...new Set(CORPUS.flatMap((c) => c.case.q.split(/\s+/)))];
    const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }).map((ws) => ws.join(" "));
    fc.assert(
      fc.property(fc.oneof(phrase, fc.string({ maxLength: 80 })), fc.constantFrom("en" as const, "de" as const), (q, locale) => {
        const r = parseQuestion(q, { today: TODAY, locale, merchants: MERCHANTS, accounts: ACCOUNTS });
        const specs = r.kind === "spec" ? [r.spec] : r.kind === "clarify" ? r.options.map((o) => o.spec) : [];
        for (const spec of specs) expect(QuerySpec.safeParse(spec).success).toBe(true);
        if (r.kind === "clarify") expect(r.options.length).toBeGreaterThanOrEqual(2);
      }),
      { numRuns: 400 },
    );
  });
});

describe("month names typed with a slip", () => {
  it.each([
    ["how much did i spend at lidl in januray", "en", "2026-01-01", "2026-01-31"],
    ["wie viel hab ich bei lidl im januray ausgegeben", "de", "2026-01-01", "2026-01-31"],
    ["lidl feburary 2026", "en", "2026-02-01", "2026-02-28"],
    ["was hab ich bei lidl im sepember ausgegeben", "de", "2026-09-01", "2026-09-30"],
    ["lidl im oktobr", "de", "2026-10-01", "2026-10-31"],
    ["lidl im dezmber", "de", "2025-12-01", "2025-12-31"],
  ] as const)("reads %j as the month meant", (q, locale, from, to) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.period).toEqual({ from, to });
    expect(r.spec.filters.merchants).toEqual(["Lidl"]);
  });

  it.each([
    ["how much did i spend at lidl in jnauray", "en", "jnauray"],
    ["was hab ich im Oktbor bei Lidl ausgegeben", "de", "Oktbor"],
  ] as const)("says which word of %j it could not read as a period, rather than answering for all time", (q, locale, word) => {
    const r = parseQuestion(q, context(locale));
    expect(r).toEqual({ kind: "unknown", reason: { key: "parse.unknown.period_word", params: { word } } });
    expect(renderPlain(locale, r.kind === "unknown" ? r.reason : "")).toContain(word);
  });
});

describe("holidays in questions", () => {
  it.each([
    ["was haben wir seit ostern für restaurants ausgegeben", "de", "2026-04-05", "2026-11-22"],
    ["restaurants since easter", "en", "2026-04-05", "2026-11-22"],
    ["restaurants über weihnachten", "de", "2025-12-24", "2025-12-26"],
    ["restaurants over christmas last year", "en", "2025-12-24", "2025-12-26"],
  ] as const)("reads %j with the holiday as the period", (q, locale, from, to) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.filters.period).toEqual({ from, to });
    expect(r.spec.filters.categories).toEqual(["restaurants"]);
  });

  it.each([
    ["how much did i spend on christmas", "en", /^Spending, 24–26 Dec 2025/],
    ["was hab ich an weihnachten ausgegeben", "de", /^Ausgaben, 24\.–26\. Dez\. 2025/],
  ] as const)("reads %j as spending over the Christmas days and says which days, not as a word to search", (q, locale, said) => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    expect(r.spec.measure).toBe("spending");
    expect(r.spec.filters).toEqual({ period: { from: "2025-12-24", to: "2025-12-26" } });
    expect(describeReading(r.reading, locale)).toMatch(said);
  });
});

describe("two periods side by side", () => {
  // TODAY is Sunday 22 Nov 2026.
  const sides = (q: string, locale: "en" | "de") => {
    const r = parseQuestion(q, context(locale));
    if (r.kind !== "spec") throw new Error(r.kind);
    return { compare: r.spec.compare, sides: r.spec.versus?.map((s) => s.period) };
  };
  const oct = { from: "2026-10-01", to: "2026-10-31" };
  const sep = { from: "2026-09-01", to: "2026-09-30" };

  it.each([
    ["ausgaben letzten monat vs vorletzten monat", [oct, sep]],
    ["ausgaben letzten monat gegen vorletzten monat", [oct, sep]],
    ["ausgaben letzten monat im vergleich zum vorletzten monat", [oct, sep]],
    ["ausgaben vorletzten monat vs letzten monat", [sep, oct]],
    ["ausgaben vorletzte woche vs letzte woche", [{ from: "2026-11-02", to: "2026-11-08" }, { from: "2026-11-09", to: "2026-11-15" }]],
    ["ausgaben vorletztes jahr gegen letztes jahr", [{ from: "2024-01-01", to: "2024-12-31" }, { from: "2025-01-01", to: "2025-12-31" }]],
  ] as const)("reads %j as one side per period, in the person's order", (q, expected) => {
    expect(sides(q, "de")).toEqual({ compare: "none", sides: expected });
  });

  it("reads “vs last month” after an earlier whole month as that month, not the one before it", () => {
    expect(sides("spending in september vs last month", "en")).toEqual({ compare: "none", sides: [sep, oct] });
  });

  it("keeps “vs last month” a comparison with the period before when the period is the running one or no whole month", () => {
    expect(sides("groceries this month vs last month", "en")).toEqual({ compare: "previous_period", sides: undefined });
    expect(sides("ausgaben diesen monat im vergleich zum letzten monat", "de")).toEqual({ compare: "previous_period", sides: undefined });
    expect(sides("spending last 3 months vs last year", "en")).toEqual({ compare: "same_period_last_year", sides: undefined });
    expect(sides("lebensmittel dieses jahr vs letztes jahr", "de")).toEqual({ compare: "same_period_last_year", sides: undefined });
  });
});

describe("parser messages", () => {
  it("exist in English and German with the same keys, all registered", () => {
    expect(Object.keys(parseMessages.de).sort()).toEqual(Object.keys(parseMessages.en).sort());
    for (const key of Object.keys(parseMessages.en)) expect(hasMessage(key)).toBe(true);
  });
});
