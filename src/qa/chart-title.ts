// A chart's title must say what it shows on its own: a photo is forwarded or
// saved without the caption beside it. "Groceries · 1 Jan – 15 Jun 2026", not
// "Spending · …" for a chart of groceries only.
import type { QueryResult } from "../analytics/engine.ts";
import { categoryName } from "../categories/taxonomy.ts";

// About what a 1000 px title shows in the chart's bold font before its edges.
const MAX_SUBJECT = 34;

/** The categories and merchants asked about, "Amazon + Zalando"; null when the question named none. */
function subjectOf(spec: QueryResult["spec"], locale: "en" | "de"): string | null {
  const names = [...(spec.filters.categories ?? []).map((k) => categoryName(k, locale)), ...(spec.filters.merchants ?? [])];
  if (names.length === 0) return null;
  let subject = names[0]!;
  for (const n of names.slice(1)) {
    if ([...`${subject} + ${n}`].length > MAX_SUBJECT) return `${subject} + …`;
    subject = `${subject} + ${n}`;
  }
  const chars = [...subject];
  return chars.length > MAX_SUBJECT ? `${chars.slice(0, MAX_SUBJECT - 1).join("").replace(/\s+\S*$/, "")}…` : subject;
}

/** `title` is "Measure · period"; spending of a subject is just "Subject · period", any other measure keeps its name. */
export function chartTitle(title: string, spec: QueryResult["spec"], locale: "en" | "de"): string {
  const subject = subjectOf(spec, locale);
  if (!subject) return title;
  if (spec.measure !== "spending") return `${subject} · ${title}`;
  const period = title.split(" · ").slice(1).join(" · ");
  return period ? `${subject} · ${period}` : subject;
}
