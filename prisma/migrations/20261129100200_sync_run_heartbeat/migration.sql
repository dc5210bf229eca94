-- AlterTable
ALTER TABLE "SyncRun" ADD COLUMN     "accountsDone" INTEGER,
ADD COLUMN     "accountsTotal" INTEGER,
ADD COLUMN     "heartbeatAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "progressMessageId" INTEGER;
