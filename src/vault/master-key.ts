// Where the master key comes from: KONTOR_MASTER_KEY, or a file generated once
// under DATA_DIR (mode 0600) with a loud warning to back it up.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseMasterKey } from "./vault.ts";

export interface MasterKeySource {
  key: Buffer;
  /** Keys that may still decrypt (never encrypt): an unfinished rotation's new key, the rotated-out key. */
  previous: Buffer[];
  origin: "env" | "file-existing" | "file-created";
  file?: string;
}

export function masterKeyFile(dataDir: string): string {
  return path.join(dataDir, "master.key");
}

/** The key a rotation is moving to; its presence means a rotation has not finished. */
export function nextKeyFile(dataDir: string): string {
  return path.join(dataDir, "master.key.next");
}

export function previousKeyFile(dataDir: string): string {
  return path.join(dataDir, "master.key.previous");
}

export async function readKeyFile(file: string): Promise<Buffer | null> {
  const text = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  return text === null ? null : parseMasterKey(text);
}

async function decryptOnlyKeys(dataDir: string): Promise<Buffer[]> {
  // Read both so a rotation interrupted at any step leaves every secret readable.
  const keys = [await readKeyFile(nextKeyFile(dataDir)), await readKeyFile(previousKeyFile(dataDir)).catch(() => null)];
  return keys.filter((k): k is Buffer => k !== null);
}

export async function loadMasterKey(envValue: string | undefined, dataDir: string): Promise<MasterKeySource> {
  if (envValue) return { key: parseMasterKey(envValue), previous: [], origin: "env" };
  const file = masterKeyFile(dataDir);
  const existing = await readKeyFile(file);
  if (existing !== null) return { key: existing, previous: await decryptOnlyKeys(dataDir), origin: "file-existing", file };
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  // "wx": never overwrite a key another process just wrote.
  await writeFile(file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
  await chmod(file, 0o600);
  return { key, previous: [], origin: "file-created", file };
}
