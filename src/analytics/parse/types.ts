import type { Message } from "../../i18n/index.ts";
import type { QuerySpec } from "../query-spec.ts";
import type { Reading } from "./reading.ts";

export interface ParseContext {
  /** YYYY-MM-DD in the user's time zone; the only source of "now". */
  today: string;
  locale: "en" | "de";
  /** The user's own counterparty/merchant names as their data spells them. */
  merchants: string[];
  /** The person's accounts; the type (CHECKING, SAVINGS, CREDIT_CARD, …) lets "my credit card" find a card named only by its bank, the currency "revolut gbp" the pocket in pounds. */
  accounts: { id: string; name: string; type?: string; currency?: string }[];
  /** The person's first booking date: "in total", "all time" start there. */
  dataStart?: string | null;
  /** Category keys the user has; defaults to the whole taxonomy. */
  categories?: string[];
}

export interface ParseOption {
  label: string | Message;
  spec: QuerySpec;
  reading: Reading;
}

export type ParseResult =
  | { kind: "spec"; spec: QuerySpec; reading: Reading }
  | { kind: "clarify"; question: Message; options: ParseOption[]; settle: Settle }
  /** "what subscriptions do I have": the list of regular payments, as /subscriptions gives it. */
  | { kind: "subscriptions" }
  /** "did Netflix get more expensive", "how much did my salary go up": the spec lists the subject's latest payments, newest first; the caller reads the change in amount. */
  | { kind: "price_change"; spec: QuerySpec; reading: Reading }
  | { kind: "unknown"; reason: Message };

/**
 * When the person's data makes the question back unnecessary (the caller
 * checks, the parser cannot see rows): every option selects the same money,
 * or, for "category or merchant", each merchant's rows lie inside the category
 * (or the topic).
 */
export interface Settle {
  /** The option to answer with then. */
  preferred: number;
  /** The category (or topic) of a "category or merchant" doubt and the indices of its merchant options. */
  inside?: { options: number[] } & ({ category: string } | { topic: string });
}
