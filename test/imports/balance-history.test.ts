// Balance history from statement files, checked against a running sum from the
// file's stated opening balance: the engine anchors on the newest (closing)
// balance and walks backwards and forwards, so agreeing with a forward sum
// from the other end of the statement is an independent check.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAnalytics, type Analytics } from "../../src/analytics/engine.ts";
import { toMinorUnits } from "../../src/format/money.ts";
import { createTestDatabase, type TestDatabase } from "../helpers/db.ts";
import { bytes, importUser } from "./helpers.ts";

const IBAN = "DE89370400440532013000";
type Entry = { date: string; cents: number; status?: "BOOK" | "PDNG" };

// Written in the documented camt.053.001.02 / camt.052.001.02 shape (bank-formats.md §2.1).
function entryXml(e: Entry, i: number): string {
  const amount = (Math.abs(e.cents) / 100).toFixed(2);
  return `      <Ntry>
        <Amt Ccy="EUR">${amount}</Amt>
        <CdtDbtInd>${e.cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd>
        <Sts>${e.status ?? "BOOK"}</Sts>
        <BookgDt>
          <Dt>${e.date}</Dt>
        </BookgDt>
        <ValDt>
          <Dt>${e.date}</Dt>
        </ValDt>
        <AcctSvcrRef>${e.date.replaceAll("-", "")}${String(i).padStart(4, "0")}</AcctSvcrRef>
        <AddtlNtryInf>SEPA-Buchung ${i}</AddtlNtryInf>
      </Ntry>
`;
}

function balanceXml(code: string, cents: number, date: string): string {
  return `      <Bal>
        <Tp>
          <CdOrPrtry>
            <Cd>${code}</Cd>
          </CdOrPrtry>
        </Tp>
        <Amt Ccy="EUR">${(Math.abs(cents) / 100).toFixed(2)}</Amt>
        <CdtDbtInd>${cents < 0 ? "DBIT" : "CRDT"}</CdtDbtInd>
        <Dt>
          <Dt>${date}</Dt>
        </Dt>
      </Bal>
`;
}

function camt(kind: "053" | "052", entries: Entry[], balances: string): string {
  const [wrap, item] = kind === "053" ? ["BkToCstmrStmt", "Stmt"] : ["BkToCstmrAcctRpt", "Rpt"];
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.${kind}.001.02">
  <${wrap}>
    <GrpHdr>
      <MsgId>MSG${kind}</MsgId>
      <CreDtTm>2024-04-10T18:00:00+02:00</CreDtTm>
    </GrpHdr>
    <${item}>
      <Id>${kind}-1</Id>
      <CreDtTm>2024-04-10T18:00:00+02:00</CreDtTm>
      <Acct>
        <Id>
          <IBAN>${IBAN}</IBAN>
        </Id>
        <Ccy>EUR</Ccy>
      </Acct>
${balances}${entries.map(entryXml).join("")}    </${item}>
  </${wrap}>
</Document>
`;
}

const OPENING = 102_345; // 1,023.45 on the evening of 29 Feb
const march: Entry[] = [
  { date: "2024-03-01", cents: -95_000 },
  { date: "2024-03-01", cents: -1_299 },
  { date: "2024-03-04", cents: 321_055 },
  { date: "2024-03-04", cents: -4_990 },
  { date: "2024-03-15", cents: -12_345 },
  { date: "2024-03-28", cents: -10 },
  { date: "2024-03-31", cents: 123 },
];
const april: Entry[] = [
  { date: "2024-04-02", cents: -2_500 },
  { date: "2024-04-05", cents: 50_000 },
  { date: "2024-04-09", cents: -777, status: "PDNG" },
];

let tdb: TestDatabase;
let analytics: Analytics;
beforeAll(async () => {
  tdb = await createTestDatabase();
  analytics = createAnalytics({ db: tdb.db, databaseUrl: tdb.url });
});
afterAll(async () => {
  await analytics?.close();
  await tdb?.drop();
});

const cents = (value: string) => Number(toMinorUnits(value));
const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};

describe("balance history from statement files", () => {
  it("is the stated balance walked backwards and forwards through the booked rows, day by day", async () => {
    const { userId, imports } = await importUser(tdb);
    const closing = OPENING + march.reduce((s, e) => s + e.cents, 0);
    const statement = camt("053", march, balanceXml("OPBD", OPENING, "2024-03-01") + balanceXml("CLBD", closing, "2024-03-31"));
    const report = camt("052", april, "");
    await imports.commit(userId, "march.xml", bytes(statement), { currency: "EUR" });
    await imports.commit(userId, "april.xml", bytes(report), { currency: "EUR" });
    expect(await tdb.db.account.count({ where: { userId } })).toBe(1);

    const r = await analytics.balanceHistory(userId, { from: "2024-02-25", to: "2024-04-12" }, { today: "2024-04-12", groupBy: "day" });
    const got = new Map(r.rows.map((row) => [row.key!.slice(0, 10), cents(row.value)]));
    // Independently: forward from the stated opening balance, booked rows only.
    const booked = [...march, ...april].filter((e) => e.status !== "PDNG");
    for (const day of days("2024-02-25", "2024-04-12")) {
      const expected = OPENING + booked.filter((e) => e.date <= day).reduce((s, e) => s + e.cents, 0);
      expect([day, got.get(day)]).toEqual([day, expected]);
    }
  });
});
