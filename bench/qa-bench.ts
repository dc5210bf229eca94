// The Q&A benchmark for one dataset size: seed, time the PostgreSQL
// reference, then ask the 50 questions cold (after a dataVersion bump) and
// warm, through the bot when the chat handler answers questions, otherwise at
// engine level (labelled as such).
import pg from "pg";
import { startBotHarness, type BotHarness } from "./qa-bot.ts";
import { createQaDataset } from "./qa-dataset.ts";
import { startEngineHarness } from "./qa-engine.ts";
import { QUESTIONS } from "./qa-questions.ts";
import { parseAll, parseContextFor, timeReference, type ParsedQuestion } from "./qa-reference.ts";

export interface Samples {
  chart: number[];
  noChart: number[];
}

export interface QaFigures {
  rows: number;
  accounts: number;
  from: string;
  to: string;
  seedMs: number;
  level: "bot" | "engine";
  questions: number;
  /** How the parser read the 50 questions. */
  outcomes: Record<ParsedQuestion["outcome"], number>;
  /** Bot level: answers that were the generic "I didn't understand". */
  notUnderstood: number;
  cold: Samples;
  warm: Samples;
  warmRounds: number;
  pg: number[];
  /** Warm engine-level parts, to show where bot time goes: analytics.query and renderChart. */
  breakdown: { query: number[]; render: number[]; engine: number[] };
}

export interface QaOptions {
  serverUrl: string;
  rows: number;
  telegramId: number;
  warmRounds: number;
  /** Questions asked cold (spread over the set); each means a full reload of the user's data. */
  coldQuestions: number;
  pgRuns: number;
  level: "auto" | "bot" | "engine";
  /** Logs every answer's first lines, to check the bot really answered. */
  verbose?: boolean;
  log: (line: string) => void;
}

const NOT_UNDERSTOOD = /I didn't understand|nicht verstanden/;

const add = (s: Samples, ms: number, chart: boolean) => (chart ? s.chart : s.noChart).push(ms);

export async function runQaBench(o: QaOptions): Promise<QaFigures> {
  const ds = await createQaDataset(o.serverUrl, o.rows, o.telegramId);
  o.log(`  seeded ${ds.rows.toLocaleString("en")} rows over ${ds.accounts} accounts (${ds.from}..${ds.to}) in ${Math.round(ds.seedMs)} ms`);
  const client = new pg.Client({ connectionString: ds.url });
  await client.connect();
  try {
    const parsed = parseAll(QUESTIONS, await parseContextFor(client, ds.userId, ds.to));
    const outcomes = { spec: 0, clarify: 0, unknown: 0, subscriptions: 0, price_change: 0 };
    for (const p of parsed) outcomes[p.outcome]++;
    const pgSamples: number[] = [];
    for (const p of parsed) {
      if (!p.spec) continue;
      await timeReference(client, ds.userId, p.spec, ds.to, ds.from); // warms PostgreSQL's buffers
      for (let i = 0; i < o.pgRuns; i++) pgSamples.push(await timeReference(client, ds.userId, p.spec, ds.to, ds.from));
    }
    o.log(`  PostgreSQL reference: ${pgSamples.length} samples`);
    const step = Math.max(1, Math.floor(parsed.length / o.coldQuestions));
    const isCold = (i: number) => i % step === 0 && i / step < o.coldQuestions;
    const base = { rows: ds.rows, accounts: ds.accounts, from: ds.from, to: ds.to, seedMs: ds.seedMs, questions: parsed.length, outcomes, pg: pgSamples, warmRounds: o.warmRounds };

    let viaBot: Awaited<ReturnType<typeof askThroughBot>> = null;
    if (o.level !== "engine") {
      const bot = await startBotHarness(ds.url, o.telegramId);
      try {
        viaBot = await askThroughBot(bot, parsed, isCold, o);
      } finally {
        await bot.stop();
      }
      if (!viaBot && o.level === "bot") throw new Error("the bot does not answer questions yet (generic reply), and --level bot was asked for");
      if (!viaBot) o.log("  the bot answers questions with the generic reply: measuring at engine level instead");
    }
    const engine = await startEngineHarness(ds.url, ds.userId, ds.to);
    try {
      const cold: Samples = { chart: [], noChart: [] };
      const warm: Samples = { chart: [], noChart: [] };
      const breakdown = { query: [] as number[], render: [] as number[], engine: [] as number[] };
      const answerable = parsed.filter((p) => p.spec);
      for (const [i, p] of answerable.entries()) {
        // Through the bot, cold figures are already taken: here the first pass only loads the cache.
        const measured = !viaBot && isCold(i);
        if (measured) await engine.bumpDataVersion();
        const a = await engine.ask(p.spec!, p.lang);
        if (measured) add(cold, a.ms, a.withChart);
      }
      for (let r = 0; r < (viaBot ? Math.min(3, o.warmRounds) : o.warmRounds); r++) {
        for (const p of answerable) {
          const a = await engine.ask(p.spec!, p.lang);
          add(warm, a.ms, a.withChart);
          breakdown.query.push(a.queryMs);
          breakdown.engine.push(a.ms);
          if (a.withChart) breakdown.render.push(a.renderMs);
        }
      }
      if (viaBot) return { ...base, level: "bot", ...viaBot, breakdown };
      return { ...base, level: "engine", notUnderstood: 0, cold, warm, breakdown };
    } finally {
      await engine.stop();
    }
  } finally {
    await client.end();
    await ds.drop();
  }
}

/** Null when the bot only gives the generic reply (no Q&A handler yet). */
async function askThroughBot(bot: BotHarness, parsed: ParsedQuestion[], isCold: (i: number) => boolean, o: QaOptions) {
  const cold: Samples = { chart: [], noChart: [] };
  const warm: Samples = { chart: [], noChart: [] };
  const parts: number[] = [];
  let notUnderstood = 0;
  for (const [i, p] of parsed.entries()) {
    if (isCold(i)) await bot.bumpDataVersion();
    const a = await bot.askLearning(p.q);
    parts.push(a.parts.length);
    const generic = a.texts.length === 1 && NOT_UNDERSTOOD.test(a.texts[0]!);
    if (generic) notUnderstood++;
    if (i === 0 && generic) return null;
    if (isCold(i)) add(cold, a.ms, a.withChart);
    if (o.verbose) o.log(`    ${a.parts.join("+")} ${Math.round(a.ms)} ms  ${p.q}  →  ${a.texts.at(-1)!.replace(/\s+/g, " ").slice(0, 110)}`);
  }
  o.log(`  bot: ${parsed.length} questions learnt, ${cold.chart.length + cold.noChart.length} cold samples`);
  for (let r = 0; r < o.warmRounds; r++) {
    for (const [i, p] of parsed.entries()) {
      const a = await bot.ask(p.q, parts[i]!);
      add(warm, a.ms, a.withChart);
    }
  }
  return { cold, warm, notUnderstood };
}
