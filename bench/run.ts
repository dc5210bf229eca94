// `npm run bench`: the sync-ingest and Q&A benchmarks, printed as markdown and
// written to BENCHMARKS.md. A section that was not run this time (--only) is
// kept from the existing file, so one half can be re-measured alone.
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench -- \
//     [--only sync|qa] [--sizes 10000,100000,1000000] [--sync-runs 3] [--level auto|bot|engine] [--verbose]
//   npm run bench -- --only store [--store-sizes 100000,1000000] [--instance 1000x20000|none] [--questions 400]
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../src/db/embedded.ts";
import { describeMachine, machineMarkdown } from "./machine.ts";
import { runQaBench, type QaFigures } from "./qa-bench.ts";
import { runStoreBench } from "./store-run.ts";
import { qaBreakdownMarkdown, qaDatasetsMarkdown, qaLatencyMarkdown, qaReferenceMarkdown, qaTargetsMarkdown } from "./qa-report.ts";
import { QA_METHOD, SYNC_METHOD, document, replaceSection } from "./run-doc.ts";
import { medianIngest } from "./sync-median.ts";
import { runSyncIngestBench, toMarkdown, type IngestFigures } from "./sync-ingest.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    sizes: { type: "string", default: "10000,100000,1000000" },
    "sync-runs": { type: "string", default: "3" },
    level: { type: "string", default: "auto" },
    out: { type: "string", default: "BENCHMARKS.md" },
    verbose: { type: "boolean", default: false },
    "store-sizes": { type: "string", default: "100000,1000000" },
    instance: { type: "string", default: "1000x20000" },
    questions: { type: "string", default: "400" },
    note: { type: "string", default: "" },
  },
});
const only = values.only;
if (only !== undefined && only !== "sync" && only !== "qa" && only !== "store") throw new Error(`--only takes sync, qa or store, not ${only}`);
const level = values.level as "auto" | "bot" | "engine";
if (!["auto", "bot", "engine"].includes(level)) throw new Error(`--level takes auto, bot or engine, not ${level}`);
const sizes = values.sizes.split(",").map((s) => Number(s.trim().replace(/_/g, "")));
if (sizes.some((n) => !Number.isInteger(n) || n < 1000)) throw new Error(`--sizes wants whole numbers of at least 1000, got ${values.sizes}`);
const syncRuns = Number(values["sync-runs"]);

const log = (line: string) => console.error(line);
const started = performance.now();
const loadAtStart = os.loadavg()[0]!;

let serverUrl = process.env.DATABASE_URL;
let stopServer: (() => Promise<void>) | undefined;
let tmp: string | undefined;
if (!serverUrl) {
  tmp = await mkdtemp(path.join(os.tmpdir(), "kontor-bench-pg-"));
  log(`DATABASE_URL not set: starting an embedded PostgreSQL in ${tmp}`);
  const server = await startEmbeddedPostgres(path.join(tmp, "pg"));
  serverUrl = server.url;
  stopServer = server.stop;
}

try {
  if (only === "store") {
    const section = await runStoreBench({
      serverUrl,
      // "--store-sizes none" runs only the instance part.
      sizes: values["store-sizes"].split(",").map((x) => Number(x.trim().replace(/_/g, ""))).filter((n) => n > 0),
      instance: values.instance,
      questions: Number(values.questions),
      out: values.out,
      note: values.note,
      log,
    });
    console.log(section);
    process.exitCode = 0;
  } else {
  const machine = await describeMachine(serverUrl);
  let syncSection: string | undefined;
  let qaSection: string | undefined;

  if (only !== "qa") {
    const runs: IngestFigures[][] = [];
    for (let i = 0; i < syncRuns; i++) {
      log(`sync ingest, run ${i + 1} of ${syncRuns}`);
      runs.push(await runSyncIngestBench({ databaseUrl: serverUrl, rows: 100_000 }));
    }
    syncSection = [SYNC_METHOD(syncRuns), toMarkdown(medianIngest(runs))].join("\n\n");
    console.log(syncSection + "\n");
  }

  if (only !== "sync") {
    const figs: QaFigures[] = [];
    for (const [i, rows] of sizes.entries()) {
      log(`questions, ${rows.toLocaleString("en")} transactions`);
      const big = rows >= 1_000_000;
      figs.push(
        await runQaBench({
          serverUrl,
          rows,
          telegramId: 910_000_000 + i,
          // 1M: every cold answer reloads a million rows, so fewer samples there.
          warmRounds: big ? 3 : 5,
          coldQuestions: big ? 10 : 50,
          pgRuns: big ? 2 : 3,
          level,
          verbose: values.verbose,
          log,
        }),
      );
    }
    qaSection = [
      QA_METHOD(figs),
      "### Datasets",
      qaDatasetsMarkdown(figs),
      "### Latency, incoming update to the last part of the answer (ms)",
      qaLatencyMarkdown(figs),
      "### The same aggregations straight in PostgreSQL (ms)",
      qaReferenceMarkdown(figs),
      "### Where a warm answer's time goes (engine-level, in-process, ms)",
      qaBreakdownMarkdown(figs),
      "### Targets (issue 5)",
      qaTargetsMarkdown(figs),
    ].join("\n\n");
    console.log(qaSection + "\n");
  }

  const previous = existsSync(values.out) ? await readFile(values.out, "utf8") : "";
  syncSection ??= replaceSection.extract(previous, "sync") ?? "_Not run yet: `npm run bench -- --only sync`._";
  qaSection ??= replaceSection.extract(previous, "qa") ?? "_Not run yet: `npm run bench -- --only qa`._";
  machine.load = { start: loadAtStart, end: os.loadavg()[0]! };
  // The sections other tools write after these two stay as they are.
  await writeFile(values.out, document({ machine: machineMarkdown(machine), sync: syncSection, qa: qaSection, rest: replaceSection.after(previous, "qa") }));
  log(`wrote ${values.out} after ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  }
} finally {
  await stopServer?.();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}
