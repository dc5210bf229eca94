import { describe, expect, it } from "vitest";
import { categorize, type CategorizeContext, type CategorizeInput } from "../../src/categories/categorize.ts";
import type { Rule } from "../../src/categories/rules.ts";
import { merchantName } from "../../src/categories/merchant-name.ts";

const none = { rules: [] as Rule[] };
const cat = (tx: CategorizeInput, ctx: CategorizeContext = none) => categorize(tx, ctx);

describe("categorize precedence", () => {
  const rewe: CategorizeInput = { amount: "-23.40", counterpartyName: "REWE SAGT DANKE 4401", providerCategory: "Shopping" };

  it("uses the person's manual choice above everything", () => {
    expect(cat({ ...rewe, manualCategoryKey: "donations" })).toEqual({ categoryKey: "donations", source: "user" });
  });

  it("lets a rule beat the provider and the dictionary", () => {
    const rules: Rule[] = [{ position: 1, categoryKey: "entertainment", counterpartyPattern: "rewe" }];
    expect(cat(rewe, { rules, providerMap: { Shopping: "shopping" } })).toEqual({ categoryKey: "entertainment", source: "rule" });
  });

  it("lets a mapped provider category beat the dictionary", () => {
    expect(cat(rewe, { rules: [], providerMap: { shopping: "shopping" } })).toEqual({ categoryKey: "shopping", source: "provider" });
  });

  it("ignores a provider category that maps to a catch-all or an unknown key", () => {
    expect(cat(rewe, { rules: [], providerMap: { Shopping: "other" } }).source).toBe("dictionary");
    expect(cat(rewe, { rules: [], providerMap: { Shopping: "no_such_key" } }).source).toBe("dictionary");
  });

  it("takes the dictionary's finer category for a known brand the bank filed under a broad one", () => {
    const providerMap = { Entertainment: "entertainment", Dining: "restaurants" };
    expect(cat({ amount: "-17.99", description: "NETFLIX.COM 866-579-7172 CA", providerCategory: "Entertainment" }, { rules: [], providerMap })).toEqual({ categoryKey: "subscriptions", source: "dictionary" });
    expect(cat({ amount: "-4.99", counterpartyName: "Disney+", description: "DISNEYPLUS LONDON GBR", providerCategory: "Entertainment" }, { rules: [], providerMap }).categoryKey).toBe("subscriptions");
    // A brand in the bank's own category, or a finer category that is not the broad one's, stays the bank's.
    expect(cat({ amount: "-24.99", description: "PLANET FITNESS 844-880-7180 NH", providerCategory: "Entertainment" }, { rules: [], providerMap })).toEqual({ categoryKey: "entertainment", source: "provider" });
    expect(cat({ amount: "-9.99", description: "NETFLIX.COM", providerCategory: "Dining" }, { rules: [], providerMap })).toEqual({ categoryKey: "restaurants", source: "provider" });
  });

  it("falls back to the dictionary without a provider map", () => {
    expect(cat(rewe)).toEqual({ categoryKey: "groceries", source: "dictionary" });
  });

  it("ignores a manual key that is not in the taxonomy", () => {
    expect(cat({ ...rewe, manualCategoryKey: "bogus" }).source).toBe("dictionary");
  });
});

describe("categorize real-looking bookings", () => {
  it.each<[string, CategorizeInput, string]>([
    ["German salary", { amount: "3120.55", counterpartyName: "ACME Software GmbH", description: "LOHN/GEHALT 10/2026" }, "salary"],
    ["salary from an employer the dictionary knows", { amount: "2890.00", counterpartyName: "Deutsche Bahn AG", description: "Gehalt Oktober" }, "salary"],
    ["UK payroll", { amount: "2450.00", counterpartyName: "WIDGETS LTD", description: "SALARY OCT" }, "salary"],
    ["rent by standing order", { amount: "-950.00", counterpartyName: "Hausverwaltung Schmidt", description: "Miete November Whg 3 OG" }, "rent"],
    ["Kaltmiete", { amount: "-720.00", counterpartyName: "Vonovia SE", description: "Kaltmiete 11/2026" }, "rent"],
    ["ATM withdrawal", { amount: "-100.00", counterpartyName: null, description: "GAA 12345 Sparkasse Berlin" }, "cash"],
    ["Bargeldauszahlung", { amount: "-50.00", transactionType: "Bargeldauszahlung", description: "Commerzbank 0029" }, "cash"],
    ["cash back at the till is cash, not groceries", { amount: "-50.00", counterpartyName: "REWE Markt", description: "Bargeldauszahlung REWE" }, "cash"],
    ["UK cash machine", { amount: "-20.00", description: "CASH WITHDRAWAL LLOYDS BANK 14OCT" }, "cash"],
    ["a card payment to a shop whose name reads like a person's (Monzo)", { amount: "-41.82", transactionType: "Card payment", counterpartyName: "La Pepa", merchant: "La Pepa", description: "RESTAURANTE LA PEPA BARCELONA ESP" }, "restaurants"],
    ["a transfer to a person naming a meal stays the person's business", { amount: "-41.82", transactionType: "Faster payment", counterpartyName: "Lena Hoffmann", description: "Restaurant Samstag" }, "other"],
    ["own transfer", { amount: "-500.00", counterpartyName: "Max Mustermann", description: "Umbuchung Tagesgeld" }, "transfers"],
    ["Übertrag back in", { amount: "500.00", counterpartyName: "Max Mustermann", description: "Übertrag vom Sparkonto" }, "transfers"],
    ["refund from a shop", { amount: "29.99", counterpartyName: "Zalando SE", description: "Rücksendung 1032" }, "refunds"],
    ["Amazon refund", { amount: "15.49", description: "AMZN Mktp DE Erstattung" }, "refunds"],
    ["refund keyword without a known shop", { amount: "12.00", counterpartyName: "Kleiner Laden", description: "Erstattung Bestellung 55" }, "refunds"],
    ["Netflix via PayPal", { amount: "-13.99", counterpartyName: "PayPal Europe S.a.r.l. et Cie S.C.A", description: "PP.4711.PP . NETFLIX INTERNATIONAL B.V., Ihr Einkauf bei NETFLIX" }, "subscriptions"],
    ["Amazon Prime beats Amazon", { amount: "-8.99", counterpartyName: "AMAZON PRIME*2T4", description: "Amazon Prime Mitgliedschaft" }, "subscriptions"],
    ["Deutsche Bahn ticket", { amount: "-79.90", counterpartyName: "DB Vertrieb GmbH", description: "Fahrkarte 1234567" }, "transport"],
    ["TfL contactless", { amount: "-8.10", description: "TFL TRAVEL CH TFL.GOV.UK/CP" }, "transport"],
    ["Uber Eats is food, Uber is a ride", { amount: "-24.30", description: "UBER *EATS HELP.UBER.COM" }, "restaurants"],
    ["Uber ride", { amount: "-14.20", description: "UBER *TRIP HELP.UBER.COM" }, "transport"],
    ["petrol", { amount: "-65.01", counterpartyName: "ARAL Station 286", description: "Kartenzahlung" }, "fuel"],
    ["US grocery", { amount: "-54.12", description: "WHOLEFDS MKT 10234 AUSTIN TX" }, "groceries"],
    ["US gas", { amount: "-40.00", description: "CHEVRON 0092341 SAN JOSE CA" }, "fuel"],
    ["UK supermarket", { amount: "-31.20", description: "SAINSBURYS S/MKT LONDON" }, "groceries"],
    ["pharmacy", { amount: "-8.45", counterpartyName: "Löwen-Apotheke", description: "Kartenzahlung" }, "health"],
    ["insurance", { amount: "-45.10", counterpartyName: "HUK-COBURG Allgemeine Versicherung AG", description: "Beitrag Kfz 2026" }, "insurance"],
    ["generic insurance", { amount: "-9.10", counterpartyName: "Haftpflichtkasse VVaG", description: "Haftpflichtversicherung Beitrag" }, "insurance"],
    ["tax", { amount: "-312.00", counterpartyName: "Finanzamt Köln-Mitte", description: "ESt 2025" }, "taxes"],
    ["tax refund", { amount: "845.20", counterpartyName: "Finanzamt Köln-Mitte", description: "Erstattung ESt 2025" }, "refunds"],
    ["broadcast fee", { amount: "-55.08", counterpartyName: "Rundfunk ARD, ZDF, DRadio", description: "Beitragsnummer 123" }, "taxes"],
    ["account fee", { amount: "-4.95", counterpartyName: null, description: "Entgelt Kontoführung" }, "fees"],
    ["savings plan", { amount: "-200.00", counterpartyName: "Trade Republic Bank GmbH", description: "Sparplan" }, "savings"],
    ["unknown expense", { amount: "-12.00", counterpartyName: "Herr Meier", description: "Danke fürs Auslegen" }, "other"],
    ["unknown income", { amount: "12.00", counterpartyName: "Herr Meier", description: "Danke fürs Auslegen" }, "income_other"],
    ["über is not Uber", { amount: "-30.00", counterpartyName: "Anna", description: "Zahlung über PayPal" }, "other"],
    ["salary word in an outgoing payment is not salary", { amount: "-300.00", counterpartyName: "Putzhilfe", description: "Lohn Oktober" }, "other"],
  ])("%s", (_name, tx, expected) => {
    expect(cat(tx).categoryKey).toBe(expected);
  });

  it("reports which step decided", () => {
    expect(cat({ amount: "-100.00", description: "GAA 12345" }).source).toBe("fallback");
    expect(cat({ amount: "-1.00", description: "Netflix" }).source).toBe("dictionary");
  });
});

describe("categorize: transfers, MCC and real-life payments", () => {
  const own = { rules: [] as Rule[], ownIbans: new Set(["DE89370400440532013000"]) };

  it("makes a payment to one of the person's own IBANs a transfer, however it is written", () => {
    const tx = { amount: "-400.00", counterpartyName: "Alex Beispiel", counterpartyIban: "de89 3704 0044 0532 0130 00", description: "Miete" };
    expect(cat(tx, own)).toEqual({ categoryKey: "transfers", source: "fallback" });
    expect(cat({ ...tx, counterpartyIban: "DE02120300000000202051" }, own).categoryKey).toBe("rent");
  });

  it("lets a rule still beat an own IBAN", () => {
    const rules: Rule[] = [{ position: 1, categoryKey: "savings", counterpartyPattern: "alex" }];
    expect(cat({ amount: "-400.00", counterpartyName: "Alex", counterpartyIban: "DE89370400440532013000" }, { ...own, rules }).categoryKey).toBe("savings");
  });

  it.each<[string, CategorizeInput, string]>([
    ["comdirect card bill", { amount: "-812.40", transactionType: "Visa-Kartenabrechnung", description: "Kreditkartenabrechnung 10/2026" }, "transfers"],
    ["DKB card settlement", { amount: "-300.00", description: "Ausgleich Kreditkarte gem. Abrechnung v. 30.10.26" }, "transfers"],
    ["US card payment", { amount: "1200.00", description: "AUTOPAY PAYMENT - THANK YOU" }, "transfers"],
    ["Amex payment from checking", { amount: "-950.00", description: "AMEX EPAYMENT ACH PMT" }, "transfers"],
    ["Tagesgeld move", { amount: "-1000.00", counterpartyName: "Alex Beispiel", description: "Tagesgeld" }, "transfers"],
    ["comdirect's generic transfer type is not an own transfer", { amount: "-950.00", transactionType: "Übertrag / Überweisung", counterpartyName: "Hausverwaltung Krause", description: "Miete 11/2026" }, "rent"],
    ["rent to a housing company", { amount: "-780.00", counterpartyName: "Wohnungsbau GmbH Nord", description: "Zahlung 11/2026" }, "rent"],
    ["standing order of a rent-sized amount", { amount: "-850.00", transactionType: "Dauerauftrag", counterpartyName: "K. Schneider" }, "rent"],
    ["a small standing order is not rent", { amount: "-15.00", transactionType: "Dauerauftrag", counterpartyName: "K. Schneider" }, "other"],
    ["Nebenkosten", { amount: "-120.00", counterpartyName: "Erika Musterfrau", description: "Nebenkosten" }, "utilities"],
    ["electricity instalment", { amount: "-64.00", counterpartyName: "Regionalversorger Nord", description: "Abschlag Strom 11/2026" }, "utilities"],
    ["Vapiano", { amount: "-23.80", counterpartyName: "VAPIANO//BERLIN/DE" }, "restaurants"],
    ["Pizzeria Da Mario", { amount: "-31.50", counterpartyName: "PIZZERIA DA MARIO//KOELN/DE" }, "restaurants"],
    ["Döner by keyword", { amount: "-7.50", description: "Kartenzahlung DOENER PALAST. 1234//Berlin" }, "restaurants"],
    ["gym", { amount: "-24.90", counterpartyName: "McFIT GmbH", description: "Mitgliedsbeitrag" }, "entertainment"],
    ["broadcasting fee", { amount: "-55.08", counterpartyName: "ARD ZDF Deutschlandradio Beitragsservice" }, "taxes"],
    ["payroll in the US", { amount: "3120.00", description: "ACME CORP DES:PAYROLL ID:XXXXX00000 INDN:JANE DOE CO ID:XXXXX00000 PPD" }, "salary"],
    ["Bezüge", { amount: "2890.00", counterpartyName: "Land Berlin", description: "Bezüge 11/2026" }, "salary"],
    ["refund from a shop", { amount: "19.99", description: "AMZN Mktp DE*2K3L45 Erstattung" }, "refunds"],
    ["Revolut card refund", { amount: "12.00", transactionType: "Card Refund", description: "Kleiner Laden" }, "refunds"],
    ["ATM abroad", { amount: "-100.00", description: "CASH WITHDRAWAL LONDON GBR" }, "cash"],
    ["an ATM fee is a fee", { amount: "-2.50", description: "ATM FEE" }, "fees"],
  ])("%s", (_name, tx, expected) => {
    expect(cat(tx).categoryKey).toBe(expected);
  });

  it("uses the MCC when nothing more specific decides, after the dictionary and before keywords", () => {
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "5411" })).toEqual({ categoryKey: "groceries", source: "fallback" });
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "6011" }).categoryKey).toBe("cash");
    // Ambulance services (4119) are care, not a ride; medical supplies (5047), hearing aids (5975) and orthopaedic goods (5976) too.
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "4119" }).categoryKey).toBe("health");
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "4121" }).categoryKey).toBe("transport");
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "5047" }).categoryKey).toBe("health");
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "5975" }).categoryKey).toBe("health");
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "5976" }).categoryKey).toBe("health");
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "5999" }).categoryKey).toBe("shopping");
    expect(cat({ amount: "-12.00", description: "REWE", mcc: "5812" })).toEqual({ categoryKey: "groceries", source: "dictionary" });
    expect(cat({ amount: "12.00", description: "KLEINER LADEN", mcc: "5411" }).categoryKey).toBe("refunds");
    expect(cat({ amount: "-12.00", description: "KLEINER LADEN", mcc: "abcd" }).categoryKey).toBe("other");
  });

  it("keeps the provider's category above the dictionary, keywords and MCC", () => {
    expect(cat({ amount: "-12.00", description: "Miete", mcc: "5411", providerCategory: "Shopping" }, { rules: [], providerMap: { Shopping: "shopping" } }).source).toBe("provider");
  });
});

describe("a franchise supermarket at a card terminal", () => {
  it("files CCV*PLUS <owner> under groceries, and a PLUS account fee not", () => {
    expect(cat({ amount: "-23.40", counterpartyName: "CCV*PLUS VERMEULEN", description: "CCV*PLUS VERMEULEN UTRECHT, NL" })).toEqual({ categoryKey: "groceries", source: "dictionary" });
    expect(cat({ amount: "-4.95", counterpartyName: "PLUS ACCOUNT FEE" }).categoryKey).not.toBe("groceries");
  });
});

describe("money through a person-to-person rail", () => {
  const payout = { amount: "27.75", counterpartyName: "AAB INZ TIKKIE", description: "Tikkie ID 123456789012, Pizza avond, Van Sem Jansen, NL44INGB0001234567", transactionType: "Overschrijving" };
  const request = { amount: "-12.50", counterpartyName: "Tikkie", description: "1234567890123456 Tikkie ID 123456789012 Bioscoop Lisa Bakker Via Tikkie", transactionType: "iDEAL" };

  it("labels ABN AMRO's Tikkie payout and a paid Tikkie as one merchant, Tikkie", () => {
    expect(merchantName(payout)).toBe("Tikkie");
    expect(merchantName(request)).toBe("Tikkie");
  });

  it("files a friend settling up through Tikkie or Zelle as income, not as a shop's refund", () => {
    expect(cat({ ...payout, merchant: merchantName(payout) }).categoryKey).toBe("income_other");
    expect(cat({ amount: "40.00", counterpartyName: "Zelle from John Smith" }).categoryKey).toBe("income_other");
    expect(cat({ ...request, merchant: merchantName(request) }).categoryKey).toBe("other");
  });

  it("files a Venmo cash-out as the person's own money moving: the friend paid into Venmo, the cash-out moves the balance to the bank", () => {
    expect(cat({ amount: "40.00", counterpartyName: "VENMO CASHOUT", description: "Venmo from John Smith" }).categoryKey).toBe("transfers");
  });
});

describe("Dutch household words", () => {
  it.each([
    [{ amount: "-130.00", counterpartyName: "CZ Zorgverzekeraar", description: "Zorgpremie maart 2026" }, "insurance"],
    [{ amount: "-156.30", counterpartyName: "Onbekende Verzekeraar", description: "Premie maart" }, "insurance"],
    [{ amount: "-48.70", counterpartyName: "BghU", description: "Aanslag gemeentelijke belastingen 2026 termijn 1" }, "taxes"],
    [{ amount: "-62.00", counterpartyName: "Belastingkantoor Regio", description: "Afvalstoffenheffing 2026" }, "taxes"],
    [{ amount: "-90.00", counterpartyName: "Belastingkantoor Regio", description: "OZB 2026 aanslagnummer 1234" }, "taxes"],
  ])("files %j under %s", (tx, key) => {
    expect(cat(tx).categoryKey).toBe(key);
  });
});
