// /spend, /top, /compare and /categories: fixed questions whose only free
// part is the period (and optionally a filter: "/spend groceries last year").
import { parseQuestion, type ParseOption, type Settle } from "../analytics/parse/index.ts";
import type { Message } from "../i18n/index.ts";
import { QuerySpec } from "../analytics/query-spec.ts";
import { monthStart } from "./today.ts";
import { readingOf } from "./reading.ts";
import type { AskedQuery } from "./pending.ts";
import type { UserContext } from "./user-context.ts";

export type CommandName = "spend" | "top" | "compare" | "categories";

const SHAPES: Record<CommandName, Partial<QuerySpec>> = {
  spend: { groupBy: "category" },
  top: { groupBy: "merchant", limit: 5 },
  compare: { groupBy: "category", compare: "previous_period" },
  categories: { groupBy: "category", chart: "doughnut" },
};

// The parser wants a question; a bare "last month" is not one.
const PREFIX = { en: "spending", de: "Ausgaben" } as const;

function shaped(name: CommandName, base: QuerySpec): QuerySpec {
  // A command has its own shape: lists, sides and monthly averages from the words do not carry over.
  const { versus: _v, averageOver: _a, offset: _o, ...plain } = base;
  return QuerySpec.parse({ ...plain, measure: "spending", groupBy: "none", compare: "none", sort: "value_desc", limit: undefined, chart: "auto", ...SHAPES[name] });
}

export type CommandPlan =
  | { kind: "query"; query: AskedQuery }
  | { kind: "clarify"; question: Message; options: { label: ParseOption["label"]; query: AskedQuery }[]; settle: Settle }
  | { kind: "bad_period" };

export function planCommand(name: CommandName, text: string, today: string, locale: "en" | "de", u: UserContext): CommandPlan {
  const words = text.trim().slice(0, 200);
  if (!words) {
    const period = { from: monthStart(today), to: today };
    const spec = shaped(name, QuerySpec.parse({ measure: "spending", filters: { period } }));
    return { kind: "query", query: { spec, reading: readingOf(spec, period, u.accounts) } };
  }
  const parsed = parseQuestion(`${PREFIX[locale]} ${words}`, { today, locale, merchants: u.merchants, accounts: u.accounts });
  const toQuery = (spec: QuerySpec): AskedQuery => {
    const s = shaped(name, spec);
    const period = s.filters.period ?? { from: monthStart(today), to: today };
    return { spec: s, reading: readingOf(s, period, u.accounts) };
  };
  if (parsed.kind === "clarify") {
    return { kind: "clarify", question: parsed.question, options: parsed.options.map((o) => ({ label: o.label, query: toQuery(o.spec) })), settle: parsed.settle };
  }
  if (parsed.kind !== "spec") return { kind: "bad_period" };
  const f = parsed.spec.filters;
  const understood = !parsed.reading.period.defaulted || Boolean(f.categories?.length || f.topics?.length || f.merchants?.length || f.accounts?.length || f.text);
  // Words the parser skipped must not silently turn into "this month".
  return understood ? { kind: "query", query: toQuery(parsed.spec) } : { kind: "bad_period" };
}
