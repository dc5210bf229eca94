// A person with a bank statement, a Kraken account and an Interactive Brokers
// account asks what they are worth. Every expected figure is computed here
// from the fakes' fixture data (Kraken balances and ticker, the Flex
// statement's positions, cash rows and Cash Report, the MT940 closing balance) with exact
// decimal arithmetic and one fixed USD→EUR rate, never by asking Kontor.
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import type { SimMessage, TelegramSimulator } from "../../src/tools/telegram-simulator/index.ts";
import { emptyKraken, startFakeExchange, type FakeExchange } from "../fakes/exchange/index.ts";
import { startIbkrFlexFake, type IbkrFlexFake } from "../fakes/ibkr-flex/server.ts";
import type { TestDatabase } from "../helpers/db.ts";
import { fixedFx } from "../helpers/fixed-fx.ts";
import { mulExact, sum } from "../connectors/ccxt/helpers.ts";

const ines = { id: 7301, first_name: "Ines", language_code: "en" };
const NOW = new Date("2024-03-10T10:00:00Z");
const USD_EUR = "0.92";

// Fixture data, as the fakes serve it.
const KRAKEN = { btc: "0.1234567890", eur: "512.3400", btcEur: "30123.4" };
const IBKR = { aaplUsd: "1807.5", vwrlEur: "2205.6", cashEur: "5540.22", cashUsd: "-1900.16", depositEur: "5000", dividendUsd: "2.4", taxUsd: "-0.36", commissionUsd: "-1", commissionEur: "-3", otherFeeEur: "-0.01" };

/** "€1,234.57" from an exact decimal string, rounded half up to cents the way Intl does. */
function eur(amount: string): string {
  const neg = amount.startsWith("-");
  const [i, f = ""] = amount.replace(/^-/, "").split(".");
  let cents = BigInt(i! + f.padEnd(2, "0").slice(0, 2));
  if ((f[2] ?? "0") >= "5") cents += 1n;
  const s = cents.toString().padStart(3, "0");
  const int = s.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${neg && cents !== 0n ? "-" : ""}€${int}.${s.slice(-2)}`;
}
const signed = (amount: string) => (amount.startsWith("-") ? `−${eur(amount.slice(1))}` : /^0(\.0*)?$/.test(amount) ? eur(amount) : `+${eur(amount)}`);
const neg = (a: string) => (a.startsWith("-") ? a.slice(1) : `-${a}`);

describe("net worth across a bank, an exchange and a broker", () => {
  let sim: TelegramSimulator;
  let t: TestDatabase;
  let exchange: FakeExchange;
  let flex: IbkrFlexFake;
  let c: ChatApp;
  let bankClosing: string;
  const last = () => sim.lastBotMessage(ines.id)?.messageId ?? 0;
  const textOf = (m: { text?: string; caption?: string }) => m.text ?? m.caption ?? "";

  const btc = mulExact(KRAKEN.btc, KRAKEN.btcEur);
  const aapl = mulExact(IBKR.aaplUsd, USD_EUR);
  const crypto = btc;
  const krakenTotal = sum([btc, KRAKEN.eur]);
  const ibkrStocks = sum([aapl, IBKR.vwrlEur]);
  const ibkrCash = sum([IBKR.cashEur, mulExact(IBKR.cashUsd, USD_EUR)]);
  const ibkrTotal = sum([ibkrStocks, ibkrCash]);

  function tapLabel(m: SimMessage, label: RegExp) {
    const button = m.replyMarkup?.inline_keyboard.flat().find((b) => label.test(b.text));
    if (!button || !("callback_data" in button)) throw new Error(`no button ${label} under: ${textOf(m)}`);
    sim.tapButton(ines, m.messageId, button.callback_data!);
  }

  async function ask(question: string, expectChart = false): Promise<string> {
    const sent = sim.sendText(ines, question);
    const reply = await sim.waitForBotMessage(ines.id, /€|\?|No /, { afterMessageId: sent.message!.message_id, timeoutMs: 20_000 });
    expect(Boolean(reply.photo), `${question}: chart`).toBe(expectChart);
    // Date ranges come with thin or no-break spaces around the dash.
    return textOf(reply).replace(/[\u2009\u202f\u00a0]/g, " ");
  }

  beforeAll(async () => {
    exchange = await startFakeExchange();
    Object.assign(exchange.kraken, emptyKraken(), { balances: { XXBT: KRAKEN.btc, ZEUR: KRAKEN.eur }, tickers: { XXBTZEUR: KRAKEN.btcEur } });
    flex = await startIbkrFlexFake({ generating: 0 });
    c = await startChatApp([ines], {
      fakes: [exchange, flex],
      now: () => NOW,
      fx: fixedFx({ "USD>EUR": USD_EUR }, "2020-01-01"),
      env: { CCXT_API_URL: exchange.url, CCXT_RATE_LIMIT: "false", IBKR_FLEX_URL: flex.baseUrl },
    });
    ({ sim, t } = c);
    const mt940 = await readFile(new URL("../fixtures/import/mt940.sta", import.meta.url), "latin1");
    const closings = [...mt940.matchAll(/:62F:C(\d{6})EUR([\d,]+)/g)].map((m) => ({ day: m[1]!, amount: m[2]!.replace(",", ".") }));
    expect(closings.at(-1)!.day).toBe("240102");
    bankClosing = closings.at(-1)!.amount;
  }, 60_000);
  afterAll(() => c?.stop());

  it("before anything is linked, /networth and the question say how to add data", async () => {
    const after = last();
    sim.sendText(ines, "/networth");
    expect(textOf(await sim.waitForBotMessage(ines.id, /No balances or holdings yet/, { afterMessageId: after }))).toMatch(/\/link/);
    expect(await ask("net worth over the last year")).toMatch(/No balances or holdings yet/);
  });

  it("imports a bank statement and links Kraken and Interactive Brokers in the chat", async () => {
    let after = last();
    sim.sendDocument(ines, { fileName: "mt940.sta", mimeType: "text/plain", content: await readFile(new URL("../fixtures/import/mt940.sta", import.meta.url)) });
    const preview = await sim.waitForBotMessage(ines.id, /Import the new transactions\?/, { afterMessageId: after, timeoutMs: 20_000 });
    sim.tapButton(ines, preview.messageId, "imp:ok");
    await sim.waitFor(() => /Imported \d+/.test(textOf(sim.chat(ines.id).find((m) => m.messageId === preview.messageId)!)), 20_000);

    after = last();
    sim.sendText(ines, "/link");
    tapLabel(await sim.waitForBotMessage(ines.id, /Which source/, { afterMessageId: after }), /crypto|exchange|ccxt/i);
    tapLabel(await sim.waitForBotMessage(ines.id, /Which exchange/, { afterMessageId: after, timeoutMs: 20_000 }), /^Kraken$/);
    tapLabel(await sim.waitForBotMessage(ines.id, /which currency should I value/i, { afterMessageId: after }), /^EUR$/);
    await sim.waitForBotMessage(ines.id, /API key/, { afterMessageId: after });
    sim.sendText(ines, exchange.keys.kraken);
    await sim.waitForBotMessage(ines.id, /API secret/, { afterMessageId: after });
    sim.sendText(ines, Buffer.from("kraken-secret-bytes").toString("base64"));
    await sim.waitForBotMessage(ines.id, /Kraken<\/b> is connected|Kraken is connected/, { afterMessageId: after, timeoutMs: 30_000 });

    after = last();
    sim.sendText(ines, "/link");
    tapLabel(await sim.waitForBotMessage(ines.id, /Which source/, { afterMessageId: after }), /Interactive Brokers/i);
    await sim.waitForBotMessage(ines.id, /Flex Web Service token/, { afterMessageId: after });
    sim.sendText(ines, flex.token);
    await sim.waitForBotMessage(ines.id, /query id/, { afterMessageId: after });
    sim.sendText(ines, flex.queryId);
    await sim.waitForBotMessage(ines.id, /Interactive Brokers.*is connected/, { afterMessageId: after, timeoutMs: 30_000 });

    const holdings = await t.db.holding.findMany({ orderBy: { symbol: "asc" } });
    expect(holdings.map((h) => [h.symbol, h.assetClass, h.source, h.valueBase?.toFixed(), h.baseCurrency])).toEqual([
      ["AAPL", "stock", "ibkr-flex", aapl, "EUR"],
      ["BTC", "crypto", "ccxt", btc, "EUR"],
      ["EUR", "cash", "ccxt", "512.34", "EUR"],
      ["EUR", "cash", "ibkr-flex", IBKR.cashEur, "EUR"],
      ["USD", "cash", "ibkr-flex", mulExact(IBKR.cashUsd, USD_EUR), "EUR"],
      ["VWRL", "stock", "ibkr-flex", "2205.6", "EUR"],
    ]);
  }, 120_000);

  it("what is my net worth: bank cash plus every holding in euros", async () => {
    const total = sum([bankClosing, krakenTotal, ibkrTotal]);
    const reply = await ask("what is my net worth");
    expect(reply).toContain(`Net worth on 10 Mar 2024: ${eur(total)}`);
    expect(reply).toContain(`Cash: ${eur(sum([bankClosing, KRAKEN.eur, ibkrCash]))}`);
    expect(reply).toContain(`Stocks & ETFs: ${eur(ibkrStocks)}`);
    expect(reply).toContain(`Crypto: ${eur(crypto)}`);
    expect(reply).toContain(`Kraken: ${eur(krakenTotal)}`);
    // German, lower case, a typo: the same figure.
    expect(await ask("wie hoch ist mein vermögen")).toContain(eur(total));
    expect(await ask("whats my networht")).toContain(eur(total));
  });

  it("net worth over the last year is a line chart of month ends from the snapshots", async () => {
    const reply = await ask("net worth over the last year", true);
    const feb = sum([bankClosing, ibkrTotal]); // Kraken was linked in March
    expect(reply).toContain(`31 Jan 2024: ${eur(bankClosing)}`);
    expect(reply).toContain(`29 Feb 2024: ${eur(feb)}`);
    expect(reply).toContain(`10 Mar 2024: ${eur(sum([bankClosing, krakenTotal, ibkrTotal]))}`);
    expect(reply).toContain("30 Nov 2023: €0.00");
  });

  it("how much is my crypto worth, and the portfolio by asset class and by account as doughnuts", async () => {
    expect(await ask("how much is my crypto worth")).toContain(`Your crypto is worth ${eur(crypto)}`);
    const portfolio = sum([krakenTotal, ibkrTotal]);
    const byClass = await ask("portfolio by asset class", true);
    expect(byClass).toContain(`Portfolio by asset class: ${eur(portfolio)}`);
    expect(byClass).toContain(`Stocks & ETFs: ${eur(ibkrStocks)}`);
    expect(byClass).toContain(`Cash: ${eur(sum([KRAKEN.eur, ibkrCash]))}`);
    const byAccount = await ask("Depot nach Konto", true);
    expect(byAccount).toContain(`Kraken: ${eur(krakenTotal)}`);
    expect(byAccount).toContain(`Interactive Brokers ••4321: ${eur(ibkrTotal)}`);
  });

  it("how did my portfolio do this year: the change split into money put in and market movement", async () => {
    const end = sum([krakenTotal, ibkrTotal]);
    const reply = await ask("how did my portfolio do this year");
    expect(reply).toContain(`Value: €0.00 → ${eur(end)} (${signed(end)})`);
    expect(reply).toContain(`Money put in: ${signed(IBKR.depositEur)}`);
    expect(reply).toContain(`Market movement: ${signed(sum([end, neg(IBKR.depositEur)]))}`);
  });

  it("dividends this year net of withholding tax, and fees paid to brokers with trade commissions", async () => {
    const gross = mulExact(IBKR.dividendUsd, USD_EUR);
    const tax = mulExact(neg(IBKR.taxUsd), USD_EUR);
    const dividends = await ask("dividends this year");
    expect(dividends).toContain(`Dividends, 1 Jan – 10 Mar 2024: ${eur(sum([gross, neg(tax)]))}`);
    expect(dividends).toContain(`${eur(gross)} received, ${eur(tax)} withholding tax`);

    const commissions = sum([mulExact(neg(IBKR.commissionUsd), USD_EUR), neg(IBKR.commissionEur)]);
    const fees = await ask("fees paid to brokers");
    expect(fees).toContain(`${eur(sum([commissions, neg(IBKR.otherFeeEur)]))}`);
    expect(fees).toContain(`Trade commissions ${eur(commissions)}, other fees ${eur(neg(IBKR.otherFeeEur))}`);
  });

  it("/accounts shows the cash IBKR and Kraken hold, per currency and unconverted", async () => {
    const after = last();
    sim.sendText(ines, "/accounts");
    const text = textOf(await sim.waitForBotMessage(ines.id, /Your accounts/, { afterMessageId: after }));
    expect(text).toMatch(/Interactive Brokers ••4321.*cash €5,540\.22, -\$1,900\.16 on 29 Feb 2024/);
    expect(text).toMatch(/Kraken.*cash €512\.34/);
    expect(text).toMatch(/plus -\$1,900\.16 \(not converted\)/);
  });

  it("/networth answers with today's figure and the year's line chart", async () => {
    const after = last();
    sim.sendText(ines, "/networth");
    const chart = await sim.waitFor(() => sim.botMessages(ines.id).find((m) => m.messageId > after && m.photo), 20_000);
    const text = sim.botMessages(ines.id).find((m) => m.messageId > after && !m.photo)!;
    expect(textOf(text)).toContain(eur(sum([bankClosing, krakenTotal, ibkrTotal])));
    expect(textOf(chart)).toMatch(/Net worth over the last 12 months/);
  });
});
