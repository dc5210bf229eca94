import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstClosedDirectory, startEmbeddedPostgres } from "../../src/db/embedded.ts";
import { isAlive } from "../../src/db/postmaster.ts";

let root: string;
let dir: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "kontor-embedded-"));
  dir = path.join(root, "postgres");
});
afterAll(async () => {
  for (const c of children) c.kill("SIGKILL");
  await rm(root, { recursive: true, force: true });
});

/** Another Kontor process with the embedded server on `dir`. */
async function startKontor(): Promise<{ child: ChildProcess; pid: number; reaperPid: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "embedded-child.ts"), dir], { stdio: ["ignore", "pipe", "inherit"] });
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      if (out.includes("\n")) resolve(out.split("\n")[0]!);
    });
    child.once("exit", (code) => reject(new Error(`child exited with ${code}`)));
  });
  return { child, ...(JSON.parse(line) as { pid: number; reaperPid: number }) };
}

const gone = (pid: number) => expect.poll(() => isAlive(pid), { timeout: 20_000, interval: 100 }).toBe(false);

describe("embedded PostgreSQL across crashes", () => {
  it("after kill -9 of Kontor its PostgreSQL is stopped by the watcher, and the next start works", async () => {
    const first = await startKontor();
    first.child.kill("SIGKILL");
    await gone(first.pid);
    const db = await startEmbeddedPostgres(dir);
    await db.stop();
  });

  it("an orphaned server of ours (watcher killed too) is stopped and replaced at the next start", async () => {
    const first = await startKontor();
    process.kill(first.reaperPid, "SIGKILL");
    first.child.kill("SIGKILL");
    await new Promise((r) => first.child.once("exit", r));
    expect(isAlive(first.pid)).toBe(true);
    const logs: string[] = [];
    const db = await startEmbeddedPostgres(dir, { onLog: (m) => logs.push(m) });
    expect(isAlive(first.pid)).toBe(false);
    expect(logs.join("\n")).toMatch(/stopping PostgreSQL pid \d+ left running/);
    await db.stop();
  });

  it("a second Kontor on the same DATA_DIR is refused with a clear reason", async () => {
    const first = await startKontor();
    await expect(startEmbeddedPostgres(dir)).rejects.toThrow(new RegExp(`another Kontor \\(pid ${first.child.pid}\\) is running with this DATA_DIR`));
    expect(isAlive(first.pid)).toBe(true);
    first.child.kill("SIGKILL");
    await gone(first.pid);
  });

  it("a stale postmaster.pid (its process long gone) is removed and the start works", async () => {
    await writeFile(path.join(dir, "postmaster.pid"), `999999\n${dir}\n1700000000\n5999\n\n127.0.0.1\n0 0\nready\n`);
    const logs: string[] = [];
    const db = await startEmbeddedPostgres(dir, { onLog: (m) => logs.push(m) });
    expect(logs.join("\n")).toMatch(/removing a stale postmaster.pid/);
    await db.stop();
  });
});

describe("the way to the embedded server's binaries", () => {
  it("names the first directory others may not enter, and none when every one is open", async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), "kontor-closed-"));
    try {
      await chmod(base, 0o755);
      await mkdir(path.join(base, "private", "kontor", "bin"), { recursive: true });
      await chmod(path.join(base, "private"), 0o700);
      expect(await firstClosedDirectory(path.join(base, "private", "kontor", "bin", "initdb"))).toBe(path.join(base, "private"));
      await chmod(path.join(base, "private"), 0o711);
      expect(await firstClosedDirectory(path.join(base, "private", "kontor", "bin", "initdb"))).toBeNull();
    } finally {
      await rm(base, { recursive: true, force: true });
    }
  });
});
