// Where a merchant's default category (chosen by the person) sits among the
// other sources: above rules, the provider and the dictionary, below a
// category set by hand on the very transaction, and it leaves matched own-account
// transfers alone (a transfer to oneself is not spending at that merchant).
export const MERCHANT_SOURCE = "merchant";
export const TRANSFER_MATCH_SOURCE = "transfer-match";

const KEPT = new Set(["user", TRANSFER_MATCH_SOURCE]);

export interface CategoryChoice {
  categoryId: string;
  source: string;
  /**
   * With the "refunds" category: the key of the shop's spending category it
   * nets against. Absent means none: every writer of categoryId writes this
   * too, so a category set by a person or a merchant never keeps a stale one.
   */
  refundOfKey?: string | null;
}

export function withMerchantCategory(choice: CategoryChoice | null, merchantCategoryId: string | null | undefined): CategoryChoice | null {
  if (!merchantCategoryId || (choice && KEPT.has(choice.source))) return choice;
  return { categoryId: merchantCategoryId, source: MERCHANT_SOURCE };
}

/** Categories the person decided, directly or through a rule or a merchant: automatic passes keep them. */
export const PERSON_SOURCES: readonly string[] = ["user", "rule", MERCHANT_SOURCE];
