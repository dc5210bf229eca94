-- AlterEnum
ALTER TYPE "OutboxStatus" ADD VALUE 'UNCONFIRMED';

-- AlterTable
ALTER TABLE "Outbox" ADD COLUMN     "requestedAt" TIMESTAMPTZ(3);
