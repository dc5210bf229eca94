// Asking back. Each option is a complete spec, so a button press can run the
// query without parsing again. Only the first doubt is asked; any further one
// takes its broadest reading (the category, all merchants, all accounts), which
// the reading shown with the answer makes visible.
import { categoryName, TAXONOMY } from "../../categories/taxonomy.ts";
import { msg } from "../../i18n/index.ts";
import { labelKey } from "../merchant-keys.ts";
import { topicOf } from "../topics.ts";
import type { AccountRef } from "./accounts.ts";
import { assemble, type Draft } from "./draft.ts";
import { fold, words } from "./fold.ts";
import { withNoPeriodSpan } from "./shape-draft.ts";
import type { ParseOption, ParseResult } from "./types.ts";

export type Ambiguity =
  | { kind: "category_or_merchant"; word: string; category: string; merchants: string[] }
  /** A topic's word that is also a merchant's ("Tankstelle" and "Tankstelle Krause"): asked like a category. */
  | { kind: "topic_or_merchant"; word: string; topic: string; merchants: string[] }
  | { kind: "merchants"; word: string; merchants: string[] }
  | { kind: "accounts"; word: string; accounts: AccountRef[] }
  /** A balance asked of an account no account's name fits: every account is offered. */
  | { kind: "unknown_account"; word: string; accounts: AccountRef[] };

/** One screen of buttons: at most this many choices plus "all of them". */
const MAX_CHOICES = 7;

/** Words of a category's own names ("taxes", "government", "steuern", "behorden"): saying one means the category. */
function nameWords(key: string): Set<string> {
  const def = TAXONOMY.find((c) => c.key === key);
  return new Set([key, ...(def ? [def.en, def.de] : [])].flatMap((n) => words(fold(n)).map((w) => w.word)));
}

/**
 * Which reading needs no question once the merchant's rows turn out to lie in
 * the category: the merchant when the word is its whole name and none of the
 * category's own names ("Rundfunkbeitrag" is a merchant filed under taxes),
 * else the category, which holds the merchant's money anyway ("Bahn" with
 * Deutsche Bahn under public transport).
 */
function preferredReading(a: Extract<Ambiguity, { kind: "category_or_merchant" | "topic_or_merchant" }>): number {
  const [only, ...others] = a.merchants;
  const word = fold(a.word).trim();
  const ownName = a.kind === "category_or_merchant" && nameWords(a.category).has(word);
  if (only && others.length === 0 && labelKey(only) === labelKey(a.word) && !ownName) return 1;
  return 0;
}

function broadest(draft: Draft, a: Ambiguity): Draft {
  if (a.kind === "category_or_merchant") return { ...draft, categories: [...draft.categories, a.category] };
  if (a.kind === "topic_or_merchant") return { ...draft, topics: [...draft.topics, a.topic] };
  if (a.kind === "merchants") return { ...draft, merchants: [...draft.merchants, ...a.merchants] };
  return { ...draft, accounts: [...draft.accounts, ...a.accounts] };
}

export function buildClarify(draft: Draft, ambiguities: Ambiguity[], ctx: { today: string; locale: "en" | "de"; dataStart?: string | null }): ParseResult {
  const { today, locale } = ctx;
  const [first, ...rest] = ambiguities;
  if (!first) return { kind: "spec", ...assemble(draft, today) };
  const base = rest.reduce(broadest, draft);
  // A shop or an account picked here is as if typed: with no period it covers the whole history (shape-draft.ts).
  const option = (label: ParseOption["label"], d: Draft): ParseOption => ({ label, ...assemble(withNoPeriodSpan(d, ctx.dataStart, today), today) });
  const options: ParseOption[] = [];
  if (first.kind === "category_or_merchant" || first.kind === "topic_or_merchant") {
    const topic = first.kind === "topic_or_merchant";
    const name = topic ? (topicOf(first.topic)?.[locale] ?? first.topic) : categoryName(first.category, locale);
    options.push(option(msg("parse.option.category", { name }), broadest(base, first)));
    for (const m of first.merchants.slice(0, MAX_CHOICES)) options.push(option(msg("parse.option.merchant", { name: m }), { ...base, merchants: [...base.merchants, m] }));
    const merchantOptions = options.map((_, i) => i).slice(1);
    const inside = topic ? { topic: first.topic, options: merchantOptions } : { category: first.category, options: merchantOptions };
    return { kind: "clarify", question: msg("parse.clarify.category_or_merchant", { word: first.word }), options, settle: { preferred: preferredReading(first), inside } };
  }
  if (first.kind === "merchants") {
    for (const m of first.merchants.slice(0, MAX_CHOICES)) options.push(option(m, { ...base, merchants: [...base.merchants, m] }));
    options.push(option(msg("parse.option.all"), { ...base, merchants: [...base.merchants, ...first.merchants] }));
    return { kind: "clarify", question: msg("parse.clarify.merchants", { word: first.word }), options, settle: { preferred: options.length - 1 } };
  }
  for (const a of first.accounts.slice(0, MAX_CHOICES)) options.push(option(a.name, { ...base, accounts: [...base.accounts, a] }));
  options.push(option(msg("parse.option.all"), { ...base, accounts: [...base.accounts, ...first.accounts] }));
  const question = first.kind === "unknown_account" ? "parse.clarify.unknown_account" : "parse.clarify.accounts";
  return { kind: "clarify", question: msg(question, { word: first.word }), options, settle: { preferred: options.length - 1 } };
}
