// The one contract every data source implements. A connector never imports
// grammY: it talks to the person only through LinkDialog, which the Telegram
// conversation, the terminal demo and the tests each implement.
import type { z } from "zod";
import type { Logger } from "pino";
import type { Message } from "../src/i18n/message.ts";

export type ConnectorKind = "bank" | "broker" | "exchange" | "file";
export type AccountKind = "CHECKING" | "SAVINGS" | "CREDIT_CARD" | "BROKERAGE" | "CRYPTO" | "OTHER";

/** What a provider allows; the scheduler never syncs more often than this. */
export interface ConnectorLimits {
  /** Provider calls allowed per day for one connection (undefined: no stated limit). */
  callsPerDay?: number;
  /** How far back the first sync can reach, in days. */
  historyDays?: number;
  /** How long a consent or login stays valid, in days (undefined: until revoked). */
  consentDays?: number;
  /** Calls one full sync costs, used with callsPerDay to bound the schedule. */
  callsPerSync?: number;
}

export interface NormalizedAccount {
  externalId: string;
  name: string;
  currency: string;
  type: AccountKind;
  iban?: string | null;
}

/** Amounts are decimal strings ("-12.34"), never JS numbers. Negative = money out. */
export interface NormalizedTransaction {
  /** Provider's stable id; when absent the engine derives one from the content. */
  externalId?: string | null;
  status: "booked" | "pending";
  bookingDate: string; // YYYY-MM-DD
  valueDate?: string | null;
  amount: string;
  currency: string;
  originalAmount?: string | null;
  originalCurrency?: string | null;
  counterpartyName?: string | null;
  counterpartyIban?: string | null;
  description?: string | null;
  merchant?: string | null;
  transactionType?: string | null;
  /** Provider's own category label, used before rules and the dictionary. */
  providerCategory?: string | null;
  /** ISO 18245 merchant category code ("5411") where the source gives one. */
  mcc?: string | null;
  raw?: unknown;
}

export interface NormalizedBalance {
  accountExternalId: string;
  amount: string;
  currency: string;
  kind?: "booked" | "available";
  asOf: string; // ISO timestamp
}

export interface NormalizedHolding {
  accountExternalId: string;
  symbol: string;
  name?: string | null;
  quantity: string;
  price?: string | null;
  value?: string | null;
  currency: string;
  asOf: string;
  /**
   * The value in a fiat currency by the source's own price of `currency`, where
   * `currency` is not fiat (holdings valued in USDT, with the exchange's USDT/EUR ticker).
   */
  fiatValue?: { amount: string; currency: string } | null;
  /** What kind of asset it is, where the source says; absent: crypto on an exchange account, else "other". */
  assetClass?: "crypto" | "stock" | "fund" | "bond" | "option" | "cash" | "other";
}

export interface TransactionPage {
  transactions: NormalizedTransaction[];
  /** Opaque JSON the engine stores only after the whole sync committed. */
  nextCursor: unknown;
  /** More pages follow; the engine calls again with nextCursor. */
  hasMore: boolean;
}

export interface Choice<T extends string = string> {
  id: T;
  label: Message | string;
}

/** The person on the other side of a link flow. Every text is a translatable Message. */
export interface LinkDialog {
  readonly locale: "en" | "de";
  say(text: Message): Promise<void>;
  /** Re-asks with the validator's message until valid; rejects with DialogCancelled on /cancel. */
  askText(prompt: Message, opts?: { validate?: (value: string) => Message | null }): Promise<string>;
  /** Like askText, but the reply is deleted from the chat right after it is read. */
  askSecret(prompt: Message, opts?: { validate?: (value: string) => Message | null }): Promise<string>;
  choose<T extends string>(prompt: Message, choices: Choice<T>[]): Promise<T>;
  showImage(png: Uint8Array, caption: Message): Promise<void>;
  showLink(text: Message, url: string, buttonLabel: Message): Promise<void>;
  /**
   * Waits until the person presses the button, `poll` reports done (checked
   * every pollIntervalMs), or the timeout passes.
   */
  waitForConfirmation(
    prompt: Message,
    opts: {
      buttonLabel: Message;
      timeoutMs: number;
      poll?: () => Promise<boolean>;
      pollIntervalMs?: number;
      /** When `poll` reports done, the last link message (showLink) becomes this text, without its button. */
      doneText?: Message;
    },
  ): Promise<"confirmed" | "polled" | "timeout">;
  /** Resolves with the chat message showing the progress, where the dialog has one (so a dead run can be marked there). */
  progress(text: Message): Promise<number | void>;
}

/**
 * Counts second-factor attempts across link runs, so a connector can warn
 * before a bank locks online banking (comdirect: 5 challenges without a
 * correct TAN, or 3 wrong TANs). The engine persists it on the Connection.
 */
export interface SecondFactorGuard {
  state(): Promise<{ openChallenges: number; wrongTanStreak: number }>;
  challengeRequested(): Promise<void>;
  wrongTan(): Promise<void>;
  /** A correct TAN resets both counters at the bank, so here too. */
  succeeded(): Promise<void>;
}

/** What a bank sends the browser back with (OAuth redirect query). Secret: never logged. */
export interface BankReturn {
  code?: string;
  error?: string;
  errorDescription?: string;
}

/**
 * The OAuth `state` of a bank round trip, bound to the person linking. With
 * PUBLIC_URL, Kontor serves the return address itself and `take` hands over
 * what the bank sent; without it, the person pastes the address instead.
 */
export interface BankReturns {
  /** A fresh single-use state; redirectUrl is Kontor's own /callback/<provider> (null: not served). */
  open(): Promise<{ state: string; redirectUrl: string | null }>;
  /** The bank's answer once the browser came back to Kontor; null until then. Single use. */
  take(state: string): Promise<BankReturn | null>;
  /** A state from an address the person pasted: only this person's unused, unexpired state is "ok" (and used up). */
  claimPasted(state: string): Promise<"ok" | "unknown" | "foreign" | "replayed" | "expired">;
}

export interface ConnectorContext {
  now(): Date;
  logger: Logger;
  /** Provider base URLs and other non-secret settings, from config. */
  settings: Record<string, string | undefined>;
  fetch?: typeof fetch;
  sleep?(ms: number): Promise<void>;
  /** Lock-out counters for banks with a second factor; absent: counted per link run only. */
  secondFactorGuard?: SecondFactorGuard;
  /** Return addresses for banks that redirect the browser (only inside a link flow). */
  returns?: BankReturns;
}

export interface LinkResult<C> {
  label: string;
  credentials: C;
  consentExpiresAt?: Date | null;
  /** Accounts the person chose to sync; undefined = all. */
  selectedAccountIds?: string[];
}

export interface ConnectorSession<C> {
  listAccounts(): Promise<NormalizedAccount[]>;
  fetchTransactions(account: NormalizedAccount, cursor: unknown | null): Promise<TransactionPage>;
  fetchBalances(accounts: NormalizedAccount[]): Promise<NormalizedBalance[]>;
  fetchHoldings?(accounts: NormalizedAccount[]): Promise<NormalizedHolding[]>;
  /** Current credentials (tokens may have rotated during the session): stored after sync. */
  credentials(): C;
  close?(): Promise<void>;
}

/** Environment variables a connector reads, string-valued; secrets only as file paths. */
export type ConnectorSettingsSchema = z.ZodObject<Record<string, z.ZodType<string | undefined>>>;

/** A connector's texts; both languages must have the same keys. */
export interface ConnectorMessages {
  en: Record<string, string>;
  de: Record<string, string>;
}

/**
 * For providers whose login dies between syncs unless refreshed (comdirect's
 * TAN session lives only as long as its ~20-minute refresh chain). A generic
 * job runs it on `schedule` for every ACTIVE connection of the provider,
 * under the sync lock; a refusal (Unauthorized, ConsentExpired) takes the
 * same NEEDS_REAUTH path as a failed sync.
 */
export interface KeepAlive<C> {
  /** cron expression; short enough that every login is seen before it expires. */
  schedule: string;
  /** Whether these credentials need refreshing now (false: leave them alone, no call). */
  isDue(credentials: C, now: Date): boolean;
  /** Rotates the login and returns the credentials to store; throws a ConnectorError when refused. */
  refresh(credentials: C, ctx: ConnectorContext): Promise<C>;
}

export interface Connector<C = unknown> {
  id: string;
  displayName: string;
  kind: ConnectorKind;
  credentialsSchema: z.ZodType<C>;
  limits: ConnectorLimits;
  /**
   * Its instance settings. Validated at start with the rest of the
   * configuration when any of its variables is set; a connector whose
   * required settings are missing is simply not offered.
   */
  settingsSchema?: ConnectorSettingsSchema;
  /** Everything it says to the person, en and de. */
  messages: ConnectorMessages;
  /** false when data only arrives another way (file uploads): never scheduled. */
  syncs?: boolean;
  /** Unconfigured providers switch themselves off instead of failing later. */
  isAvailable?(settings: Record<string, string | undefined>): boolean;
  link(dialog: LinkDialog, ctx: ConnectorContext): Promise<LinkResult<C>>;
  /** Re-runs only the second factor with remembered credentials. */
  reauthenticate?(dialog: LinkDialog, credentials: C, ctx: ConnectorContext): Promise<LinkResult<C>>;
  open(credentials: C, ctx: ConnectorContext): Promise<ConnectorSession<C>>;
  revoke?(credentials: C, ctx: ConnectorContext): Promise<void>;
  /** Keeps a short-lived login alive between syncs; absent for providers whose consent lasts. */
  keepAlive?: KeepAlive<C>;
}
