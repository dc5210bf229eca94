// ING Deutschland "Umsatzanzeige": Windows-1252, ";", no quoting, a
// "Label;value" preamble with IBAN, account name, period and (optionally)
// the balance. Booked rows only: the preamble says pending ones are left out.
import { readTable, hasHeader, type TableLayout } from "./table.ts";
import { balancesFromRunning, bankStatement } from "./statement.ts";
import type { BankCsvProfile } from "./types.ts";
import { balanceOf, ibanOrNull, preambleRow, readPeriod } from "./values.ts";

// 2025: Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung
// older:  Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;[Kategorie|Notiz|tags…;]Verwendungszweck;Saldo;Währung;Betrag;Währung
const isHeader = (cells: readonly string[]) =>
  cells[0] === "Buchung" && cells[2] === "Auftraggeber/Empfänger" && cells.includes("Verwendungszweck") && cells.includes("Betrag");

export const ingDe: BankCsvProfile = {
  id: "ing-de",
  bank: "ING",
  detect: (text) => /^Umsatzanzeige;/m.test(text.slice(0, 200).replace(/^\uFEFF/, "")) && hasHeader(text, [";"], isHeader),
  parse(text, defaultCurrency) {
    const layout: TableLayout = {
      delimiter: ";",
      isHeader,
      dateFormat: "DD.MM.YYYY",
      decimal: ",",
      columns: {
        date: "Buchung",
        valueDate: ["Wertstellungsdatum", "Valuta"],
        amount: "Betrag",
        payee: "Auftraggeber/Empfänger",
        description: "Verwendungszweck",
        type: "Buchungstext",
        category: "Kategorie",
        // "Währung" appears twice in the old layout; both name the account currency.
        currency: "Währung",
        balanceAfter: "Saldo",
      },
    };
    const read = readTable(text, layout, defaultCurrency);
    const value = (label: RegExp) => preambleRow(read.preamble, label)?.[1] ?? "";
    const iban = ibanOrNull(value(/^IBAN$/));
    const product = value(/^Kontoname$/) || "Girokonto";
    const currency = read.transactions[0]?.currency ?? defaultCurrency;
    const period = readPeriod(value(/^Zeitraum$/));
    const saldo = preambleRow(read.preamble, /^Saldo$/);
    const fromRows = read.balancesAfter ? balancesFromRunning(read.transactions, read.balancesAfter, currency) : {};
    const stated = saldo && balanceOf(`${saldo[1] ?? ""} ${saldo[2] ?? ""}`.trim(), ",", period?.to ?? null, { field: "Saldo" }, currency);
    return bankStatement(
      "ing-de",
      {
        bank: "ING",
        product,
        currency,
        kind: /extra-konto|tagesgeld|spar/i.test(product) ? "SAVINGS" : "CHECKING",
        ...(iban ? { iban } : {}),
      },
      read.transactions,
      { openingBalance: fromRows.openingBalance, closingBalance: stated ?? fromRows.closingBalance },
    );
  },
};
