// The text around the figures in BENCHMARKS.md: how each number was taken.
// Sections sit between HTML comments so a partial run can replace one alone.
import type { QaFigures } from "./qa-bench.ts";
import { READING_PAUSE_MS } from "./qa-bot.ts";

export const SYNC_METHOD = (runs: number) => `100,000 demo-bank transactions (\`connectors/demo/generate.ts\`, seed 1; a second round with seed 2 mapped onto the same accounts)
go through the sync engine's real write path (\`createSyncEngine(...).syncConnection\`: advisory lock, pages of 500 from a
bench connector, upsert by \`(accountId, externalId)\`, categorization, outbox rows, cursor, SyncRun) into a fresh database,
first empty, then already holding the first 100,000 rows. The ceiling is a plain \`COPY "Transaction" FROM STDIN\` of the same
rows into the same table (same indexes and foreign keys) in a second fresh database. "engine / COPY" is the engine's speed as
a share of COPY's (target: at least 30 %). Times and the ratio are medians of ${runs} run${runs === 1 ? "" : "s"}; peak RSS is the
highest seen (sampled every 20 ms, whole process, so it includes the two datasets the bench holds in memory).`;

export const QA_METHOD = (figs: QaFigures[]) => {
  const bot = figs.some((f) => f.level === "bot");
  const engine = figs.some((f) => f.level === "engine");
  const big = figs.find((f) => f.rows >= 1_000_000);
  return [
    `Each dataset is one user's demo-bank history (\`iterateTransactions\`, seed 7, ten years up to the day of the run, as many
checking/card pairs as it takes), the newest N rows copied into a fresh database with COPY, each row categorized the way a
sync would (\`categorizeForSync\`). The 50 questions are in \`bench/qa-questions.ts\` (25 English, 25 German; measures,
groupings, comparisons, merchants, categories, balances; half of them grouped so that they should come with a chart).`,
    bot
      ? `**Bot path:** the real app (\`startApp\`, runner polling, \`perChatMinMs: 0\`) against the Telegram simulator. The clock
starts when the simulator queues the update and stops at the simulator's record of the answer's last \`sendMessage\`/\`sendPhoto\`
(the number of parts each answer has is learnt on its first ask, by waiting for the chat to go quiet).`
      : "",
    engine
      ? `**Engine-level rows** (marked): the chat handler did not answer questions yet when this ran, so the clock covers
\`createAnalytics(...).query\` with the parsed QuerySpec, \`buildReport\` and, when the report wants one, \`renderChart\` to PNG.
Parsing, grammY and the HTTP round trips to Telegram are not in these figures.`
      : "",
    `**Cold** = the first question after a data change: one of the user's transactions is written before each cold sample,
so the analytics store applies that change from its change log first (until issue 12 this reloaded every row).${big ? ` At 1,000,000 only ${big.cold.chart.length + big.cold.noChart.length} questions (spread over the set) are asked cold, since each reloads a million rows.` : ""}
Questions are asked one at a time with a ${READING_PAUSE_MS} ms pause before each warm one, as a person reads an answer before
asking again; fired back to back (~15 a second) they would measure the throttler holding the bot to Telegram's ~30
messages/s budget instead of Kontor's latency. **Warm** = the same questions again with the data cached, ${figs.map((f) => `${f.warmRounds} rounds at ${f.rows.toLocaleString("en")}`).join(", ")}.
The app runs with its default analytics cache (256 MB by estimate; 1,000,000 rows are estimated at ~242 MB, so they stay
cached). "With chart" means the answer carried a picture. Percentiles are nearest-rank over all samples of that kind.`,
    `**PostgreSQL reference:** the same aggregation per question (read by the same parser) run directly in PostgreSQL by the
independent reference of the differential test (\`test/analytics/reference.ts\`; balances as a plain SUM per account), one
unmeasured run to warm the buffers, then timed; the ratio compares the warm answer to it. It returns rows only: no text,
no chart, no Telegram.`,
    `**Breakdown:** after the bot run, the same parsed questions go through \`createAnalytics(...).query\` + \`buildReport\` +
\`renderChart\` in the bench's own process (data already cached), timing the query and the chart separately; what the bot
adds on top is parsing, grammY, the typing action and the HTTP round trips (photo upload included) to the simulator.`,
  ]
    .filter(Boolean)
    .join("\n\n");
};

const begin = (name: string) => `<!-- ${name}:begin -->`;
const end = (name: string) => `<!-- ${name}:end -->`;

export const replaceSection = {
  extract(doc: string, name: string): string | undefined {
    const a = doc.indexOf(begin(name));
    const b = doc.indexOf(end(name));
    if (a < 0 || b < a) return undefined;
    return doc.slice(a + begin(name).length, b).trim();
  },
  /** Everything after a section: what other tools wrote there (corpus, store, chaos figures). */
  after(doc: string, name: string): string {
    const b = doc.indexOf(end(name));
    return b < 0 ? "" : doc.slice(b + end(name).length).trim();
  },
};

export function document(parts: { machine: string; sync: string; qa: string; rest?: string }): string {
  return `# Benchmarks

Written by \`npm run bench\` (\`bench/run.ts\`); run it again to refresh. Figures were taken on a **shared 2-core machine**
while other work (tests, builds) ran on it too, so single runs wander: repeated runs are folded into medians and
percentiles, and a figure off by a few tens of percent between two runs is noise, not a regression.

## Machine

${parts.machine}

## Sync ingest (issue 3)

${begin("sync")}
${parts.sync}
${end("sync")}

## Questions and answers (issue 5)

${begin("qa")}
${parts.qa}
${end("qa")}
${parts.rest ? `\n${parts.rest}\n` : ""}`;
}
