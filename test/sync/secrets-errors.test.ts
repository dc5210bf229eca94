import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Vault } from "../../src/vault/vault.ts";
import { createHarness, type Harness } from "./harness.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.tdb.drop());

function tamper(sealed: string): string {
  const parts = sealed.split(":");
  const data = Buffer.from(parts[4]!, "base64");
  data[0] = data[0]! ^ 1;
  parts[4] = data.toString("base64");
  return parts.join(":");
}

describe("stored secrets that cannot be opened", () => {
  it("a tampered ciphertext is reported as damaged, not as a changed master key", async () => {
    const id = await h.link();
    const conn = await h.tdb.db.connection.findUniqueOrThrow({ where: { id } });
    await h.tdb.db.connection.update({ where: { id }, data: { credentials: tamper(conn.credentials!) } });
    const outcome = await h.engine.syncConnection(id, { trigger: "manual" });
    expect(outcome).toMatchObject({ status: "failed", errorKind: "SecretsCorrupt" });
    const after = await h.tdb.db.connection.findUniqueOrThrow({ where: { id } });
    expect(after.lastError).toMatch(/damaged/);
    expect(after.lastError).not.toMatch(/master key may have changed/);
  });

  it("a secret under another key is reported as a possibly changed master key", async () => {
    const id = await h.link();
    await h.tdb.db.connection.update({ where: { id }, data: { credentials: new Vault(randomBytes(32)).encryptJson({ token: "t0" }) } });
    const outcome = await h.engine.syncConnection(id, { trigger: "manual" });
    expect(outcome).toMatchObject({ status: "failed", errorKind: "Secrets" });
    const after = await h.tdb.db.connection.findUniqueOrThrow({ where: { id } });
    expect(after.lastError).toMatch(/master key may have changed/);
  });
});
