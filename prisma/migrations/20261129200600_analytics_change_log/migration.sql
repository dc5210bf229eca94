-- CreateTable
CREATE TABLE "AnalyticsChange" (
    "id" BIGSERIAL NOT NULL,
    "userId" UUID NOT NULL,
    "xid" BIGINT NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "rowId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AnalyticsChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnalyticsChangePruned" (
    "userId" UUID NOT NULL,
    "xid" BIGINT NOT NULL,

    CONSTRAINT "AnalyticsChangePruned_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE INDEX "AnalyticsChange_userId_xid_idx" ON "AnalyticsChange"("userId", "xid");

-- CreateIndex
CREATE INDEX "AnalyticsChange_createdAt_idx" ON "AnalyticsChange"("createdAt");

-- The analytics store's change log (src/analytics/change-log.ts) is written by
-- statement triggers, so every write to a row analytics reads is logged in the
-- same transaction, whichever code path made it. Rows carry the writing
-- transaction's id: a reader remembers the snapshot it last applied and next
-- takes exactly the changes not visible in that snapshot (pg_visible_in_snapshot),
-- which orders changes by commit without any lock on "User".
-- Prisma's schema engine splits a migration at every semicolon, even inside
-- quotes, so the function body spells its semicolons as the escape \073.
CREATE FUNCTION analytics_log_changes() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''DELETE'' THEN
    INSERT INTO "AnalyticsChange" ("userId", "xid", "kind", "rowId")
    SELECT o."userId", pg_current_xact_id()::text::bigint, TG_ARGV[0], o.id FROM old_rows o\073
  ELSE
    INSERT INTO "AnalyticsChange" ("userId", "xid", "kind", "rowId")
    SELECT n."userId", pg_current_xact_id()::text::bigint, TG_ARGV[0], n.id FROM new_rows n\073
  END IF\073
  RETURN NULL\073
END
';

CREATE TRIGGER "Transaction_analytics_ins" AFTER INSERT ON "Transaction" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('tx');
CREATE TRIGGER "Transaction_analytics_upd" AFTER UPDATE ON "Transaction" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('tx');
CREATE TRIGGER "Transaction_analytics_del" AFTER DELETE ON "Transaction" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('tx');
CREATE TRIGGER "Account_analytics_ins" AFTER INSERT ON "Account" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('account');
CREATE TRIGGER "Account_analytics_upd" AFTER UPDATE ON "Account" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('account');
CREATE TRIGGER "Account_analytics_del" AFTER DELETE ON "Account" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('account');
CREATE TRIGGER "BalanceSnapshot_analytics_ins" AFTER INSERT ON "BalanceSnapshot" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('balance');
CREATE TRIGGER "BalanceSnapshot_analytics_upd" AFTER UPDATE ON "BalanceSnapshot" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('balance');
CREATE TRIGGER "BalanceSnapshot_analytics_del" AFTER DELETE ON "BalanceSnapshot" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('balance');
CREATE TRIGGER "Category_analytics_ins" AFTER INSERT ON "Category" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('category');
CREATE TRIGGER "Category_analytics_upd" AFTER UPDATE ON "Category" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('category');
CREATE TRIGGER "Category_analytics_del" AFTER DELETE ON "Category" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_log_changes('category');
