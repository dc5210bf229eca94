// Asking back. Each option is a complete spec, so a button press can run the
// query without parsing again. Only the first doubt is asked; any further one
// takes its broadest reading (the category, all merchants, all accounts), which
// the reading shown with the answer makes visible.
import { categoryName } from "../../categories/taxonomy.ts";
import { msg } from "../../i18n/index.ts";
import type { AccountRef } from "./accounts.ts";
import { assemble, type Draft } from "./draft.ts";
import type { ParseOption, ParseResult } from "./types.ts";

export type Ambiguity =
  | { kind: "category_or_merchant"; word: string; category: string; merchants: string[] }
  | { kind: "merchants"; word: string; merchants: string[] }
  | { kind: "accounts"; word: string; accounts: AccountRef[] };

/** One screen of buttons: at most this many choices plus "all of them". */
const MAX_CHOICES = 7;

function broadest(draft: Draft, a: Ambiguity): Draft {
  if (a.kind === "category_or_merchant") return { ...draft, categories: [...draft.categories, a.category] };
  if (a.kind === "merchants") return { ...draft, merchants: [...draft.merchants, ...a.merchants] };
  return { ...draft, accounts: [...draft.accounts, ...a.accounts] };
}

export function buildClarify(draft: Draft, ambiguities: Ambiguity[], today: string, locale: "en" | "de"): ParseResult {
  const [first, ...rest] = ambiguities;
  if (!first) return { kind: "spec", ...assemble(draft, today) };
  const base = rest.reduce(broadest, draft);
  const option = (label: ParseOption["label"], d: Draft): ParseOption => ({ label, ...assemble(d, today) });
  const options: ParseOption[] = [];
  if (first.kind === "category_or_merchant") {
    const categoryOption = { ...base, categories: [...base.categories, first.category] };
    options.push(option(msg("parse.option.category", { name: categoryName(first.category, locale) }), categoryOption));
    for (const m of first.merchants.slice(0, MAX_CHOICES)) options.push(option(msg("parse.option.merchant", { name: m }), { ...base, merchants: [...base.merchants, m] }));
    return { kind: "clarify", question: msg("parse.clarify.category_or_merchant", { word: first.word }), options };
  }
  if (first.kind === "merchants") {
    for (const m of first.merchants.slice(0, MAX_CHOICES)) options.push(option(m, { ...base, merchants: [...base.merchants, m] }));
    options.push(option(msg("parse.option.all"), { ...base, merchants: [...base.merchants, ...first.merchants] }));
    return { kind: "clarify", question: msg("parse.clarify.merchants", { word: first.word }), options };
  }
  for (const a of first.accounts.slice(0, MAX_CHOICES)) options.push(option(a.name, { ...base, accounts: [...base.accounts, a] }));
  options.push(option(msg("parse.option.all"), { ...base, accounts: [...base.accounts, ...first.accounts] }));
  return { kind: "clarify", question: msg("parse.clarify.accounts", { word: first.word }), options };
}
