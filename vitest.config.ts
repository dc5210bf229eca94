import os from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/global-db.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default (cores − 1) runs one file at a time on a 2-core machine, where most files
    // spend their time waiting on PostgreSQL, child processes and fake servers: two at a time
    // there took the suite from 13.4 min towards the 10-min budget. Each file has its own database.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
