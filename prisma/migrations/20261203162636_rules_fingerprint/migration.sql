-- Which categorizer rules each person's stored rows were last categorized with
-- (a hash, src/categories/rules-fingerprint.ts). NULL for everyone at first:
-- the next start categorizes each history once and records the rules.
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "rulesFingerprint" TEXT;
