// What is behind a postmaster.pid in the embedded data directory: nothing (a
// stale file after kill -9 or a reboot), our own PostgreSQL orphaned by a
// Kontor that died, or the PostgreSQL of a Kontor that is still running on the
// same DATA_DIR. Linux /proc tells whose process a pid is; elsewhere an alive
// pid is taken at its word.
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to another user (the `postgres` user when running as root).
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function readText(file: string): Promise<string | null> {
  return readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
}

/** The first line of postmaster.pid is the pid, the fourth the port (PostgreSQL's documented layout). */
export async function readPostmasterPid(databaseDir: string): Promise<{ pid: number; port: number | null } | null> {
  const text = await readText(path.join(databaseDir, "postmaster.pid"));
  if (text === null) return null;
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 ? { pid, port: Number.isInteger(port) && port > 0 ? port : null } : { pid: 0, port: null };
}

export async function removePostmasterPid(databaseDir: string): Promise<void> {
  await rm(path.join(databaseDir, "postmaster.pid"), { force: true });
}

/** True when the pid is a postgres serving `databaseDir`; undefined when the OS cannot tell (no /proc). */
export async function isPostgresFor(pid: number, databaseDir: string): Promise<boolean | undefined> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  if (cmdline === null) return isAlive(pid) ? undefined : false;
  const args = cmdline.split("\0");
  return /postgres/.test(args[0] ?? "") && args.includes(databaseDir);
}

/** Which Kontor started the server: written beside the data directory. */
export function ownerFile(databaseDir: string): string {
  return `${databaseDir}.owner`;
}

export async function readOwner(databaseDir: string): Promise<{ kontorPid: number } | null> {
  const text = await readText(ownerFile(databaseDir));
  const pid = Number(text?.trim());
  return Number.isInteger(pid) && pid > 0 ? { kontorPid: pid } : null;
}

export async function writeOwner(databaseDir: string): Promise<void> {
  await writeFile(ownerFile(databaseDir), `${process.pid}\n`);
}

export async function removeOwner(databaseDir: string): Promise<void> {
  await rm(ownerFile(databaseDir), { force: true });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fast shutdown (SIGINT), then immediate (SIGQUIT) if it does not go. */
export async function stopPostmaster(pid: number, o: { fastMs?: number; quitMs?: number } = {}): Promise<void> {
  for (const [signal, waitMs] of [["SIGINT", o.fastMs ?? 15_000], ["SIGQUIT", o.quitMs ?? 5_000]] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    for (let waited = 0; waited < waitMs; waited += 100) {
      if (!isAlive(pid)) return;
      await sleep(100);
    }
  }
  throw new EmbeddedPostgresError(`the orphaned PostgreSQL (pid ${pid}) did not stop; stop it by hand (kill ${pid}) and start again`);
}
