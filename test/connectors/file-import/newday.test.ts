// NewDay card exports (John Lewis Partnership Card, bank-formats.md §1.3):
// spend positive, and pending rows with "Pending" where the date goes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { decodeText } from "../../../connectors/file-import/decode.ts";
import { renderPlain } from "../../../src/i18n/index.ts";
import { importErrorOf } from "./fixture.ts";

const NEWDAY = decodeText(readFileSync(new URL("../../fixtures/import/banks-intl/newday.csv", import.meta.url)));
const parse = (text: string) => parseStatementFile({ fileName: "MR_A_SURNAME_14-Mar-2026.csv", content: Buffer.from(text) });

describe("NewDay card export", () => {
  it("turns positive spend into money out and reads 14-Mar-2026 dates and quoted thousands", () => {
    const s = parse(NEWDAY);
    expect([s.profile, s.account.kind, s.account.currency]).toEqual(["newday", "CREDIT_CARD", "GBP"]);
    expect(s.transactions.map((t) => [t.status, t.bookingDate, t.amount, t.counterpartyName])).toEqual([
      ["pending", "2026-03-14", "-21.40", "WAITROSE 700"],
      ["booked", "2026-03-14", "-15.99", "AMAZON.CO.UK*AB12C"],
      ["booked", "2026-03-12", "-1249.00", "JOHN LEWIS 700"],
      ["booked", "2026-03-10", "500.00", null],
      ["booked", "2026-03-08", "49.00", "JOHN LEWIS 700"],
    ]);
  });

  it("reads the unnamed fourth column's CR and a '+ £' amount as money in, as NewDay writes payments and refunds", () => {
    // bank2ynab's NewDay fixture: 'PAYMENT RECEIVED - THANK YOU,"+ £1,100.00",CR'.
    const csv = [
      "\uFEFFDate Processed,Description,Amount,",
      "Pending,DELIVEROO.CO.UK         LONDON        LND,£27.35,",
      "14-Mar-2026,AMAZON.CO.UK REFUND     AMAZON.CO.UK  GBR,+ £34.99,CR",
      "12-Mar-2026,PAYMENT RECEIVED - THANK YOU,\"+ £1,100.00\",CR",
      "10-Mar-2026,CURRYS ONLINE           CURRYS.CO.UK  GBR,\"£1,299.00\",",
      "",
    ].join("\n");
    const s = parse(csv);
    expect(s.profile).toBe("newday");
    expect(s.transactions.map((t) => [t.status, t.bookingDate, t.amount])).toEqual([
      ["pending", "2026-03-14", "-27.35"],
      ["booked", "2026-03-14", "34.99"],
      ["booked", "2026-03-12", "1100.00"],
      ["booked", "2026-03-10", "-1299.00"],
    ]);
  });

  it("dates a Pending row by the latest day in the file and says so in the preview, as for comdirect", () => {
    const s = parse(NEWDAY);
    expect(s.notices).toContainEqual({ key: "import.notice.pending_dated_latest", params: { bank: "NewDay", count: 1, date: "2026-03-14" } });
    expect(renderPlain("en", s.notices!.at(-1)!)).toBe(
      "NewDay: 1 pending rows have no date in the file and the export names no end date; I dated them 2026-03-14, the latest day in the file.",
    );
  });

  it("refuses a file of pending rows only, since no day in it can date them", () => {
    const onlyPending = NEWDAY.split("\n").filter((l, i) => i === 0 || l.startsWith("Pending")).join("\n");
    const err = importErrorOf(() => parse(onlyPending));
    expect([err.userMessage.key, err.line, err.field]).toEqual(["import.error.bad_date", 2, "Date Processed"]);
  });

  it("still refuses a date column value that is neither a date nor Pending", () => {
    const err = importErrorOf(() => parse(NEWDAY.replace("12-Mar-2026", "Processing")));
    expect([err.userMessage.key, err.line]).toEqual(["import.error.bad_date", 4]);
  });
});
