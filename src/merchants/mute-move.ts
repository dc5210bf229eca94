// Mutes are keyed by the lower-cased merchant name (notifications/payloads.ts),
// so a merchant whose name changes (rename, merge, a cut name made whole)
// carries its mute to the new name.
import type { Prisma } from "../db/client.ts";
import { merchantKey as muteKey } from "../notifications/payloads.ts";

export async function moveMute(tx: Prisma.TransactionClient, userId: string, from: string, to: string): Promise<void> {
  const [oldKey, newKey] = [muteKey({ merchant: from }), muteKey({ merchant: to })];
  if (!oldKey || !newKey || oldKey === newKey) return;
  const r = await tx.mutedMerchant.deleteMany({ where: { userId, merchant: oldKey } });
  if (r.count) await tx.mutedMerchant.createMany({ data: [{ userId, merchant: newKey }], skipDuplicates: true });
}
