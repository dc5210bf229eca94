-- AlterTable
ALTER TABLE "Holding" ADD COLUMN     "assetClass" TEXT,
ADD COLUMN     "baseCurrency" VARCHAR(12),
ADD COLUMN     "fxRate" DECIMAL(38,18),
ADD COLUMN     "source" TEXT,
ADD COLUMN     "valueBase" DECIMAL(38,18);
