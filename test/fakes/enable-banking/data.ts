// The fake's banks and accounts (open-banking.md §1.4, §1.10): one bank with
// a 90-day maximum, enough banks in DE to page, accounts that exercise the
// edge cases (no uid, currency "XXX"), and rows in the documented shape:
// unsigned amounts with an indicator, pending rows without ids or dates.
export interface FakeAspsp {
  name: string;
  country: string;
  maximum_consent_validity: number;
  psu_types: string[];
  beta: boolean;
}

const DAY = 86_400;
const DE_BANKS = [
  "Mock ASPSP", "Deutsche Kreditbank AG", "ING-DiBa", "Commerzbank", "comdirect", "Consorsbank", "N26", "Postbank", "Sparkasse KölnBonn",
  "Berliner Sparkasse", "Volksbank Mittelhessen", "GLS Bank", "Targobank", "Santander Consumer Bank", "Norisbank", "1822direkt", "Tomorrow Bank", "C24 Bank",
];

export const ASPSPS: FakeAspsp[] = [
  ...DE_BANKS.map((name) => ({ name, country: "DE", maximum_consent_validity: name === "N26" ? 90 * DAY : 180 * DAY, psu_types: ["personal", "business"], beta: name === "C24 Bank" })),
  { name: "Nordea", country: "FI", maximum_consent_validity: 180 * DAY, psu_types: ["business", "personal"], beta: false },
  { name: "Business Only Bank", country: "FI", maximum_consent_validity: 180 * DAY, psu_types: ["business"], beta: false },
];

export interface FakeAccount {
  key: string;
  iban: string | null;
  other?: { identification: string; scheme_name: string };
  name: string;
  currency: string;
  cash_account_type: string;
  /** Absent uid: the bank lists the account but it cannot be queried. */
  blocked?: boolean;
  balance: string;
}

export const ACCOUNTS: FakeAccount[] = [
  { key: "giro", iban: "DE89370400440532013000", name: "Girokonto", currency: "EUR", cash_account_type: "CACC", balance: "2345.67" },
  { key: "savings", iban: "DE02120300000000202051", name: "Tagesgeld", currency: "XXX", cash_account_type: "SVGS", balance: "10000.00" },
  { key: "blocked", iban: "DE02500105170137075030", name: "Altes Konto", currency: "EUR", cash_account_type: "CACC", blocked: true, balance: "0.00" },
];

export interface FakeTransaction {
  entry_reference?: string | null;
  transaction_id?: string | null;
  transaction_amount: { amount: string; currency: string };
  credit_debit_indicator: "CRDT" | "DBIT";
  status: "BOOK" | "PDNG";
  booking_date?: string | null;
  value_date?: string | null;
  creditor?: { name: string | null } | null;
  debtor?: { name: string | null } | null;
  creditor_account?: { iban: string } | null;
  remittance_information?: string[];
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** About four months of a current account, newest last; deterministic. */
export function giroRows(today: Date): FakeTransaction[] {
  const rows: FakeTransaction[] = [];
  for (let back = 120; back >= 1; back--) {
    const d = new Date(today.getTime() - back * DAY * 1000);
    const date = iso(d);
    const dom = d.getUTCDate();
    if (dom === 1)
      rows.push({ entry_reference: `R${date}`, transaction_amount: { amount: "950.00", currency: "EUR" }, credit_debit_indicator: "DBIT", status: "BOOK", booking_date: date, value_date: date, creditor: { name: "Wohnungsbau Musterstadt eG" }, creditor_account: { iban: "DE02100500000054540402" }, remittance_information: [`Miete ${date.slice(5, 7)}/${date.slice(0, 4)}`] });
    if (dom === 25)
      rows.push({ entry_reference: `S${date}`, transaction_amount: { amount: "3250.00", currency: "EUR" }, credit_debit_indicator: "CRDT", status: "BOOK", booking_date: date, value_date: date, debtor: { name: "ACME Software GmbH" }, remittance_information: ["Lohn und Gehalt"] });
    if (dom % 7 === 3)
      rows.push({ entry_reference: `G${date}`, transaction_amount: { amount: `${20 + (dom % 5) * 7}.${String(dom * 3).padStart(2, "0").slice(0, 2)}`, currency: "EUR" }, credit_debit_indicator: "DBIT", status: "BOOK", booking_date: date, creditor: { name: "REWE Markt GmbH" }, remittance_information: ["REWE SAGT DANKE 4411"] });
  }
  // Not yet booked: no entry_reference, no date at all (Actual's fixtures show such rows).
  rows.push({ transaction_amount: { amount: "7.50", currency: "EUR" }, credit_debit_indicator: "DBIT", status: "PDNG", transaction_id: "tx-no-date", remittance_information: ["Card payment, not yet booked"] });
  return rows;
}

export function savingsRows(today: Date): FakeTransaction[] {
  const date = iso(new Date(today.getTime() - 10 * DAY * 1000));
  return [{ entry_reference: `T${date}`, transaction_amount: { amount: "300.00", currency: "EUR" }, credit_debit_indicator: "CRDT", status: "BOOK", booking_date: date, debtor: { name: "Mara Muster" }, remittance_information: ["Sparen"] }];
}
