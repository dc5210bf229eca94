// Rotating a key that lives in DATA_DIR/master.key without ever leaving a
// secret under a key that exists nowhere. Order:
//   1. the new key is written durably to master.key.next (this file is the
//      journal: while it exists, a rotation is unfinished and a rerun resumes it);
//   2. the database is re-encrypted (decrypting with either key);
//   3. the old key is kept durably as master.key.previous;
//   4. master.key.next is renamed over master.key (atomic).
// A crash or failure between any two steps is finished by running it again;
// the app meanwhile decrypts with master.key and master.key.next.
import { randomBytes } from "node:crypto";
import { lstat } from "node:fs/promises";
import type { Db } from "../db/client.ts";
import { renameDurably, writeFileDurably } from "./durable-file.ts";
import { masterKeyFile, nextKeyFile, previousKeyFile, readKeyFile } from "./master-key.ts";
import { rotateSecrets } from "./rotate.ts";
import { keyIdOf } from "./vault.ts";

export class RotationError extends Error {
  override name = "RotationError";
}

export const ROTATION_STEPS = ["new-key-written", "reencrypted", "previous-kept", "key-replaced"] as const;
export type RotationStep = (typeof ROTATION_STEPS)[number];

export interface RotateKeyFileOptions {
  db: Db;
  dataDir: string;
  /** Defaults to 32 random bytes; ignored (must match) when resuming. */
  newKey?: Buffer;
  /** Test seam: called before and after each step; a throw simulates a crash there. */
  hook?: (point: `${"before" | "after"}:${RotationStep}`) => void | Promise<void>;
}

export interface RotationResult {
  reencrypted: number;
  keyId: string;
  resumed: boolean;
}

async function assertRegularFileOrAbsent(file: string): Promise<void> {
  const st = await lstat(file).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT") return null;
    throw err;
  });
  if (st && !st.isFile()) throw new RotationError(`${file} exists but is not a regular file: move it away and run rotate-key again`);
}

export async function rotateKeyFile(o: RotateKeyFileOptions): Promise<RotationResult> {
  const hook = o.hook ?? (() => {});
  const current = masterKeyFile(o.dataDir);
  const next = nextKeyFile(o.dataDir);
  const previous = previousKeyFile(o.dataDir);
  // Everything that would fail a later file step is checked before the database is touched.
  await assertRegularFileOrAbsent(previous);
  await assertRegularFileOrAbsent(next);
  const oldKey = await readKeyFile(current);
  if (!oldKey) throw new RotationError(`${current} does not exist: there is no key to rotate`);

  const step = async (name: RotationStep, run: () => Promise<void>) => {
    await hook(`before:${name}`);
    await run();
    await hook(`after:${name}`);
  };

  const pending = await readKeyFile(next);
  if (pending && o.newKey && !pending.equals(o.newKey))
    throw new RotationError(`an unfinished rotation to key ${keyIdOf(pending)} exists (${next}): finish it before choosing another key`);
  const newKey = pending ?? o.newKey ?? randomBytes(32);
  if (newKey.equals(oldKey)) throw new RotationError("the new master key equals the current one");

  if (!pending) await step("new-key-written", () => writeFileDurably(next, newKey.toString("base64") + "\n"));
  let reencrypted = 0;
  await step("reencrypted", async () => {
    reencrypted = (await rotateSecrets(o.db, oldKey, newKey)).reencrypted;
  });
  await step("previous-kept", () => writeFileDurably(previous, oldKey.toString("base64") + "\n"));
  await step("key-replaced", () => renameDurably(next, current));
  return { reencrypted, keyId: keyIdOf(newKey), resumed: pending !== null };
}
