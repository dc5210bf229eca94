-- Net worth reads each account's newest holdings snapshot at or before a moment
-- (src/networth/snapshots.ts): one backward probe of this index per account.
-- CreateIndex
CREATE INDEX "Holding_accountId_asOf_idx" ON "Holding"("accountId", "asOf");
