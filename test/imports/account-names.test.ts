// How imported accounts are named and found again: by bank and kind, the
// currency only where it tells accounts apart, the last four digits of a
// Chase export's file name and the Girokonto number of a comdirect one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { fixture, importUser } from "./helpers.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

const USD = { currency: "USD" };
const EUR = { currency: "EUR" };
const names = async (userId: string) => (await tdb.db.account.findMany({ where: { userId }, orderBy: { createdAt: "asc" } })).map((a) => a.name);

describe("naming imported accounts", () => {
  it("names US accounts by bank and kind, and a Chase export carries the last four digits of its file name", async () => {
    const { userId, imports } = await importUser(tdb);
    const preview = await imports.analyse(userId, "Chase4417_Activity_20261128.CSV", await fixture("banks-intl/chase-checking.csv"), USD);
    expect(preview).toMatchObject({ parts: [{ accountName: "Chase checking", accountId: "•••• 4417" }] });
    await imports.commit(userId, "Chase4417_Activity_20261128.CSV", await fixture("banks-intl/chase-checking.csv"), USD);
    await imports.commit(userId, "2026-11-28_transaction_download.csv", await fixture("banks-intl/capital-one.csv"), USD);
    expect(await names(userId)).toEqual(["Chase checking", "Capital One card"]);
  });

  it("a second account of the same bank and kind says its number, one in another currency its currency", async () => {
    const { userId, imports } = await importUser(tdb);
    const chase = await fixture("banks-intl/chase-checking.csv");
    await imports.commit(userId, "Chase4417_Activity_20261128.CSV", chase, USD);
    const other = Buffer.from(chase.toString("utf8").replace(/(\d\d\/\d\d)\/2026/g, "$1/2025"));
    await imports.commit(userId, "Chase9021_Activity_20251128.CSV", other, USD);
    await imports.commit(userId, "monzo.csv", await fixture("banks-intl/monzo.csv"), { currency: "GBP" });
    expect(await names(userId)).toEqual(["Chase checking", "Chase checking (•••• 9021)", "Monzo GBP"]);
  });

  it("an export imported before without its number is found again once the file name gives it", async () => {
    const { userId, imports } = await importUser(tdb);
    const chase = await fixture("banks-intl/chase-checking.csv");
    await imports.commit(userId, "activity.csv", chase, USD);
    const again = await imports.commit(userId, "Chase4417_Activity_20261128.CSV", chase, USD);
    expect(again).toMatchObject({ added: 0, accounts: [{ created: false }] });
    expect(await names(userId)).toEqual(["Chase checking"]);
  });

  // comdirect's sections name only their product; the export's file name carries the Girokonto's number
  // ("umsaetze_<Kontonummer>_<day>.csv"), so a later export lands in the same accounts, rows in common or not.
  it("a comdirect export is known by the Girokonto number of its file name, the Visa section under it", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "umsaetze_0123456700_20231006.csv", comdirect("05.10.2023", "AA01"), EUR);
    const later = await imports.analyse(userId, "umsaetze_0123456700_20231106.csv", comdirect("05.11.2023", "BB02"), EUR);
    expect(later).toMatchObject({
      parts: [
        { accountName: "comdirect Girokonto", accountId: "•••• 6700", isNew: false, new: 1, choosable: false },
        { accountName: "comdirect Visa-Karte (Kreditkarte)", accountId: null, isNew: false, new: 1, choosable: false },
      ],
    });
    // Another customer's export is other accounts.
    const other = await imports.analyse(userId, "umsaetze_0555555500_20231106.csv", comdirect("05.11.2023", "BB02"), EUR);
    expect(other).toMatchObject({ parts: [{ isNew: true }, { isNew: true }] });
  });

  it("comdirect accounts imported before without the number are found by their rows, then keep the number", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "umsaetze.csv", comdirect("05.10.2023", "AA01"), EUR);
    const again = await imports.analyse(userId, "umsaetze_0123456700_20231006.csv", comdirect("05.10.2023", "AA01"), EUR);
    expect(again).toMatchObject({ parts: [{ accountId: "•••• 6700", isNew: false, choosable: false }, { isNew: false, choosable: false }] });
    await imports.commit(userId, "umsaetze_0123456700_20231006.csv", comdirect("05.10.2023", "AA01"), EUR);
    // No row in common with what is stored: only the number finds the accounts now.
    const done = await imports.commit(userId, "umsaetze_0123456700_20231106.csv", comdirect("05.11.2023", "BB02"), EUR);
    expect(done).toMatchObject({ added: 2, accounts: [{ created: false }, { created: false }] });
    expect(await names(userId)).toEqual(["comdirect Girokonto", "comdirect Visa-Karte (Kreditkarte)"]);
  });

  // An American Express US export (bank-formats.md §1.4) names a Card Member and an "Account #" ("-71002") on each row.
  // Decision: that number ends the card a row was charged to; an additional card member's card has its own ending but
  // is charged to the same account (one statement, one payment, which the basic card member's rows carry). So one
  // export is one account: it gets one account, known by all its cards and named after neither member nor card, and
  // a later export with only one member's rows (or a new additional card) finds it by any card they share. Cards of
  // two separate accounts never share an ending within a bank, so those stay apart.
  it("an American Express export with two card members is one account, named after neither, and found again by either card", async () => {
    const { userId, imports } = await importUser(tdb);
    const both = amexUs([["11/28/2026", "SAM RIVERA", "-71010", "13.17"], ["11/27/2026", "JORDAN LEE", "-71002", "42.10"], ["11/20/2026", "JORDAN LEE", "-71002", "-310.00"]]);
    const preview = await imports.analyse(userId, "activity.csv", both, USD);
    expect(preview).toMatchObject({ parts: [{ accountName: "American Express card", accountId: null, isNew: true, total: 3 }] });
    await imports.commit(userId, "activity.csv", both, USD);
    // A later export whose newest row is the other member's, one with Jordan's card alone, one with Sam's alone.
    const later = [
      [["12/28/2026", "JORDAN LEE", "-71002", "20.00"], ["12/27/2026", "SAM RIVERA", "-71010", "9.99"]],
      [["01/05/2027", "JORDAN LEE", "-71002", "55.00"]],
      [["02/05/2027", "SAM RIVERA", "-71010", "7.25"]],
    ] as const;
    for (const rows of later) {
      const done = await imports.commit(userId, "activity.csv", amexUs(rows), USD);
      expect(done, JSON.stringify(rows)).toMatchObject({ accounts: [{ name: "American Express card", created: false }] });
    }
    // Another Amex account is another card number: an account of its own.
    await imports.commit(userId, "activity.csv", amexUs([["03/01/2027", "JORDAN LEE", "-83005", "99.00"]]), USD);
    expect(await names(userId)).toEqual(["American Express card", "American Express card (•••• 3005)"]);
    const card = await tdb.db.account.findFirstOrThrow({ where: { userId, name: "American Express card" } });
    expect(await tdb.db.transaction.count({ where: { accountId: card.id } })).toBe(3 + later.flat().length);
  });
});

/** A comdirect export (bank-formats.md §1.1): a Girokonto and a Visa section with one booked row each. */
function comdirect(day: string, ref: string): Buffer {
  const q = (cells: string[]) => `${cells.map((c) => `"${c}"`).join(";")};`;
  const lines = [
    ";",
    q(["Umsätze Girokonto", "Zeitraum: 30 Tage"]),
    q(["Neuer Kontostand", "100,00 EUR"]),
    "",
    q(["Buchungstag", "Wertstellung (Valuta)", "Vorgang", "Buchungstext", "Umsatz in EUR"]),
    q([day, day, "Lastschrift / Belastung", `Auftraggeber: ACME Energie GmbH Buchungstext: Abschlag Ref. ${ref}/1`, "-40,00"]),
    "",
    q(["Alter Kontostand", "140,00 EUR"]),
    "",
    q(["Umsätze Visa-Karte (Kreditkarte)", "Zeitraum: 30 Tage"]),
    q(["Neuer Kontostand", "-20,00 EUR"]),
    "",
    q(["Buchungstag", "Umsatztag", "Vorgang", "Referenz", "Buchungstext", "Umsatz in EUR"]),
    q([day, day, "Visa-Umsatz", `${ref}99`, "SHELL 1234 MUSTERSTADT", "-20,00"]),
    "",
    q(["Alter Kontostand", "0,00 EUR"]),
    "",
  ];
  return Buffer.from(lines.join("\r\n"), "latin1");
}

/** An American Express US export, full layout (bank-formats.md §1.4): charges positive; rows are [date, member, account #, amount]. */
function amexUs(rows: readonly (readonly [string, string, string, string])[]): Buffer {
  const header = "Date,Description,Card Member,Account #,Amount,Extended Details,Appears On Your Statement As,Address,City/State,Zip Code,Country,Reference,Category";
  const lines = rows.map(([date, member, card, amount], i) => {
    const payment = amount.startsWith("-");
    const text = payment ? "ONLINE PAYMENT - THANK YOU" : `MERCHANT ${date.replaceAll("/", "")} ${i}`;
    return [date, text, member, card, amount, "", text, "", "", "", payment ? "" : "UNITED STATES", `'3202${date.replaceAll("/", "")}${i}'`, payment ? "" : "Merchandise & Supplies-Internet Purchase"].join(",");
  });
  return Buffer.from([header, ...lines].join("\n") + "\n", "utf8");
}
