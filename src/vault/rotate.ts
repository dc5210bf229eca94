// Key rotation: every stored secret is re-encrypted under the new key in one
// transaction, so a failure leaves all of them readable with the old key.
import type { Db } from "../db/client.ts";
import { Vault } from "./vault.ts";

export async function rotateSecrets(db: Db, oldKey: Buffer, newKey: Buffer): Promise<{ reencrypted: number; keyId: string }> {
  const from = new Vault(oldKey);
  const to = new Vault(newKey);
  return db.$transaction(async (tx) => {
    const rows = await tx.connection.findMany({ where: { credentials: { not: null } }, select: { id: true, credentials: true } });
    for (const row of rows) {
      // decrypt() throws on a wrong key or tampering, which aborts the whole rotation.
      const plain = from.decrypt(row.credentials!);
      await tx.connection.update({ where: { id: row.id }, data: { credentials: to.encrypt(plain) } });
    }
    return { reencrypted: rows.length, keyId: to.currentKeyId };
  });
}
