// ING Deutschland "Umsatzanzeige": Windows-1252, ";", no quoting, a
// "Label;value" preamble with IBAN, account name, period and (optionally)
// the balance. Booked rows only: the preamble says pending ones are left out.
import { balancesFromRunning } from "./statement.ts";
import { tableProfile } from "./table-profile.ts";
import { balanceOf, ibanOrNull, preambleRow, readPeriod, statedProduct } from "./values.ts";

export const ingDe = tableProfile({
  id: "ing-de",
  bank: "ING",
  layout: {
    // 2025: Buchung;Wertstellungsdatum;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Betrag;Währung
    // older: Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;[Kategorie|Notiz|tags…;]Verwendungszweck;Saldo;Währung;Betrag;Währung
    isHeader: (cells) => cells[0] === "Buchung" && cells[2] === "Auftraggeber/Empfänger" && cells.includes("Verwendungszweck") && cells.includes("Betrag"),
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
  },
  describe(read, currency) {
    const value = (label: RegExp) => preambleRow(read.preamble, label)?.[1] ?? "";
    const iban = ibanOrNull(value(/^IBAN$/));
    const product = value(/^Kontoname$/);
    const period = readPeriod(value(/^Zeitraum$/));
    // "Saldo;1.234,56;EUR" only in the "mit Saldo" export: the balance at the period end.
    const saldo = preambleRow(read.preamble, /^Saldo$/);
    const stated = saldo && balanceOf(`${saldo[1] ?? ""} ${saldo[2] ?? ""}`.trim(), ",", period?.to ?? null, { field: "Saldo" }, currency);
    const fromRows = read.balancesAfter ? balancesFromRunning(read.transactions, read.balancesAfter, currency) : {};
    return {
      account: { ...statedProduct(product), ...(iban ? { iban } : {}) },
      extras: { openingBalance: fromRows.openingBalance, closingBalance: stated ?? fromRows.closingBalance },
    };
  },
});

