// Amex's day-first full CSV names no currency: a German card's file (GERMANY in
// Country) must not come out in pounds, and the person can still say otherwise.
import { describe, expect, it } from "vitest";
import { parseStatementFile, withFileCurrency } from "../../../connectors/file-import/index.ts";
import { currencyOfCountries } from "../../../connectors/file-import/currency-guess.ts";

const HEADER = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,Town/City,Postcode,Country,Reference,Category";
const row = (date: string, desc: string, amount: string, town: string, postcode: string, country: string, ref: string) =>
  `${date},${desc},ANNA BERGER,-41007,${amount},,${desc},,${town},${postcode},${country},'${ref}',Restaurant-Restaurant`;

function file(...rows: string[]): Uint8Array {
  return Buffer.from(`${[HEADER, ...rows].join("\r\n")}\r\n`);
}

const german = file(
  row("12/09/2026", "VAPIANO BONN", "42.10", "BONN", "53111", "GERMANY", "320261"),
  row("13/09/2026", "L'OSTERIA BONN", "55.00", "BONN", "53113", "GERMANY", "320262"),
  row("12/09/2026", "SPOTIFY P3F9A1C2B7 STOCKHOLM", "17.99", "STOCKHOLM", "", "", "320263"),
  row("20/09/2026", "LUFTHANSA FRANKFURT", "1312.40", "FRANKFURT", "60549", "GERMANY", "320264"),
  row("22/09/2026", "PRET A MANGER LONDON", "8.20", "LONDON", "", "UNITED KINGDOM", "320265"),
);

describe("the currency of an Amex day-first CSV", () => {
  it("follows the country most purchases were made in, not the layout's pounds", () => {
    const s = parseStatementFile({ fileName: "activity.csv", content: german, defaultCurrency: "EUR" });
    expect(s.profile).toBe("amex-uk");
    expect(s.account.currency).toBe("EUR");
    expect(new Set(s.transactions.map((t) => t.currency))).toEqual(new Set(["EUR"]));
    expect(s.currencyGuess).toEqual({ currency: "EUR", reason: "addresses", country: "DE", others: ["GBP"] });
  });

  it("reads a UK card's file as pounds for a person whose currency is the euro", () => {
    const uk = file(row("02/09/2026", "TESCO STORES 3021 LONDON", "24.50", "LONDON", "SE1 7PB", "UNITED KINGDOM", "1"), row("03/09/2026", "NETFLIX", "9.99", "", "", "", "2"));
    const s = parseStatementFile({ fileName: "activity.csv", content: uk, defaultCurrency: "EUR" });
    expect(s.account.currency).toBe("GBP");
    expect(s.currencyGuess).toEqual({ currency: "GBP", reason: "addresses", country: "GB", others: ["EUR"] });
  });

  it("takes the person's currency when no row names a country, and offers pounds", () => {
    const bare = file(row("02/09/2026", "AMAZON.DE", "24.50", "AMAZON.DE", "", "", "1"));
    const s = parseStatementFile({ fileName: "activity.csv", content: bare, defaultCurrency: "EUR" });
    expect(s.account.currency).toBe("EUR");
    expect(s.currencyGuess).toEqual({ currency: "EUR", reason: "yours", others: ["GBP"] });
    const gbpPerson = parseStatementFile({ fileName: "activity.csv", content: bare, defaultCurrency: "GBP" });
    expect(gbpPerson.currencyGuess).toEqual({ currency: "GBP", reason: "yours", others: [] });
  });

  it("is read again in the currency the person picks, amounts untouched", () => {
    const s = withFileCurrency(parseStatementFile({ fileName: "activity.csv", content: german, defaultCurrency: "EUR" }), "GBP");
    expect(s.account.currency).toBe("GBP");
    expect(s.transactions.map((t) => [t.amount, t.currency])).toEqual([
      ["-42.10", "GBP"],
      ["-55.00", "GBP"],
      ["-17.99", "GBP"],
      ["-1312.40", "GBP"],
      ["-8.20", "GBP"],
    ]);
    expect(s.currencyGuess).toEqual({ currency: "GBP", reason: "chosen", others: ["EUR"] });
    // Back again, from the button the chosen preview offers.
    expect(withFileCurrency(s, "EUR").account.currency).toBe("EUR");
  });

  it("keeps a currency the guess did not offer, and a file that states its own", () => {
    const s = parseStatementFile({ fileName: "activity.csv", content: german, defaultCurrency: "EUR" });
    expect(withFileCurrency(s, "USD")).toBe(s);
    const ofx = parseStatementFile({ fileName: "a.csv", content: Buffer.from("Buchungstag;Wertstellung;Umsatzart;Buchungstext;Betrag;Währung;IBAN Kontoinhaber;Kategorie\r\n01.09.2026;01.09.2026;Lastschrift;X;-1;EUR;DE02380400070312456700;\r\n") });
    expect(ofx.currencyGuess).toBeUndefined();
    expect(withFileCurrency(ofx, "GBP")).toBe(ofx);
  });

  it("lets a holiday abroad not outvote home: a currency needs more than half of the rows naming a country", () => {
    expect(currencyOfCountries(["GERMANY", "GERMANY", "FRANCE", "UNITED KINGDOM", ""])).toEqual({ currency: "EUR", country: "DE" });
    expect(currencyOfCountries(["UNITED KINGDOM", "GERMANY"])).toBeNull();
    // At exactly half, the layout's own currency wins: a UK card's Amazon.co.uk rows name Luxembourg.
    expect(currencyOfCountries(["UNITED KINGDOM", "LUXEMBOURG", ""], "GBP")).toEqual({ currency: "GBP", country: "GB" });
    expect(currencyOfCountries(["UNITED KINGDOM", "FRANCE"], "USD")).toBeNull();
    // Amazon EU and Apple bill from Luxembourg and Ireland: beside a home country they do not outvote it.
    expect(currencyOfCountries(["LUXEMBOURG", "LUXEMBOURG", "IRELAND", "UNITED KINGDOM"], "GBP")).toEqual({ currency: "GBP", country: "GB" });
    expect(currencyOfCountries(["IRELAND", "IRELAND"], "GBP")).toEqual({ currency: "EUR", country: "IE" });
    expect(currencyOfCountries(["UNITED STATES OF AMERICA", "USA", "GERMANY"])).toEqual({ currency: "USD", country: "US" });
    expect(currencyOfCountries(["ATLANTIS", "ATLANTIS", "GERMANY"])).toBeNull();
    expect(currencyOfCountries(["", ""])).toBeNull();
  });
});
