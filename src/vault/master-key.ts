// Where the master key comes from: KONTOR_MASTER_KEY, or a file generated once
// under DATA_DIR (mode 0600) with a loud warning to back it up.
import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseMasterKey } from "./vault.ts";

export interface MasterKeySource {
  key: Buffer;
  origin: "env" | "file-existing" | "file-created";
  file?: string;
}

export function masterKeyFile(dataDir: string): string {
  return path.join(dataDir, "master.key");
}

export async function loadMasterKey(envValue: string | undefined, dataDir: string): Promise<MasterKeySource> {
  if (envValue) return { key: parseMasterKey(envValue), origin: "env" };
  const file = masterKeyFile(dataDir);
  const existing = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (existing !== null) return { key: parseMasterKey(existing), origin: "file-existing", file };
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  // "wx": never overwrite a key another process just wrote.
  await writeFile(file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
  await chmod(file, 0o600);
  return { key, origin: "file-created", file };
}
