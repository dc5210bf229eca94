// What a statement file turns into before the bot previews it and the sync
// engine writes it. Parsers are pure: bytes in, this out, or an ImportError.
import type { Message } from "../../src/i18n/message.ts";
import type { AccountKind, NormalizedTransaction } from "../types.ts";
import type { CurrencyGuess } from "./currency-guess.ts";

export type StatementFormat = "comdirect-csv" | "bank-csv" | "generic-csv" | "camt053" | "mt940" | "ofx";

export interface StatementBalance {
  amount: string;
  currency: string;
  date: string; // YYYY-MM-DD
}

export interface StatementAccount {
  iban?: string;
  /** Bank code/account ("37040044/0532013000") or the OFX ACCTID when it is no IBAN. */
  accountNumber?: string;
  name?: string;
  currency: string;
  /** Set when the file says so (OFX CCSTMTRS, comdirect Visa section). */
  kind?: AccountKind;
  /** The bank whose export this is ("DKB", "comdirect"), when the format tells. */
  bank?: string;
  /** The bank's own product name ("Girokonto", "Visa", "Tagesgeld PLUS"). */
  product?: string;
  /** Masked card number as the file shows it ("4871 78** **** 1234"); never a full PAN. */
  cardNumber?: string;
  /** Masked numbers of the several cards one account is charged by (Amex additional card members); none names the account. */
  cards?: string[];
  /**
   * The number of the account this one is held under, when the file gives it
   * no number of its own (comdirect's Visa and Tagesgeld sections, under the
   * Girokonto number of the export's file name). With the product it tells the
   * account apart; it is never shown as this account's number.
   */
  heldUnder?: string;
}

/** One account's part of a file. */
export interface StatementPart {
  account: StatementAccount;
  transactions: NormalizedTransaction[];
  openingBalance?: StatementBalance;
  closingBalance?: StatementBalance;
}

export interface ParsedStatement extends StatementPart {
  format: StatementFormat;
  /**
   * Further accounts in the same file (comdirect Girokonto plus Visa section,
   * MT940/CAMT/OFX files covering several accounts). Empty for one account.
   */
  otherAccounts: StatementPart[];
  /** Generic CSV only: the guess was unsure; show it and re-parse with parseWithGuess. */
  needsConfirmation?: CsvGuess;
  /** bank-csv only: which named profile read the file ("dkb-2023", "paypal"). */
  profile?: string;
  /**
   * What the person should know about how the file was read: skipped sections
   * (comdirect Depot), pending rows dated from the export period, folded PayPal
   * split rows. Shown in the preview; never an error.
   */
  notices?: Message[];
  /**
   * The file states no currency and the layout is used in several countries
   * (Amex): the currency taken and why. The preview shows it and offers the others.
   */
  currencyGuess?: CurrencyGuess;
}

export type CsvDelimiter = "," | ";" | "\t" | "|";
export type DecimalSeparator = "," | ".";
export type DateFormat = "YYYY-MM-DD" | "DD.MM.YYYY" | "DD.MM.YY" | "DD/MM/YYYY" | "MM/DD/YYYY" | "DD-MM-YYYY";
export type ColumnRole =
  | "date"
  | "valueDate"
  | "amount"
  | "debit"
  | "credit"
  | "description"
  | "payee"
  | "currency"
  | "iban"
  | "type"
  | "ignore";

/** Why a guess is less than certain; the bot turns these into questions. */
export type CsvDoubt = "ambiguous-date" | "ambiguous-decimal" | "no-header" | "roles-by-shape" | "amount-sign";

export interface CsvColumn {
  index: number;
  header: string | null;
  role: ColumnRole;
}

/** A generic-CSV detection the person can confirm or correct. */
export interface CsvGuess {
  delimiter: CsvDelimiter;
  decimalSeparator: DecimalSeparator;
  dateFormat: DateFormat;
  /** 1-based file line where the header row starts; null when the file has none. */
  headerLine: number | null;
  columns: CsvColumn[];
  /** Used when no column holds a currency. */
  currency: string;
  /** 0..1; below CONFIDENCE_THRESHOLD the statement carries needsConfirmation. */
  confidence: number;
  doubts: CsvDoubt[];
  /** The person said positive amounts are money out (a card export that writes charges positive). */
  positiveOut?: boolean;
  /** The first data rows as cells, for the preview. */
  sampleRows: string[][];
}
