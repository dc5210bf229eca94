// Runs inside the worker thread: parses one file and streams the result back
// in slices, so the main thread never deserialises one huge message and
// stays free to answer other chats between slices.
import { parentPort, workerData } from "node:worker_threads";
import { ImportError } from "./errors.ts";
import { parseStatementFile, type StatementFileInput } from "./parse.ts";
import type { ParsedStatement } from "./types.ts";

export type WorkerMessage =
  | { type: "rows"; part: number; rows: ParsedStatement["transactions"] }
  | { type: "done"; statement: ParsedStatement }
  | { type: "import-error"; key: string; params: Record<string, string | number>; line: number | null; field: string | null; guess: ImportError["guess"] }
  | { type: "error"; name: string; message: string; stack: string | undefined };

/** Rows per message: small enough that one slice deserialises in a few milliseconds. */
export const ROWS_PER_MESSAGE = 2000;

function run(port: NonNullable<typeof parentPort>, input: StatementFileInput): void {
  let statement: ParsedStatement;
  try {
    statement = parseStatementFile(input);
  } catch (err) {
    if (err instanceof ImportError) {
      const { key, params = {} } = err.userMessage;
      port.postMessage({ type: "import-error", key, params, line: err.line, field: err.field, guess: err.guess } satisfies WorkerMessage);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      port.postMessage({ type: "error", name: e.name, message: e.message, stack: e.stack } satisfies WorkerMessage);
    }
    return;
  }
  const parts = [statement, ...statement.otherAccounts];
  parts.forEach((part, index) => {
    for (let i = 0; i < part.transactions.length; i += ROWS_PER_MESSAGE) {
      port.postMessage({ type: "rows", part: index, rows: part.transactions.slice(i, i + ROWS_PER_MESSAGE) } satisfies WorkerMessage);
    }
  });
  const skeleton: ParsedStatement = {
    ...statement,
    transactions: [],
    otherAccounts: statement.otherAccounts.map((p) => ({ ...p, transactions: [] })),
  };
  port.postMessage({ type: "done", statement: skeleton } satisfies WorkerMessage);
}

if (parentPort) run(parentPort, workerData as StatementFileInput);
