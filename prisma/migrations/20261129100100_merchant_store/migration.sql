-- Merchants (issue 8 §2), MCC codes and own-account transfer pairs (§3).

-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "mcc" CHAR(4),
ADD COLUMN     "merchantId" UUID,
ADD COLUMN     "transferPeerId" UUID;

-- CreateTable
CREATE TABLE "Merchant" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "categoryId" UUID,
    "mergedIntoId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Merchant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Merchant_mergedIntoId_idx" ON "Merchant"("mergedIntoId");

-- CreateIndex
CREATE UNIQUE INDEX "Merchant_userId_key_key" ON "Merchant"("userId", "key");

-- CreateIndex
CREATE INDEX "Transaction_userId_merchantId_bookingDate_idx" ON "Transaction"("userId", "merchantId", "bookingDate");

-- AddForeignKey
ALTER TABLE "Transaction" ADD CONSTRAINT "Transaction_merchantId_fkey" FOREIGN KEY ("merchantId") REFERENCES "Merchant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Merchant" ADD CONSTRAINT "Merchant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Merchant" ADD CONSTRAINT "Merchant_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Merchant" ADD CONSTRAINT "Merchant_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Merchant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: one Merchant per (user, folded label) for rows that carry a label.
-- The key mirrors foldText() in src/categories/normalize.ts (lower case,
-- accents off, ß → ss, apostrophes dropped, other punctuation → one space) for
-- the characters bank text uses. Rows without a stored label are linked the
-- next time they are written or recategorized (merchantLabel needs the
-- dictionary, which lives in the app).
CREATE TEMP TABLE "_merchant_keys" AS
SELECT t."id", t."userId", t."merchant" AS "label",
       btrim(regexp_replace(regexp_replace(replace(lower(translate(t."merchant",
         'àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöōőùúûüūůűųýÿžźżšśşřťľĺÀÁÂÃÄÅĀĂĄÇĆČĎÈÉÊËĒĖĘĚÌÍÎÏĪĮÑŃŇÒÓÔÕÖŌŐÙÚÛÜŪŮŰŲÝŸŽŹŻŠŚŞŘŤĽĹ',
         'aaaaaaaaacccdeeeeeeeeiiiiiinnnooooooouuuuuuuuyyzzzsssrtllaaaaaaaaacccdeeeeeeeeiiiiiinnnooooooouuuuuuuuyyzzzsssrtll')), 'ß', 'ss'), '[''’`´]', '', 'g'), '[^[:alnum:]]+', ' ', 'g')) AS "key"
FROM "Transaction" t
WHERE t."merchant" IS NOT NULL;

INSERT INTO "Merchant" ("id", "userId", "key", "name")
SELECT gen_random_uuid(), k."userId", k."key", mode() WITHIN GROUP (ORDER BY k."label")
FROM "_merchant_keys" k
WHERE k."key" <> ''
GROUP BY k."userId", k."key";

UPDATE "Transaction" t
SET "merchantId" = m."id", "merchant" = m."name"
FROM "_merchant_keys" k
JOIN "Merchant" m ON m."userId" = k."userId" AND m."key" = k."key"
WHERE t."id" = k."id";

DROP TABLE "_merchant_keys";
