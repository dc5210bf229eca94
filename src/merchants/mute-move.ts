// Mutes are keyed by the merchant's name (notifications/payloads.ts, folded as
// merchant keys are; older ones hold the lower-cased name), so a merchant whose
// name changes (rename, merge, a cut name made whole) carries its mute to the
// new name.
import type { Prisma } from "../db/client.ts";
import { merchantKey as muteKey, muteCovers } from "../notifications/payloads.ts";

export async function moveMute(tx: Prisma.TransactionClient, userId: string, from: string, to: string): Promise<void> {
  const [oldKey, newKey] = [muteKey({ merchant: from }), muteKey({ merchant: to })];
  if (!oldKey || !newKey || oldKey === newKey) return;
  const stored = await tx.mutedMerchant.findMany({ where: { userId }, select: { merchant: true } });
  const covering = stored.map((m) => m.merchant).filter((m) => muteCovers(m, oldKey));
  if (!covering.length) return;
  const r = await tx.mutedMerchant.deleteMany({ where: { userId, merchant: { in: covering } } });
  if (r.count) await tx.mutedMerchant.createMany({ data: [{ userId, merchant: newKey }], skipDuplicates: true });
}
