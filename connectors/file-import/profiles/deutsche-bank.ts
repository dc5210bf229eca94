// Deutsche Bank and Postbank (one platform): UTF-8 with BOM, ";", no quoting,
// seven preamble lines (account, IBAN, period, the balance before the period),
// one trailer line with the closing balance. Dates "D.M.YYYY". Booked rows only.
import type { StatementBalance } from "../types.ts";
import { startsWith } from "./table.ts";
import { tableProfile } from "./table-profile.ts";
import { balanceOf, germanDate, ibanOrNull, preambleRow, readPeriod, statedProduct } from "./values.ts";

export const deutscheBank = tableProfile({
  id: "deutsche-bank",
  bank: "Deutsche Bank",
  layout: {
    isHeader: startsWith("Buchungstag", "Wert", "Umsatzart", "Begünstigter / Auftraggeber", "Verwendungszweck"),
    dateFormat: "DD.MM.YYYY",
    decimal: ",",
    columns: {
      date: "Buchungstag",
      valueDate: "Wert",
      // "Betrag" is signed; "Soll" and "Haben" repeat it and stand in where it is empty (older files).
      amount: "Betrag",
      debit: "Soll",
      credit: "Haben",
      currency: "Währung",
      payee: "Begünstigter / Auftraggeber",
      iban: "IBAN / Kontonummer",
      description: "Verwendungszweck",
      type: "Umsatzart",
    },
    isTrailer: (cells) => cells[0] === "Kontostand",
  },
  describe(read, currency) {
    // "Konto;Filial-/Kontonummer;IBAN;Währung" then the values.
    const labels = preambleRow(read.preamble, /^Konto$/) ?? [];
    const values = read.preamble[read.preamble.indexOf(labels) + 1] ?? [];
    const field = (name: string) => (labels.includes(name) ? (values[labels.indexOf(name)] ?? "") : "");
    const product = field("Konto");
    const iban = ibanOrNull(field("IBAN"));
    const number = field("Filial-/Kontonummer");
    const period = readPeriod(read.preamble.find((cells) => readPeriod(cells[0] ?? "") !== null)?.[0] ?? "");
    const balance = (cells: string[] | undefined, date: string | null, name: string): StatementBalance | undefined =>
      cells && balanceOf(`${cells[4] ?? ""} ${cells[5] ?? ""}`.trim(), ",", date, { field: name }, currency);
    // "Letzter Kontostand;;;;1.234,56;EUR": the balance the period starts from.
    const opening = preambleRow(read.preamble, /^Letzter Kontostand$/);
    // "Kontostand;2.1.2026;;;1.200,00;EUR": the balance on that day.
    const closing = read.trailer.find((cells) => cells[0] === "Kontostand");
    return {
      account: {
        bank: /postbank/i.test(product) ? "Postbank" : "Deutsche Bank",
        ...statedProduct(product),
        ...(iban ? { iban } : {}),
        ...(number ? { accountNumber: number } : {}),
      },
      extras: {
        openingBalance: balance(opening, period?.from ?? null, "Letzter Kontostand"),
        closingBalance: balance(closing, germanDate(closing?.[1] ?? "") ?? period?.to ?? null, "Kontostand"),
      },
    };
  },
});
