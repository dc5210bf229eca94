import os from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// The slowest files, measured in CI (chaos ~95 s, the 100,000-question fuzz ~100 s, then two end-to-end files of
// 30–50 s). A fresh clone has no timing cache, so vitest orders files by size and these small files started last:
// chaos ran alone at the end. Started first, the other worker fills in beside them.
const SLOW_FIRST = ["test/chaos/chaos.test.ts", "test/analytics/questions/fuzz.test.ts", "test/e2e/blind-intl3.test.ts", "test/e2e/replicas.test.ts"];

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
    // Vitest's default (cores − 1) runs one file at a time on a 2-core machine, where most files
    // spend their time waiting on PostgreSQL, child processes and fake servers: two at a time
    // there took the suite from 13.4 min towards the 10-min budget, three at a time (cores + 1)
    // from 636 s to 578 s on a fresh clone once the suite reached 5,945 tests. Each file has its own database.
    maxWorkers: Math.max(3, os.availableParallelism() + 1),
    sequence: { sequencer: SlowFirst },
  },
});
