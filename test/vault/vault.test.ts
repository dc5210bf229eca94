import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Vault, VaultError } from "../../src/vault/vault.ts";
import { rotateSecrets } from "../../src/vault/rotate.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";

describe("vault", () => {
  const key = randomBytes(32);
  const vault = new Vault(key);

  it("round-trips a secret and never stores it readable", () => {
    const sealed = vault.encrypt("PIN 1234 and token abc");
    expect(sealed).not.toContain("1234");
    expect(sealed.startsWith(`v1:${vault.currentKeyId}:`)).toBe(true);
    expect(vault.decrypt(sealed)).toBe("PIN 1234 and token abc");
  });

  it("refuses tampered ciphertext instead of returning garbage", () => {
    const sealed = vault.encrypt("secret");
    const parts = sealed.split(":");
    const data = Buffer.from(parts[4]!, "base64");
    data[0] = data[0]! ^ 1;
    parts[4] = data.toString("base64");
    expect(() => vault.decrypt(parts.join(":"))).toThrowError(VaultError);
  });

  it("names a wrong key clearly", () => {
    const other = new Vault(randomBytes(32));
    expect(() => other.decrypt(vault.encrypt("x"))).toThrowError(/not the configured master key/);
  });

  it("refuses a swapped key id even with the right key present", () => {
    const other = randomBytes(32);
    const both = new Vault(key, [other]);
    const sealed = both.encrypt("x").split(":");
    sealed[1] = new Vault(other).currentKeyId;
    expect(() => both.decrypt(sealed.join(":"))).toThrowError(/integrity/);
  });
});

describe("key rotation", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it("re-encrypts every secret with the new key in one transaction", async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const user = await t.db.user.create({ data: { telegramId: 9n, chatId: 9n } });
    for (const i of [1, 2, 3])
      await t.db.connection.create({ data: { userId: user.id, provider: "demo", label: `c${i}`, credentials: new Vault(oldKey).encrypt(`secret-${i}`) } });
    const res = await rotateSecrets(t.db, oldKey, newKey);
    expect(res.reencrypted).toBe(3);
    const rows = await t.db.connection.findMany({ orderBy: { label: "asc" } });
    expect(rows.map((r) => new Vault(newKey).decrypt(r.credentials!))).toEqual(["secret-1", "secret-2", "secret-3"]);
  });

  it("changes nothing when one secret cannot be decrypted", async () => {
    const oldKey = randomBytes(32);
    const before = await t.db.connection.findMany({ orderBy: { label: "asc" } });
    await expect(rotateSecrets(t.db, oldKey, randomBytes(32))).rejects.toThrow(VaultError);
    const after = await t.db.connection.findMany({ orderBy: { label: "asc" } });
    expect(after.map((r) => r.credentials)).toEqual(before.map((r) => r.credentials));
  });
});
