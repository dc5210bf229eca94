// The Flex connector against the fake Flex Web Service: link, the wait while
// the statement is generated, rate-limit backoff, every error code's reason,
// and the exact rows a statement becomes.
import { get } from "node:http";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FLEX_CODES } from "../../../connectors/ibkr-flex/codes.ts";
import { ibkrFlexConnector, IbkrFlexError, type IbkrFlexSession } from "../../../connectors/ibkr-flex/index.ts";
import { flexDate } from "../../../connectors/ibkr-flex/normalize.ts";
import { ACCOUNT_ID, STATEMENT_XML } from "../../fakes/ibkr-flex/statement.ts";
import { startIbkrFlexFake, type IbkrFlexFake } from "../../fakes/ibkr-flex/server.ts";
import { LiveScriptDialog } from "../../helpers/live-script-dialog.ts";
import { makeCtx } from "./helpers.ts";

describe("Interactive Brokers Flex", () => {
  let fake: IbkrFlexFake;
  beforeEach(async () => {
    fake = await startIbkrFlexFake({ generating: 2 });
  });
  afterEach(() => fake.close());

  const creds = () => ({ token: fake.token, queryId: fake.queryId });
  const open = async (ctx: ReturnType<typeof makeCtx>["ctx"]) => (await ibkrFlexConnector.open(creds(), ctx)) as IbkrFlexSession;
  const failure = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as IbkrFlexError);

  it("links: explains, asks the token as a secret and the query id as digits, runs the query and says what it found", async () => {
    const { ctx, logs } = makeCtx(fake);
    const dialog = new LiveScriptDialog(["not a token!", fake.token, "abc", fake.queryId]);
    const r = await ibkrFlexConnector.link(dialog, ctx);
    expect(r.credentials).toEqual({ token: fake.token, queryId: fake.queryId });
    expect(ibkrFlexConnector.credentialsSchema.safeParse(r.credentials).success).toBe(true);
    expect(dialog.keys("askSecret")).toEqual(["ibkr.ask_token"]);
    expect(dialog.keys("askText")).toEqual(["ibkr.ask_query"]);
    expect(dialog.keys("invalid")).toEqual(["ibkr.invalid_token", "ibkr.invalid_query"]);
    expect(dialog.keys()[0]).toBe("ibkr.intro");
    const found = dialog.calls.find((c) => c.key === "ibkr.found");
    expect(found?.params).toEqual({ account: "••4321", currency: "EUR", positions: 2 });
    expect(r.label).toBe("Interactive Brokers ••4321");
    expect(r.label).not.toContain(ACCOUNT_ID);
    expect(logs()).not.toContain(fake.token);
  });

  it("asks again when IBKR refuses the token, and gives up after three tries", async () => {
    const { ctx } = makeCtx(fake);
    const dialog = new LiveScriptDialog(["1234567890", fake.queryId, fake.token, fake.queryId]);
    await ibkrFlexConnector.link(dialog, ctx);
    expect(dialog.keys("say")).toContain("ibkr.fix_token");

    const stubborn = new LiveScriptDialog(["1234567890", "1", "1234567890", "1", "1234567890", "1"]);
    const err = await failure(ibkrFlexConnector.link(stubborn, ctx));
    expect(err).toBeInstanceOf(IbkrFlexError);
    expect(err!.reason).toBe("Unauthorized");
    expect(stubborn.keys("say").filter((k) => k === "ibkr.fix_token")).toHaveLength(3);
  });

  it("waits with growing, bounded pauses while the statement is generated (1019)", async () => {
    fake.generating = 3;
    const { ctx, waits } = makeCtx(fake);
    const s = await open(ctx);
    expect(await s.listAccounts()).toEqual([{ externalId: ACCOUNT_ID, name: "Interactive Brokers ••4321", currency: "EUR", type: "BROKERAGE", iban: null }]);
    expect(fake.calls.map((c) => c.endpoint)).toEqual(["SendRequest", "GetStatement", "GetStatement", "GetStatement", "GetStatement"]);
    expect(waits).toEqual([5000, 10000, 20000]);
    expect(fake.calls.every((c) => c.userAgent === "Java")).toBe(true);

    fake.generating = 100;
    const { ctx: ctx2, waits: waits2 } = makeCtx(fake);
    const err = await failure((await open(ctx2)).listAccounts());
    expect(err?.reason).toBe("Unavailable");
    expect(err?.code).toBe("1019");
    expect(waits2).toEqual([5000, 10000, 20000, 30000, 30000]);
    // Longer than the engine waits within a run: the next scheduled sync tries again.
    expect(err?.retryAfterMs).toBe(15 * 60_000);
  });

  it("backs off on 1018 (too many requests) and then reports RateLimited", async () => {
    fake.generating = 0;
    fake.failNext("SendRequest", "1018", 2);
    const { ctx, waits } = makeCtx(fake);
    expect(await (await open(ctx)).listAccounts()).toHaveLength(1);
    expect(waits).toEqual([10000, 20000]);

    fake.failNext("GetStatement", "1018", 10);
    const { ctx: ctx2, waits: waits2 } = makeCtx(fake);
    const err = await failure((await open(ctx2)).listAccounts());
    expect(err?.reason).toBe("RateLimited");
    expect(err?.retryAfterMs).toBe(10 * 60_000);
    expect(waits2).toEqual([10000, 20000, 30000]);
  });

  it.each([
    ["1012", "ConsentExpired"],
    ["1015", "Unauthorized"],
    ["1013", "Unauthorized"],
    ["1014", "Unauthorized"],
    ["1010", "Unauthorized"],
    ["1011", "Unauthorized"],
    ["1016", "Unauthorized"],
    ["1017", "BadResponse"],
    ["1020", "BadResponse"],
    ["1003", "Unavailable"],
  ] as const)("maps Flex error %s to %s without retrying", async (code, reason) => {
    fake.failNext("SendRequest", code);
    const { ctx, waits } = makeCtx(fake);
    const err = await failure((await open(ctx)).listAccounts());
    expect(err).toBeInstanceOf(IbkrFlexError);
    expect(err?.reason).toBe(reason);
    expect(err?.code).toBe(code);
    expect(waits).toEqual([]);
  });

  it("retries the busy codes (1009, 1004-1008, 1021) and every documented code has a reason", async () => {
    for (const code of ["1009", "1021", "1004"]) {
      fake.failNext("GetStatement", code);
      const { ctx, waits } = makeCtx(fake);
      expect(await (await open(ctx)).listAccounts()).toHaveLength(1);
      expect(waits).toContain(5000);
    }
    const documented = ["1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010", "1011", "1012", "1013", "1014", "1015", "1016", "1017", "1018", "1019", "1020", "1021"];
    expect(Object.keys(FLEX_CODES).sort()).toEqual(documented);
  });

  it("treats an HTML maintenance page as Unavailable, garbage as BadResponse, and an unreachable service as Unavailable", async () => {
    fake.failNext("SendRequest", "html");
    const { ctx } = makeCtx(fake);
    expect((await failure((await open(ctx)).listAccounts()))?.reason).toBe("Unavailable");
    fake.generating = 0;
    fake.statementXml = "<FlexQueryResponse><FlexStatements count=\"1\"><FlexStatement/></FlexStatements></FlexQueryResponse>";
    expect((await failure((await open(ctx)).listAccounts()))?.reason).toBe("BadResponse");
    await fake.close();
    expect((await failure((await open(ctx)).listAccounts()))?.reason).toBe("Unavailable");
    fake = await startIbkrFlexFake();
  });

  it("turns the statement into exact holdings and signed transactions, with the statement's own FX rates", async () => {
    const { ctx, logs } = makeCtx(fake);
    const s = await open(ctx);
    const [account] = await s.listAccounts();
    const holdings = await s.fetchHoldings!([account!]);
    expect(holdings).toEqual([
      { accountExternalId: ACCOUNT_ID, symbol: "AAPL", name: "APPLE INC", quantity: "10", price: "180.75", value: "1807.5", currency: "USD", asOf: "2024-02-29T00:00:00.000Z", assetClass: "stock" },
      { accountExternalId: ACCOUNT_ID, symbol: "VWRL", name: "VANGUARD FTSE ALL-WORLD", quantity: "20", price: "110.28", value: "2205.6", currency: "EUR", asOf: "2024-02-29T00:00:00.000Z", assetClass: "stock" },
      // The Cash Report's ending cash per currency (IBKR's BASE_SUMMARY sum is left out: it would count the cash twice).
      { accountExternalId: ACCOUNT_ID, symbol: "EUR", name: null, quantity: "5540.22", price: "1", value: "5540.22", currency: "EUR", asOf: "2024-02-29T00:00:00.000Z", assetClass: "cash" },
      { accountExternalId: ACCOUNT_ID, symbol: "USD", name: null, quantity: "-1900.16", price: "1", value: "-1900.16", currency: "USD", asOf: "2024-02-29T00:00:00.000Z", assetClass: "cash" },
    ]);
    const page = await s.fetchTransactions(account!, null);
    const rows = page.transactions.map((t) => [t.externalId, t.bookingDate, t.amount, t.currency, t.transactionType, t.description]);
    expect(rows).toEqual([
      ["trade:6780001", "2024-01-15", "-1902.2", "USD", "TRADE_BUY", "BUY 10 AAPL @ 190.12"],
      ["trade:6780002", "2024-02-07", "539", "EUR", "TRADE_SELL", "SELL 5 VWRL @ 108.4"],
      ["cash:28200001", "2024-01-02", "5000", "EUR", "DEPOSIT", "Deposit"],
      ["cash:28200002", "2024-02-15", "2.4", "USD", "DIVIDEND", "Dividend AAPL"],
      ["cash:28200003", "2024-02-15", "-0.36", "USD", "WITHHOLDING_TAX", "Withholding tax AAPL"],
      ["cash:28200004", "2024-02-05", "-0.01", "EUR", "FEE", "SNAPSHOT VALUE NON-PRO FOR FEB 2024"],
      ["cash:28200005", "2024-02-05", "1.23", "EUR", "INTEREST", "Interest"],
    ]);
    expect(page.transactions[0]!.valueDate).toBe("2024-01-17");
    // Raw keeps the row and the statement's rates for the row's currency.
    const raw = page.transactions[3]!.raw as { cashTransaction: { fxRateToBase: string }; conversionRates: unknown[] };
    expect(raw.cashTransaction.fxRateToBase).toBe("0.92011");
    expect(raw.conversionRates).toEqual([
      { date: "20240115", from: "USD", to: "EUR", rate: "0.91234" },
      { date: "20240215", from: "USD", to: "EUR", rate: "0.92011" },
      { date: "20240229", from: "USD", to: "EUR", rate: "0.92353" },
    ]);
    expect(await s.fxRates()).toHaveLength(4);
    expect((await s.fxRates())[3]).toEqual({ date: "20240229", from: "GBP", to: "EUR", rate: "1.1687" });
    // One statement per session, however many calls.
    expect(fake.calls.filter((c) => c.endpoint === "SendRequest")).toHaveLength(1);
    expect(logs()).not.toContain(fake.token);
  });

  it("a currency held as a CASH open position is not counted again beside the Cash Report", async () => {
    const fx = '<OpenPosition accountId="U7654321" currency="USD" fxRateToBase="0.92353" assetCategory="CASH" symbol="USD.EUR" description="USD.EUR" reportDate="20240229" position="-1900.16" markPrice="0.92353" positionValue="-1754.854765" levelOfDetail="SUMMARY" />';
    fake.statementXml = STATEMENT_XML.replace("</OpenPositions>", `${fx}\n</OpenPositions>`);
    const { ctx } = makeCtx(fake);
    const s = await open(ctx);
    const holdings = await s.fetchHoldings!(await s.listAccounts());
    expect(holdings.map((h) => [h.symbol, h.assetClass])).toEqual([["AAPL", "stock"], ["VWRL", "stock"], ["EUR", "cash"], ["USD", "cash"]]);
    // Without a Cash Report the position is the only word on that cash, and stays.
    fake.statementXml = fake.statementXml.replace(/<CashReport>[\s\S]*<\/CashReport>\n/, "");
    const without = await (await open(makeCtx(fake).ctx)).fetchHoldings!([{ externalId: ACCOUNT_ID, name: "x", currency: "EUR", type: "BROKERAGE", iban: null }]);
    expect(without.map((h) => h.symbol)).toEqual(["AAPL", "VWRL", "USD.EUR"]);
  });

  it("reads every date format a Flex query can be set to", () => {
    expect(flexDate("20240215;202000")).toBe("2024-02-15");
    expect(flexDate("2024-02-15")).toBe("2024-02-15");
    expect(flexDate("2024-02-15T20:20:00")).toBe("2024-02-15");
    expect(flexDate("02/15/2024, 20:20:00")).toBe("2024-02-15");
    expect(flexDate("02/15/24 202000")).toBe("2024-02-15");
    expect(flexDate("")).toBeNull();
    expect(flexDate("15.02.2024")).toBeNull();
  });

  it("serves each FlexStatement of a multi-account query as its own account", async () => {
    const one = /<FlexStatement [\s\S]*<\/FlexStatement>/.exec(STATEMENT_XML)![0];
    const other = one.replaceAll(ACCOUNT_ID, "U1112223").replace('currency="EUR" name=', 'currency="USD" name=').replace(/(tradeID|transactionID)="(\d+)"/g, '$1="9$2"');
    fake.statementXml = STATEMENT_XML.replace('count="1"', 'count="2"').replace(one, `${one}\n${other}`);
    const { ctx } = makeCtx(fake);
    const s = await open(ctx);
    const accounts = await s.listAccounts();
    expect(accounts.map((a) => [a.externalId, a.currency])).toEqual([[ACCOUNT_ID, "EUR"], ["U1112223", "USD"]]);
    const second = await s.fetchTransactions(accounts[1]!, null);
    expect(second.transactions.map((t) => t.externalId)).toContain("trade:96780001");
    expect(second.transactions.map((t) => t.externalId)).not.toContain("trade:6780001");
    expect((await s.fetchHoldings!([accounts[1]!])).map((h) => h.accountExternalId)).toEqual(["U1112223", "U1112223", "U1112223", "U1112223"]);
  });

  it("the fake refuses requests without a User-Agent, as IBKR does", async () => {
    const body = await new Promise<string>((resolve, reject) => {
      get(`${fake.baseUrl}/SendRequest?t=${fake.token}&q=${fake.queryId}&v=3`, (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () => resolve(text));
      }).on("error", reject);
    });
    expect(body).toContain("<ErrorCode>1020</ErrorCode>");
  });
});
