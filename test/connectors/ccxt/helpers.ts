// Context, fixtures and exact sums for the ccxt connector tests.
import { Writable } from "node:stream";
import pino from "pino";
import type { ConnectorContext } from "../../../connectors/types.ts";
import type { BinanceTrade, KrakenLedger, KrakenTrade } from "../../fakes/exchange/index.ts";

export const NOW = new Date("2026-03-10T10:00:00Z");

/** A context whose logger writes into `lines` at debug level, so tests can search every log line. */
export function makeCtx(now: () => Date = () => NOW): ConnectorContext & { lines: string[] } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, cb) {
      lines.push(chunk.toString("utf8"));
      cb();
    },
  });
  return { now, logger: pino({ level: "debug" }, sink), settings: {}, lines };
}

/** Exact decimal sum without floats: scaled BigInts. */
export function sum(values: string[]): string {
  const scale = 18;
  let total = 0n;
  for (const v of values) {
    const neg = v.startsWith("-");
    const [i, f = ""] = v.replace(/^-/, "").split(".");
    const units = BigInt(i! + f.padEnd(scale, "0"));
    total += neg ? -units : units;
  }
  const neg = total < 0n;
  const digits = (neg ? -total : total).toString().padStart(scale + 1, "0");
  const out = `${digits.slice(0, -scale)}.${digits.slice(-scale)}`.replace(/0+$/, "").replace(/\.$/, "");
  return (neg ? "-" : "") + out;
}

/** n Kraken trades, one per hour from `start`, quantities with 8 decimals, alternately buy and sell. */
export function krakenTrades(n: number, start: number): KrakenTrade[] {
  return Array.from({ length: n }, (_, i) => {
    const vol = `0.${String(10_000_001 + i * 7919).padStart(8, "0")}`; // 0.10000001, 0.10007920 …
    const price = `${30000 + i}.10000`;
    const cost = toFixedDown(mulExact(vol, price), 5); // Kraken states cost in the pair's cost_decimals
    return { txid: `T${String(i).padStart(5, "0")}-ABCDE-FGHIJK`, pair: "XXBTZEUR", time: start / 1000 + i * 3600 + 0.1234, type: i % 3 === 2 ? "sell" : "buy", price, vol, cost, fee: "0.01000" };
  });
}

/** Kraken staking rewards (the ledger rows nothing else reports) plus trade rows the connector must skip. */
export function krakenLedger(n: number, start: number): KrakenLedger[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `L${String(i).padStart(5, "0")}-KG3EQ-UFO4T5`,
    refid: `R${i}`,
    time: start / 1000 + i * 1800 + 0.5,
    type: i % 2 === 0 ? "staking" : "trade",
    asset: "XETH",
    amount: `0.0000${String(12345678 + i).padStart(8, "0")}`, // 12 decimals
    fee: "0.0000000000",
    balance: "1.0000000000",
  }));
}

export function binanceTrades(n: number, symbol: string, firstId: number, start: number): BinanceTrade[] {
  return Array.from({ length: n }, (_, i) => {
    const qty = `0.${String(1_000_003 + i * 13).padStart(8, "0")}`;
    const price = `${2000 + i}.12000000`;
    return { symbol, id: firstId + i, price, qty, quoteQty: toFixedDown(mulExact(qty, price), 8), commission: "0.00001000", commissionAsset: "BNB", time: start + i * 60_000, isBuyer: i % 2 === 0 };
  });
}

/** Exact product of two decimal strings (test-side, independent of the connector's helper). */
export function mulExact(a: string, b: string): string {
  const [ai, af = ""] = a.split(".");
  const [bi, bf = ""] = b.split(".");
  const p = (BigInt(ai! + af) * BigInt(bi! + bf)).toString().padStart(af.length + bf.length + 1, "0");
  const scale = af.length + bf.length;
  return scale ? `${p.slice(0, -scale)}.${p.slice(-scale)}`.replace(/0+$/, "").replace(/\.$/, "") : p;
}

function toFixedDown(v: string, digits: number): string {
  const [i, f = ""] = v.split(".");
  return `${i}.${f.slice(0, digits).padEnd(digits, "0")}`;
}
