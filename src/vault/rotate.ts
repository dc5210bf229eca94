// Key rotation in the database: every stored secret is re-encrypted under the
// new key in one transaction. Secrets already under the new key (a rerun after
// an interruption) are left alone, so running it twice is harmless.
import type { Db } from "../db/client.ts";
import { Vault } from "./vault.ts";

export async function rotateSecrets(db: Db, oldKey: Buffer, newKey: Buffer): Promise<{ reencrypted: number; keyId: string }> {
  const to = new Vault(newKey);
  const either = new Vault(oldKey, [newKey]);
  return db.$transaction(async (tx) => {
    const rows = await tx.connection.findMany({ where: { credentials: { not: null } }, select: { id: true, credentials: true } });
    let reencrypted = 0;
    for (const row of rows) {
      if (to.keyIdOfSealed(row.credentials!) === to.currentKeyId) continue;
      // decrypt() throws on an unknown key or tampering, which aborts the whole rotation.
      const plain = either.decrypt(row.credentials!);
      await tx.connection.update({ where: { id: row.id }, data: { credentials: to.encrypt(plain) } });
      reencrypted++;
    }
    return { reencrypted, keyId: to.currentKeyId };
  });
}
