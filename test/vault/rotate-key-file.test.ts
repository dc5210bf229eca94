import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Vault } from "../../src/vault/vault.ts";
import { loadMasterKey, masterKeyFile, nextKeyFile, previousKeyFile } from "../../src/vault/master-key.ts";
import { ROTATION_STEPS, RotationError, rotateKeyFile } from "../../src/vault/rotate-key-file.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

const SECRETS = ["secret-1", "secret-2", "secret-3"];
// After the last step the rotation is complete: a rerun there would simply rotate again.
const POINTS = ROTATION_STEPS.flatMap((s) => [`before:${s}`, `after:${s}`] as const).filter((p) => p !== "after:key-replaced");

describe("rotate-key with a key file", () => {
  let t: TestDatabase;
  let dir: string;
  let oldKey: Buffer;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "kontor-rotate-"));
    oldKey = randomBytes(32);
    await writeFile(masterKeyFile(dir), oldKey.toString("base64") + "\n", { mode: 0o600 });
    await t.db.connection.deleteMany();
    const user = await t.db.user.upsert({ where: { telegramId: 9n }, create: { telegramId: 9n, chatId: 9n }, update: {} });
    for (const [i, s] of SECRETS.entries())
      await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: `c${i}`, credentials: new Vault(oldKey).encrypt(s) } });
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const decryptAll = async (vault: Vault) =>
    (await t.db.connection.findMany({ orderBy: { label: "asc" } })).map((r) => vault.decrypt(r.credentials!));

  const finalVault = async () => new Vault((await loadMasterKey(undefined, dir)).key);

  it.each(POINTS)("an interruption at %s is finished by a rerun, and every secret stays readable meanwhile", async (point) => {
    const crash = new Error(`crash at ${point}`);
    await expect(
      rotateKeyFile({ db: t.db, dataDir: dir, hook: (p) => { if (p === point) throw crash; } }),
    ).rejects.toBe(crash);
    // What the app would load right now can read every secret.
    const interim = await loadMasterKey(undefined, dir);
    expect(await decryptAll(new Vault(interim.key, interim.previous))).toEqual(SECRETS);

    const res = await rotateKeyFile({ db: t.db, dataDir: dir });
    const vault = await finalVault();
    expect(vault.currentKeyId).not.toBe(new Vault(oldKey).currentKeyId);
    expect(res.keyId).toBe(vault.currentKeyId);
    // Only the final key is needed: no row is left under the old one.
    expect(await decryptAll(vault)).toEqual(SECRETS);
    expect(existsSync(nextKeyFile(dir))).toBe(false);
    expect((await readFile(previousKeyFile(dir), "utf8")).trim()).toBe(oldKey.toString("base64"));
  });

  it("refuses before touching anything when master.key.previous is a directory, and works once it is moved", async () => {
    await mkdir(previousKeyFile(dir));
    const before = (await t.db.connection.findMany({ orderBy: { label: "asc" } })).map((r) => r.credentials);
    await expect(rotateKeyFile({ db: t.db, dataDir: dir })).rejects.toThrow(RotationError);
    expect((await t.db.connection.findMany({ orderBy: { label: "asc" } })).map((r) => r.credentials)).toEqual(before);
    expect(existsSync(nextKeyFile(dir))).toBe(false);
    expect(await decryptAll(new Vault(oldKey))).toEqual(SECRETS);

    await rm(previousKeyFile(dir), { recursive: true });
    const res = await rotateKeyFile({ db: t.db, dataDir: dir });
    expect(res.reencrypted).toBe(3);
    expect(await decryptAll(await finalVault())).toEqual(SECRETS);
  });

  it("a rerun keeps the key it started with, even if asked for another", async () => {
    const wanted = randomBytes(32);
    await expect(
      rotateKeyFile({ db: t.db, dataDir: dir, newKey: wanted, hook: (p) => { if (p === "after:reencrypted") throw new Error("disk full"); } }),
    ).rejects.toThrow("disk full");
    await expect(rotateKeyFile({ db: t.db, dataDir: dir, newKey: randomBytes(32) })).rejects.toThrow(/unfinished rotation/);
    const res = await rotateKeyFile({ db: t.db, dataDir: dir });
    expect(res.resumed).toBe(true);
    expect(res.keyId).toBe(new Vault(wanted).currentKeyId);
    expect(await decryptAll(new Vault(wanted))).toEqual(SECRETS);
  });
});
