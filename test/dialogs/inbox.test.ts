import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { createDialogInbox } from "../../src/dialogs/inbox.ts";
import { Vault } from "../../src/vault/vault.ts";

describe("dialog inbox", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => {
    await t.drop();
  });

  it("stores a relayed answer sealed, hands answers over in order once, and keeps nothing after", async () => {
    const vault = new Vault(randomBytes(32));
    const owner = createDialogInbox(t.db, vault);
    const other = createDialogInbox(t.db, vault);
    const id = await owner.open(4242, "n0nce", 60_000);
    await owner.setAwaiting(id, "secret", 60_000);
    const open = (await other.find(4242))!;
    expect(open).toMatchObject({ id, ownerId: owner.instanceId, awaiting: "secret", nonce: "n0nce", alive: true });

    await other.post(open, { kind: "text", text: "hunter2-in-the-inbox", messageId: 7, deleted: true });
    await other.post(open, { kind: "button", data: "ld:n0nce:1" });
    const raw = await t.db.dialogInboxEntry.findMany({ orderBy: { id: "asc" } });
    expect(raw[0]!.payload).not.toContain("hunter2");
    expect(vault.decrypt(raw[0]!.payload)).toBe("hunter2-in-the-inbox");

    expect(await owner.takeNext(id)).toEqual({ kind: "text", text: "hunter2-in-the-inbox", messageId: 7, deleted: true });
    expect(await owner.takeNext(id)).toEqual({ kind: "button", data: "ld:n0nce:1" });
    expect(await owner.takeNext(id)).toBeNull();
    expect(await t.db.dialogInboxEntry.count()).toBe(0);
    await owner.close(id);
    expect(await other.find(4242)).toBeNull();
  });

  it("a dialog without heartbeat is dead, and exactly one replica gets to report it", async () => {
    const vault = new Vault(randomBytes(32));
    const owner = createDialogInbox(t.db, vault, { heartbeatMs: 1000, staleMs: 5000 });
    const a = createDialogInbox(t.db, vault, { heartbeatMs: 1000, staleMs: 5000 });
    const b = createDialogInbox(t.db, vault, { heartbeatMs: 1000, staleMs: 5000 });
    const id = await owner.open(4343, "x", 60_000);
    await owner.heartbeat();
    expect((await a.find(4343))!.alive).toBe(true);
    // The owner's last heartbeat was a minute ago.
    await t.db.$executeRaw`update "DialogInbox" set "heartbeatAt" = now() - interval '1 minute' where "id" = ${id}::uuid`;
    expect((await a.find(4343))!.alive).toBe(false);
    const reported = await Promise.all([a.abandon(id), b.abandon(id)]);
    expect(reported.filter(Boolean)).toHaveLength(1);
  });
});
