-- merchantWords (src/categories/normalize.ts) now keys a saint written out and
-- abbreviated alike ("saint"/"sankt" → "st", "sainte" → "ste": "Kiné
-- Saint-Augustin" and "KINE ST AUGUSTIN") and a closing "company" as "co"
-- ("Gosforth Barber Company" and "GOSFORTH BARBER CO"). Stored keys move with
-- it, or a known merchant would be created again under its new key.
CREATE TEMP TABLE "_merchant_new_key" AS
SELECT "id", "userId", "key", "createdAt", "mergedIntoId",
       regexp_replace(
         regexp_replace(regexp_replace("key", '(^| )(?:saint|sankt)(?= |$)', '\1st', 'g'), '(^| )sainte(?= |$)', '\1ste', 'g'),
         ' company$', ' co') AS "newKey"
FROM "Merchant";

-- Of several rows that meet on one free new key, the oldest takes it.
UPDATE "Merchant" m SET "key" = moving."newKey"
FROM (
  SELECT DISTINCT ON (r."userId", r."newKey") r."id", r."newKey"
  FROM "_merchant_new_key" r
  WHERE r."newKey" <> r."key"
    AND NOT EXISTS (SELECT 1 FROM "Merchant" o WHERE o."userId" = r."userId" AND o."key" = r."newKey")
  ORDER BY r."userId", r."newKey", r."createdAt", r."id"
) moving
WHERE m."id" = moving."id";

-- The rest were one merchant under two spellings ("Sankt Pauli Bar" and
-- "St. Pauli Bar"): each keeps its old key (never produced again) and is merged
-- into the merchant now holding the new key, as the merge command would do.
CREATE TEMP TABLE "_merchant_key_merge" AS
SELECT r."id", COALESCE(h."mergedIntoId", h."id") AS "intoId", r."userId"
FROM "_merchant_new_key" r
JOIN "Merchant" m ON m."id" = r."id" AND m."key" = r."key"
JOIN "Merchant" h ON h."userId" = r."userId" AND h."key" = r."newKey"
WHERE r."newKey" <> r."key" AND r."mergedIntoId" IS NULL AND COALESCE(h."mergedIntoId", h."id") <> r."id";

UPDATE "Merchant" a SET "mergedIntoId" = g."intoId" FROM "_merchant_key_merge" g WHERE a."mergedIntoId" = g."id";
UPDATE "Merchant" a SET "mergedIntoId" = g."intoId", "categoryId" = NULL FROM "_merchant_key_merge" g WHERE a."id" = g."id";
UPDATE "Transaction" t SET "merchantId" = g."intoId", "merchant" = s."name"
FROM "_merchant_key_merge" g JOIN "Merchant" s ON s."id" = g."intoId"
WHERE t."merchantId" = g."id";
UPDATE "User" u SET "dataVersion" = u."dataVersion" + 1 WHERE u."id" IN (SELECT "userId" FROM "_merchant_key_merge");

DROP TABLE "_merchant_key_merge";
DROP TABLE "_merchant_new_key";
