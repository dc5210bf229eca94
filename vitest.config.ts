import os from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The slowest files, measured in CI (the two halves of the 100,000-question fuzz, chaos ~95 s, then end-to-end
// files of 30–60 s). A fresh clone has no timing cache, so vitest orders files by size and these small files
// started last: chaos ran alone at the end. Started first, the other workers fill in beside them.
const SLOW_FIRST = [
  "test/analytics/questions/fuzz-parse-1.test.ts",
  "test/analytics/questions/fuzz-parse-2.test.ts",
  "test/chaos/chaos.test.ts",
  "test/analytics/differential.test.ts",
  "test/e2e/blind-intl3.test.ts",
  "test/connectors/file-import/parse-worker.test.ts",
  "test/e2e/replicas.test.ts",
];

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const at = SLOW_FIRST.findIndex((p) => f.moduleId.replaceAll("\\", "/").endsWith(p));
      return at < 0 ? SLOW_FIRST.length : at;
    };
    // Array.prototype.sort is stable: the base order stands among the rest.
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/global-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // One module graph per worker, not per file: with isolation every one of the 285 files imported src/ afresh
    // (the brand dictionary, Prisma, DuckDB), which was half of the suite's CPU. Measured on a 2-core machine, same
    // commit: 16.3 min wall / 25.8 min CPU isolated, 8.3 min / 12.1 min not. Safe here because every file makes its
    // own database in beforeAll (test/helpers/db.ts), no test mocks modules, and the one file with fake timers
    // restores them; module-level state in src/ is caches of pure functions.
    isolate: false,
    // Vitest's default (cores − 1) runs one file at a time on a 2-core machine, where most files
    // spend their time waiting on PostgreSQL, child processes and fake servers: two at a time
    // there took the suite from 13.4 min towards the 10-min budget, three at a time (cores + 1)
    // from 636 s to 578 s on a fresh clone once the suite reached 5,945 tests. Each file has its own database.
    maxWorkers: Math.max(3, os.availableParallelism() + 1),
    sequence: { sequencer: SlowFirst },
  },
});
