// Held-out acceptance: people export the same account every week or so, and
// each export overlaps the last one. Rows that were pending ("offen",
// "Vorgemerkt") in one export come back booked in the next, with a booking
// date and often a longer text. After both imports every purchase must be
// there exactly once, booked, and the sum must be what the bank shows.
// Files written from shared/bank-formats.md (comdirect, DKB new banking),
// not from the parsers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { importUser } from "../imports/helpers.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

const EUR = { currency: "EUR" };
/** comdirect exports ISO-8859-1, every line ending in ";". */
const latin1 = (lines: string[]) => Buffer.from(lines.join("\r\n") + "\r\n", "latin1");
const utf8bom = (lines: string[]) => Buffer.from("\uFEFF" + lines.join("\n") + "\n", "utf8");

const COMDIRECT_HEADER = '"Buchungstag";"Wertstellung (Valuta)";"Vorgang";"Buchungstext";"Umsatz in EUR";';
const comdirectWeek1 = latin1([
  ";",
  '"Umsätze Girokonto";"Zeitraum: 01.10.2023 - 06.10.2023";',
  '"Neuer Kontostand";"1.191,35 EUR";',
  "",
  COMDIRECT_HEADER,
  '"offen";"--";"Kartenverfügung";"Kto/IBAN: 1234567890  Buchungstext: CAFE BEISPIEL//BERLIN/DE 2023-10-06T17:43:43 ";"-4,80";',
  '"05.10.2023";"05.10.2023";"Lastschrift / Belastung";"Auftraggeber: ACME Energie GmbH Buchungstext: Abschlag Okt 2023-10-05T18:54:23 Ref. ZZ0000000001/0815";"-40,01";',
  '"02.10.2023";"02.10.2023";"Übertrag / Überweisung";"Empfänger: Wohnbau Nord GmbHKto/IBAN: DE02100100100006820101 BLZ/BIC: PBNKDEFFXXX Buchungstext: Miete 10/2023 Ref. ZZ0000000002/0001";"-780,00";',
  "",
  '"Alter Kontostand";"2.011,36 EUR";',
]);
const comdirectWeek2 = latin1([
  ";",
  '"Umsätze Girokonto";"Zeitraum: 01.10.2023 - 13.10.2023";',
  '"Neuer Kontostand";"1.167,26 EUR";',
  "",
  COMDIRECT_HEADER,
  '"11.10.2023";"11.10.2023";"Kartenverfügung";" Buchungstext: REWE Markt GmbH//Berlin/DE 2023-10-10T12:01:09 Ref. ZZ0000000004/0815";"-19,29";',
  '"09.10.2023";"06.10.2023";"Kartenverfügung";"Kto/IBAN: 1234567890  Buchungstext: CAFE BEISPIEL//BERLIN/DE 2023-10-06T17:43:43 Ref. ZZ0000000003/0815";"-4,80";',
  '"05.10.2023";"05.10.2023";"Lastschrift / Belastung";"Auftraggeber: ACME Energie GmbH Buchungstext: Abschlag Okt 2023-10-05T18:54:23 Ref. ZZ0000000001/0815";"-40,01";',
  '"02.10.2023";"02.10.2023";"Übertrag / Überweisung";"Empfänger: Wohnbau Nord GmbHKto/IBAN: DE02100100100006820101 BLZ/BIC: PBNKDEFFXXX Buchungstext: Miete 10/2023 Ref. ZZ0000000002/0001";"-780,00";',
  "",
  '"Alter Kontostand";"2.011,36 EUR";',
]);

const DKB_HEADER = '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";"Kundenreferenz"';
const dkbPreamble = (balanceDate: string, balance: string) => [
  '"Girokonto";"DE02120300000000202051"',
  '""',
  `"Kontostand vom ${balanceDate}:";"${balance}"`,
  '""',
  DKB_HEADER,
];
const dkbWeek1 = utf8bom([
  ...dkbPreamble("22.01.2024", "2.468,28 €"),
  '"22.01.24";"";"Vorgemerkt";"ISSUER";"Netto Marken-Discount    Musterstadt    DE";"2024-01-20T08:53 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)";"Ausgang";"DE00123456780000000003";"-7,02";"";"";"000000000000002"',
  '"15.01.24";"15.01.24";"Gebucht";"ISSUER";"EDEKA//MUENCHEN/DE";"2024-01-14 Debitk.99 VISA Debit";"Ausgang";"DE00123456780000000002";"-8,67";"";"";"000000000000001"',
  '"01.01.24";"01.01.24";"Gebucht";"ACME GmbH";"Max Mustermann";"Lohn und Gehalt";"Eingang";"DE00123456780000000001";"2.500";"";"";""',
]);
const dkbWeek2 = utf8bom([
  ...dkbPreamble("29.01.2024", "2.432,36 €"),
  '"26.01.24";"";"Vorgemerkt";"ISSUER";"dm-drogerie markt    Musterstadt    DE";"2024-01-25T17:20 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)";"Ausgang";"DE00123456780000000004";"-28,90";"";"";"000000000000003"',
  '"23.01.24";"22.01.24";"Gebucht";"ISSUER";"Netto Marken-Discount    Musterstadt    DE";"2024-01-20T08:53 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)";"Ausgang";"DE00123456780000000003";"-7,02";"";"";"000000000000002"',
  '"15.01.24";"15.01.24";"Gebucht";"ISSUER";"EDEKA//MUENCHEN/DE";"2024-01-14 Debitk.99 VISA Debit";"Ausgang";"DE00123456780000000002";"-8,67";"";"";"000000000000001"',
  '"01.01.24";"01.01.24";"Gebucht";"ACME GmbH";"Max Mustermann";"Lohn und Gehalt";"Eingang";"DE00123456780000000001";"2.500";"";"";""',
]);

async function rows(userId: string) {
  const txs = await tdb.db.transaction.findMany({ where: { userId }, orderBy: [{ bookingDate: "asc" }, { amount: "asc" }] });
  return txs.map((t) => ({ date: t.bookingDate.toISOString().slice(0, 10), amount: t.amount.toFixed(2), status: t.status }));
}

describe("weekly exports that overlap", () => {
  it("comdirect: the pending card payment of last week's export is booked in this week's, and is kept once", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "umsaetze_1.csv", comdirectWeek1, EUR);
    expect((await rows(userId)).filter((r) => r.status === "PENDING")).toHaveLength(1);

    await imports.commit(userId, "umsaetze_2.csv", comdirectWeek2, EUR);
    const after = await rows(userId);
    expect(after).toEqual([
      { date: "2023-10-02", amount: "-780.00", status: "BOOKED" },
      { date: "2023-10-05", amount: "-40.01", status: "BOOKED" },
      { date: "2023-10-09", amount: "-4.80", status: "BOOKED" },
      { date: "2023-10-11", amount: "-19.29", status: "BOOKED" },
    ]);
    // Independently: 2,011.36 at the start minus the four payments is the new balance the bank states.
    expect(201136 - 78000 - 4001 - 480 - 1929).toBe(116726);
    expect(await tdb.db.account.count({ where: { userId } })).toBe(1);
  });

  it("DKB: a 'Vorgemerkt' row booked a day later replaces itself, and the next pending row stays pending", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "Umsatzliste_1.csv", dkbWeek1, EUR);
    await imports.commit(userId, "Umsatzliste_2.csv", dkbWeek2, EUR);
    expect(await rows(userId)).toEqual([
      { date: "2024-01-01", amount: "2500.00", status: "BOOKED" },
      { date: "2024-01-15", amount: "-8.67", status: "BOOKED" },
      { date: "2024-01-23", amount: "-7.02", status: "BOOKED" },
      { date: "2024-01-26", amount: "-28.90", status: "PENDING" },
    ]);
    const balances = await tdb.db.balanceSnapshot.findMany({ where: { userId }, orderBy: { asOf: "asc" } });
    expect(balances.map((b) => b.amount.toFixed(2))).toEqual(["2468.28", "2432.36"]);
  });

  it("importing last week's file again after this week's does not bring the pending row back", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "umsaetze_1.csv", comdirectWeek1, EUR);
    await imports.commit(userId, "umsaetze_2.csv", comdirectWeek2, EUR);
    expect(await imports.analyse(userId, "umsaetze_1.csv", comdirectWeek1, EUR)).toMatchObject({ newTotal: 0, parts: [{ existing: 3 }] });
    await imports.commit(userId, "umsaetze_1.csv", comdirectWeek1, EUR);
    const after = await rows(userId);
    expect(after.filter((r) => r.amount === "-4.80")).toEqual([{ date: "2023-10-09", amount: "-4.80", status: "BOOKED" }]);
    expect(after).toHaveLength(4);
  });
});
