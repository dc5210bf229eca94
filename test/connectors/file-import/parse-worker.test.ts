// Parsing in a worker thread: same result and same errors as in-process, and
// the main thread stays free while a 200,000-row CSV is read.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../../connectors/file-import/errors.ts";
import { parseStatementFile } from "../../../connectors/file-import/parse.ts";
import { parseStatementFileInWorker } from "../../../connectors/file-import/parse-worker.ts";

const ROOT = new URL("../../fixtures/import/", import.meta.url);
// One file per format and per kind of error: each worker start costs a second
// or two of loading TypeScript in tests (none in the compiled image).
const SAMPLES = [
  "camt053.xml",
  "camt053-multi.xml",
  "camt053-bad-amount.xml",
  "mt940-vr.mta",
  "mt940-truncated.sta",
  "ofx-amex.ofx",
  "comdirect-girokonto.csv",
  "comdirect-bad-amount.csv",
  "generic-ambiguous.csv",
  "generic-de.csv",
  "banks-intl/revolut.csv",
  "banks-intl/wise-history.csv",
];

/** A Chase-card-shaped export with n rows, oldest last, and the amounts' total in cents. */
function bigCsv(rows: number): { content: Buffer; totalCents: bigint } {
  const lines = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo"];
  let total = 0n;
  for (let i = 0; i < rows; i++) {
    const day = new Date(Date.UTC(2026, 7, 31) - (i % 1500) * 86_400_000);
    const mdy = `${String(day.getUTCMonth() + 1).padStart(2, "0")}/${String(day.getUTCDate()).padStart(2, "0")}/${day.getUTCFullYear()}`;
    const cents = BigInt((i * 7919) % 50_000) + 1n;
    total -= cents;
    lines.push(`${mdy},${mdy},SQ *BLUE BOTTLE COFFEE ${String(i % 1000).padStart(4, "0")},Food & Drink,Sale,-${cents / 100n}.${String(cents % 100n).padStart(2, "0")},`);
  }
  return { content: Buffer.from(`${lines.join("\r\n")}\r\n`), totalCents: total };
}

async function outcome<T>(run: () => Promise<T>): Promise<{ ok: T } | { error: unknown }> {
  try {
    return { ok: await run() };
  } catch (error) {
    return { error };
  }
}

describe("parseStatementFileInWorker", () => {
  it("returns exactly what parseStatementFile returns, and the same ImportError, for each format", async () => {
    let errors = 0;
    for (const url of SAMPLES.map((name) => new URL(name, ROOT))) {
      const input = { fileName: url.pathname.split("/").pop()!, content: readFileSync(url) };
      const inProcess = await outcome(async () => parseStatementFile(input));
      const inWorker = await outcome(() => parseStatementFileInWorker(input));
      if ("ok" in inProcess) {
        expect(inWorker).toEqual(inProcess);
        continue;
      }
      errors++;
      const expected = inProcess.error as ImportError;
      expect(expected).toBeInstanceOf(ImportError);
      expect("error" in inWorker && inWorker.error).toBeInstanceOf(ImportError);
      const actual = (inWorker as { error: ImportError }).error;
      expect([actual.message, actual.line, actual.field, actual.userMessage, actual.guess]).toEqual([
        expected.message,
        expected.line,
        expected.field,
        expected.userMessage,
        expected.guess,
      ]);
    }
    expect(errors).toBe(3);
  }, 180_000);

  it("refuses a file over the size limit before parsing, saying how big it is", async () => {
    const err = await parseStatementFileInWorker({ fileName: "big.csv", content: Buffer.alloc(3 * 1024 * 1024 + 1, 0x41) }, { maxBytes: 3 * 1024 * 1024 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).userMessage).toEqual({ key: "import.error.too_large", params: { size: "4", limit: "3" } });
  });

  it("equals the in-process parse on a generated 20,000-row export", async () => {
    const { content } = bigCsv(20_000);
    const inWorker = await parseStatementFileInWorker({ fileName: "chase.csv", content });
    expect(inWorker).toEqual(parseStatementFile({ fileName: "chase.csv", content }));
  }, 120_000);

  it("keeps the event loop responsive while a 200,000-row CSV is parsed", async () => {
    const { content, totalCents } = bigCsv(200_000);
    // Collect the generator's garbage now, so its collection is not counted as the parser's.
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    // Behavioural liveness, not a timing target (those live in the bench): a timer on the main thread keeps firing
    // all through the parse. In-process the loop is blocked for the whole parse, one gap as long as the parse; with
    // the worker the longest gap is the main thread's own handling of the received rows, a small part of the whole.
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 10);
    const started = performance.now();
    const parsed = await parseStatementFileInWorker({ fileName: "chase.csv", content }, { timeoutMs: 280_000 });
    const ended = performance.now();
    clearInterval(timer);
    const stamps = [started, ...ticks, ended];
    const longestGap = Math.max(...stamps.slice(1).map((t, i) => t - stamps[i]!));
    console.info(`parsing 200,000 rows in the worker: ${(ended - started).toFixed(0)} ms, ${ticks.length} timer ticks, longest gap ${longestGap.toFixed(0)} ms`);
    expect(ticks.length).toBeGreaterThan(20);
    expect(longestGap).toBeLessThan((ended - started) / 4);
    expect(parsed.profile).toBe("chase-card");
    expect(parsed.transactions).toHaveLength(200_000);
    expect(parsed.transactions.reduce((sum, t) => sum + BigInt(t.amount.replace(".", "")), 0n)).toBe(totalCents);
  }, 300_000);
});
