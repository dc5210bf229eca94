import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, utimes } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliveFile, aliveFileJob } from "../../src/jobs/alive-file.ts";
import type { Services } from "../../src/services.ts";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "kontor-alive-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** The HEALTHCHECK command exactly as the Dockerfile has it. */
async function dockerHealthcheck(): Promise<() => number> {
  const dockerfile = await readFile(path.join(import.meta.dirname, "../../Dockerfile"), "utf8");
  const json = /HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(dockerfile)?.[1];
  const [cmd, ...args] = JSON.parse(json!) as string[];
  expect(cmd).toBe("node");
  return () => {
    try {
      execFileSync(process.execPath, args, { env: { ...process.env, DATA_DIR: dataDir }, stdio: "ignore" });
      return 0;
    } catch (err) {
      return (err as { status: number }).status;
    }
  };
}

const kit = (query: () => Promise<unknown>) =>
  ({ db: { $queryRaw: query }, logger: pino({ level: "silent" }), config: { DATA_DIR: dataDir } }) as unknown as Services;

describe("the health file and the Docker HEALTHCHECK", () => {
  it("fails before the first beat, passes after it, and fails again once the beats stop", async () => {
    const check = await dockerHealthcheck();
    expect(check()).not.toBe(0);
    await aliveFileJob(kit(async () => 1)).beat();
    expect(check()).toBe(0);
    const old = new Date(Date.now() - 5 * 60_000);
    await utimes(aliveFile(dataDir), old, old);
    expect(check()).toBe(1);
  });

  it("does not beat while the database does not answer", async () => {
    const old = new Date(Date.now() - 5 * 60_000);
    await aliveFileJob(kit(async () => 1)).beat();
    await utimes(aliveFile(dataDir), old, old);
    await expect(aliveFileJob(kit(async () => Promise.reject(new Error("connection lost")))).beat()).rejects.toThrow("connection lost");
    expect((await dockerHealthcheck())()).toBe(1);
  });
});
