// A second export that overlaps the first: the preview and the import classify
// every row the same way (brand new / a pending row now booked / already
// known), so the confirmation never contradicts the number the preview promised.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { importUser } from "./helpers.ts";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(async () => {
  await tdb?.drop();
});

const EUR = { currency: "EUR" };
const dkb = (balanceDate: string, rows: string[]) =>
  Buffer.from(
    "\uFEFF" +
      [
        '"Girokonto";"DE02120300000000202051"',
        '""',
        `"Kontostand vom ${balanceDate}:";"1.000 €"`,
        '""',
        '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";"Kundenreferenz"',
        ...rows,
      ].join("\n") +
      "\n",
    "utf8",
  );
const row = (date: string, status: "Gebucht" | "Vorgemerkt", payee: string, purpose: string, amount: string) =>
  `"${date}";"${status === "Gebucht" ? date : ""}";"${status}";"Jonas Petersen";"${payee}";"${purpose}";"Ausgang";"DE00123456780000000002";"${amount}";"";"";""`;

const salary = '"01.06.26";"01.06.26";"Gebucht";"ACME GmbH";"Jonas Petersen";"Lohn und Gehalt";"Eingang";"DE00123456780000000001";"2.500";"";"";""';
const first = dkb("10.06.2026", [
  row("09.06.26", "Vorgemerkt", "ARAL STATION 141726125    Hamburg    DE", "2026-06-09T17:43 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS)", "-150"),
  row("09.06.26", "Vorgemerkt", "EDEKA//HAMBURG/DE", "2026-06-09 Debitk.99 VISA Debit", "-31,2"),
  row("05.06.26", "Gebucht", "LIDL SAGT DANKE    Hamburg    DE", "2026-06-04 Debitk.99 VISA Debit", "-12,5"),
  salary,
]);
// The pump's 150.00 hold booked as 62.37, the EDEKA row booked at its amount, one purchase brand new.
const second = dkb("14.06.2026", [
  row("13.06.26", "Gebucht", "REWE Markt GmbH", "2026-06-12 Debitk.99 VISA Debit", "-18,9"),
  row("11.06.26", "Gebucht", "ARAL STATION 141726125    Hamburg    DE", "2026-06-09T17:43 Debitk. 0 2099-12 Zahl.System VISA De bit     (POS) booked", "-62,37"),
  row("10.06.26", "Gebucht", "EDEKA//HAMBURG/DE", "2026-06-09 Debitk.99 VISA Debit", "-31,2"),
  row("05.06.26", "Gebucht", "LIDL SAGT DANKE    Hamburg    DE", "2026-06-04 Debitk.99 VISA Debit", "-12,5"),
  salary,
]);

describe("counting an export that overlaps the last one", () => {
  it("previews brand-new rows apart from pending rows now booked, and the import confirms exactly those numbers", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "Umsatzliste_1.csv", first, EUR);

    const preview = await imports.analyse(userId, "Umsatzliste_2.csv", second, EUR);
    expect(preview).toMatchObject({ kind: "preview", newTotal: 1, bookedTotal: 2, parts: [{ total: 5, new: 1, existing: 4, booked: 2 }] });
    const done = await imports.commit(userId, "Umsatzliste_2.csv", second, EUR);
    expect(done).toMatchObject({ added: 1, booked: 2, removed: 0 });

    const txs = await tdb.db.transaction.findMany({ where: { userId }, orderBy: { amount: "asc" } });
    expect(txs.map((t) => [t.amount.toFixed(2), t.status])).toEqual([
      ["-62.37", "BOOKED"],
      ["-31.20", "BOOKED"],
      ["-18.90", "BOOKED"],
      ["-12.50", "BOOKED"],
      ["2500.00", "BOOKED"],
    ]);
  });

  it("offers an import whose only news is pending rows now booked", async () => {
    const { userId, imports } = await importUser(tdb);
    await imports.commit(userId, "Umsatzliste_1.csv", first, EUR);
    const onlyBooked = dkb("12.06.2026", [
      row("10.06.26", "Gebucht", "EDEKA//HAMBURG/DE", "2026-06-09 Debitk.99 VISA Debit", "-31,2"),
      row("05.06.26", "Gebucht", "LIDL SAGT DANKE    Hamburg    DE", "2026-06-04 Debitk.99 VISA Debit", "-12,5"),
    ]);
    expect(await imports.analyse(userId, "Umsatzliste_3.csv", onlyBooked, EUR)).toMatchObject({ newTotal: 0, bookedTotal: 1, parts: [{ new: 0, existing: 2, booked: 1 }] });
    expect(await imports.commit(userId, "Umsatzliste_3.csv", onlyBooked, EUR)).toMatchObject({ added: 0, booked: 1 });
    // Sent again, it brings nothing: the row it booked is known now.
    expect(await imports.analyse(userId, "Umsatzliste_3.csv", onlyBooked, EUR)).toMatchObject({ newTotal: 0, bookedTotal: 0 });
  });
});
