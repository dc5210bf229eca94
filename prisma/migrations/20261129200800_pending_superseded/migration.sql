-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "pendingExternalId" TEXT;

-- CreateIndex
CREATE INDEX "Transaction_accountId_pendingExternalId_idx" ON "Transaction"("accountId", "pendingExternalId");
