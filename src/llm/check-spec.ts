// A spec from the model is checked against what the asking user actually has.
// Unknown accounts, merchants or categories reject the whole spec rather than
// being dropped: dropping a filter widens the question ("at Foo" becomes
// "everywhere") and the answer would look authoritative while being wrong.
// Rejecting lets the caller fall back to the parser, which asks back instead.
import type { QuerySpec } from "../analytics/query-spec.ts";
import type { LlmQuestionContext } from "./index.ts";
import { scrubText } from "./privacy.ts";

export type SpecCheck =
  | { ok: true; spec: QuerySpec }
  | { ok: false; reason: "unknown_account" | "unknown_merchant" | "unknown_category" | "impossible_date" };

const fold = (s: string) => s.normalize("NFC").toLocaleLowerCase("en").trim();

export function checkSpec(spec: QuerySpec, ctx: LlmQuestionContext): SpecCheck {
  const f = spec.filters;
  if (f.period && !(isCalendarDate(f.period.from) && isCalendarDate(f.period.to))) return { ok: false, reason: "impossible_date" };

  const categories = new Map(ctx.categories.map((c) => [fold(c), c]));
  const cats = canonical(f.categories, categories);
  if (cats === null) return { ok: false, reason: "unknown_category" };

  // The model saw scrubbed names; both spellings lead back to the user's own.
  const merchants = new Map<string, string>();
  for (const m of ctx.merchants) {
    merchants.set(fold(scrubText(m)), m);
    merchants.set(fold(m), m);
  }
  const merch = canonical(f.merchants, merchants);
  if (merch === null) return { ok: false, reason: "unknown_merchant" };

  const accounts = new Map(ctx.accounts.map((a) => [fold(a.id), a.id]));
  const accs = canonical(f.accounts, accounts);
  const from = canonical(f.fromAccounts, accounts);
  if (accs === null || from === null) return { ok: false, reason: "unknown_account" };

  const filters = { ...f };
  if (cats) filters.categories = cats;
  if (merch) filters.merchants = merch;
  if (accs) filters.accounts = accs;
  if (from) filters.fromAccounts = from;
  // Each side of "A vs B" names its own filters: they are checked the same way.
  const versus = [];
  for (const side of spec.versus ?? []) {
    const c = canonical(side.categories, categories);
    const m = canonical(side.merchants, merchants);
    const a = canonical(side.accounts, accounts);
    if (c === null) return { ok: false, reason: "unknown_category" };
    if (m === null) return { ok: false, reason: "unknown_merchant" };
    if (a === null) return { ok: false, reason: "unknown_account" };
    versus.push({ ...side, ...(c ? { categories: c } : {}), ...(m ? { merchants: m } : {}), ...(a ? { accounts: a } : {}) });
  }
  return { ok: true, spec: { ...spec, filters, ...(spec.versus ? { versus } : {}) } };
}

/** The user's spelling of every value, undefined when there were none, null when one is unknown. */
function canonical(values: string[] | undefined, known: Map<string, string>): string[] | null | undefined {
  if (!values) return undefined;
  const out: string[] = [];
  for (const v of values) {
    const hit = known.get(fold(v));
    if (hit === undefined) return null;
    if (!out.includes(hit)) out.push(hit);
  }
  return out;
}

function isCalendarDate(d: string): boolean {
  const t = Date.parse(`${d}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === d;
}
