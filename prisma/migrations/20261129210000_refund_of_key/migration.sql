-- A refund counts against the category of the shop it came from ("refunds
-- reduce their category"): the categorizer stores that category's taxonomy key
-- beside the "refunds" category. Rows written before stay NULL and are shown
-- under Refunds, as before, until they are categorized again.
-- AlterTable
ALTER TABLE "Transaction" ADD COLUMN     "refundOfKey" TEXT;
