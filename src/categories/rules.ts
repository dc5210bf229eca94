// The person's own categorization rules, tried in `position` order; the first
// rule whose every given condition holds decides. Patterns are plain text
// (case-, accent- and punctuation-insensitive substring) or "/regex/flags".
import { decimalAbs, decimalCmp, isDecimal } from "../format/decimal.ts";
import { foldText } from "./normalize.ts";
import { isPaymentProcessor } from "./merchant-name.ts";

export interface Rule {
  position: number;
  categoryKey: string;
  counterpartyPattern?: string | null;
  descriptionPattern?: string | null;
  /** Bounds on the absolute amount, inclusive, as decimal strings. */
  minAmount?: string | null;
  maxAmount?: string | null;
  accountId?: string | null;
}

export interface RuleSubject {
  amount: string;
  counterpartyName?: string | null;
  merchant?: string | null;
  description?: string | null;
  accountId?: string | null;
}

type Matcher = (text: string) => boolean;

export const MAX_REGEX_LENGTH = 200;
// Bank text is short; capping what a regex sees bounds even polynomial blow-ups.
const MAX_SUBJECT_LENGTH = 500;
const REGEX_LITERAL = /^\/(.+)\/([a-z]*)$/s;
// A quantified group that itself contains a quantifier ((a+)+, (\w*)*, (x|y+){2,})
// or a backreference: the shapes that make a backtracking engine run for ever.
const CATASTROPHIC = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]|\\[1-9]|\\k</;

export type PatternCheck = { kind: "text" } | { kind: "regex" } | { kind: "invalid"; reason: string };

/** What a pattern will be treated as; handlers use this to warn while a rule is written. */
export function checkPattern(pattern: string): PatternCheck {
  const m = REGEX_LITERAL.exec(pattern);
  if (!m) return { kind: "text" };
  const [, source = "", flags = ""] = m;
  if (pattern.length > MAX_REGEX_LENGTH) return { kind: "invalid", reason: "too_long" };
  if (CATASTROPHIC.test(source)) return { kind: "invalid", reason: "nested_quantifier" };
  if (/[^imsu]/.test(flags)) return { kind: "invalid", reason: "flags" };
  try {
    new RegExp(source, flags);
  } catch (err) {
    return { kind: "invalid", reason: err instanceof Error ? err.message : "syntax" };
  }
  return { kind: "regex" };
}

/** Compiles a pattern. An unusable regex degrades to a literal search for its source, never throws. */
export function compilePattern(pattern: string): Matcher {
  const check = checkPattern(pattern);
  if (check.kind === "regex") {
    const [, source = "", flags = ""] = REGEX_LITERAL.exec(pattern) ?? [];
    const re = new RegExp(source, flags.includes("i") ? flags : `${flags}i`);
    // Tried on the raw and the folded text, so /müller/ and /muller/ both work.
    return (text) => {
      const t = text.slice(0, MAX_SUBJECT_LENGTH);
      return re.test(t) || re.test(foldText(t));
    };
  }
  if (check.kind === "invalid") {
    // Literal means literal: folding "(a+)+" would leave just "a" and match almost anything.
    const [, source = pattern] = REGEX_LITERAL.exec(pattern) ?? [];
    const raw = source.toLowerCase();
    return (text) => text.slice(0, MAX_SUBJECT_LENGTH).toLowerCase().includes(raw);
  }
  const needle = foldText(pattern);
  if (!needle) return () => false;
  return (text) => foldText(text.slice(0, MAX_SUBJECT_LENGTH)).includes(needle);
}

interface CompiledRule {
  rule: Rule;
  counterparty?: Matcher;
  description?: Matcher;
}

const compiled = new WeakMap<Rule, CompiledRule>();
function compileRule(rule: Rule): CompiledRule {
  let c = compiled.get(rule);
  if (!c) {
    c = {
      rule,
      counterparty: rule.counterpartyPattern ? compilePattern(rule.counterpartyPattern) : undefined,
      description: rule.descriptionPattern ? compilePattern(rule.descriptionPattern) : undefined,
    };
    compiled.set(rule, c);
  }
  return c;
}

function usableBound(value: string | null | undefined): value is string {
  return typeof value === "string" && isDecimal(value);
}

/** A rule without any condition matches nothing: a stray empty rule must not swallow every transaction. */
function hasCondition(r: Rule): boolean {
  return Boolean(r.counterpartyPattern || r.descriptionPattern || r.accountId || usableBound(r.minAmount) || usableBound(r.maxAmount));
}

export function ruleMatches(rule: Rule, tx: RuleSubject): boolean {
  if (!hasCondition(rule)) return false;
  const c = compileRule(rule);
  if (rule.accountId && rule.accountId !== tx.accountId) return false;
  if (c.counterparty) {
    // The counterparty as the bank wrote it, or the merchant a provider extracted. A payment
    // processor as counterparty ("PayPal Europe") is not the shop when the row names one (Uber via
    // PayPal): a rule for PayPal itself (the balance top-up) must not catch every purchase paid with it.
    const viaProcessorForAShop = !!tx.counterpartyName && !!tx.merchant && isPaymentProcessor(tx.counterpartyName) && !isPaymentProcessor(tx.merchant);
    const names = [viaProcessorForAShop ? null : tx.counterpartyName, tx.merchant].filter((n): n is string => !!n);
    if (!names.some((n) => c.counterparty?.(n))) return false;
  }
  if (c.description && !c.description(tx.description ?? "")) return false;
  const abs = decimalAbs(tx.amount);
  if (usableBound(rule.minAmount) && decimalCmp(abs, decimalAbs(rule.minAmount)) < 0) return false;
  if (usableBound(rule.maxAmount) && decimalCmp(abs, decimalAbs(rule.maxAmount)) > 0) return false;
  return true;
}

/** The first matching rule by position (ties keep the given order), or null. */
export function findMatchingRule(rules: readonly Rule[], tx: RuleSubject): Rule | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position);
  return ordered.find((r) => ruleMatches(r, tx)) ?? null;
}
