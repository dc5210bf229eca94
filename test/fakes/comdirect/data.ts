// Seed data for the comdirect fake, in comdirect's own JSON shape, so tests
// can also hand-craft odd rows (`deptor`, null amounts, impossible valuta dates).
export type TanType = "P_TAN" | "P_TAN_PUSH" | "M_TAN" | "P_TAN_APP";

export interface AmountValue {
  value: string;
  unit: string;
}

export interface Party {
  holderName: string | null;
  iban?: string | null;
  bic?: string | null;
}

/** One row as GET …/transactions returns it. Extra keys are passed through untouched. */
export interface RawTransaction {
  reference?: string | null;
  bookingStatus: "BOOKED" | "NOTBOOKED";
  bookingDate: string | null;
  amount: AmountValue | null;
  remitter?: Party | null;
  debtor?: Party | null;
  deptor?: Party | null;
  creditor?: Party | null;
  valutaDate?: string | null;
  transactionType?: { key: string; text: string } | null;
  remittanceInfo?: string | null;
  newTransaction?: boolean;
  [extra: string]: unknown;
}

export interface FakeAccountInput {
  accountId: string;
  accountDisplayId: string;
  currency?: string;
  accountType?: { key: string; text: string };
  iban?: string;
  balance?: string;
  availableCashAmount?: string;
  transactions?: RawTransaction[] | number;
}

export interface FakePositionInput {
  positionId: string;
  wkn: string;
  isin: string;
  name: string;
  quantity: string;
  price: string;
  currentValue: string;
  currency?: string;
  priceDateTime?: string;
}

export interface FakeDepotInput {
  depotId: string;
  depotDisplayId: string;
  positions: FakePositionInput[];
}

export const DEFAULT_ACCOUNTS: FakeAccountInput[] = [
  {
    accountId: "B5A9F0C8B4214C019D0A6167C3190CC4",
    accountDisplayId: "1234567890",
    accountType: { key: "CA", text: "Girokonto" },
    iban: "DE89370400440532013000",
    balance: "6860.09",
    availableCashAmount: "7625.7",
  },
  {
    accountId: "C6B0A1D9C5325D12AE1B7278D42A1DD5",
    accountDisplayId: "9876543210",
    accountType: { key: "DAS", text: "Tagesgeld PLUS-Konto" },
    iban: "DE02120300000000202051",
    balance: "12345.67",
    availableCashAmount: "12345.67",
  },
];

/** Lines of 35 characters, numbered "01".."10" for booked rows, as comdirect pads them. */
export function fixedWidthRemittance(lines: string[], numbered = true): string {
  return lines.map((l, i) => (numbered ? String(i + 1).padStart(2, "0") : "") + l.slice(0, 35).padEnd(35, " ")).join("");
}

function isoDay(base: Date, minusDays: number): string {
  return new Date(base.getTime() - minusDays * 86_400_000).toISOString().slice(0, 10);
}

/** Integer cents to comdirect's AmountString without ever touching a float. */
function centsToString(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * N booked rows, newest first, spread over the last 150 days (inside the
 * window comdirect returns without min-bookingDate). Deterministic.
 */
export function generateTransactions(count: number, now: Date, currency = "EUR"): RawTransaction[] {
  const types = [
    { key: "CARD_TRANSACTION", text: "Card transaction" },
    { key: "TRANSFER", text: "Transfer" },
    { key: "DIRECT_DEBIT", text: "Direct Debit" },
  ];
  return Array.from({ length: count }, (_, i) => {
    const cents = ((i * 7919) % 50_000) - 40_000 + 1;
    const day = isoDay(now, Math.floor((i * 150) / Math.max(count, 1)));
    const outgoing = cents < 0;
    return {
      reference: `R${day.replaceAll("-", "")}${String(i).padStart(6, "0")}`,
      bookingStatus: "BOOKED" as const,
      bookingDate: day,
      valutaDate: day,
      amount: { value: centsToString(cents), unit: currency },
      remitter: outgoing ? { holderName: "Max Mustermann", iban: "DE89370400440532013000" } : { holderName: `Payer ${i}`, iban: "DE02100100109307118603" },
      creditor: outgoing ? { holderName: `Merchant ${i}`, iban: "DE44500105175407324931" } : null,
      transactionType: types[i % types.length] ?? null,
      remittanceInfo: fixedWidthRemittance([`Payment ${i}`, `Order ${1000 + i}`]),
      newTransaction: false,
    };
  });
}
