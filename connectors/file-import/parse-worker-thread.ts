// Runs inside the worker thread: parses one file and streams the result back
// in slices, one slice per request of the main thread. Node delivers every
// queued message in one go, so without the request the main thread would
// deserialise the whole result in one block.
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { ImportError } from "./errors.ts";
import { parseStatementFile, type StatementFileInput } from "./parse.ts";
import { NEXT, ROWS_PER_MESSAGE, type WorkerMessage } from "./parse-worker-protocol.ts";
import type { ParsedStatement } from "./types.ts";

type Port = NonNullable<typeof parentPort>;
const WORKER_NICE = 10;

async function run(port: Port, input: StatementFileInput): Promise<void> {
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
  for (const [index, part] of parts.entries()) {
    for (let i = 0; i < part.transactions.length; i += ROWS_PER_MESSAGE) {
      port.postMessage({ type: "rows", part: index, rows: part.transactions.slice(i, i + ROWS_PER_MESSAGE) } satisfies WorkerMessage);
      await nextRequest(port);
    }
  }
  const skeleton: ParsedStatement = {
    ...statement,
    transactions: [],
    otherAccounts: statement.otherAccounts.map((p) => ({ ...p, transactions: [] })),
  };
  port.postMessage({ type: "done", statement: skeleton } satisfies WorkerMessage);
}

function nextRequest(port: Port): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (m: unknown) => {
      if (m !== NEXT) return;
      port.off("message", onMessage);
      resolve();
    };
    port.on("message", onMessage);
  });
}

/**
 * Parsing is background work: the worker thread lowers its own priority so
 * the main thread, which answers the chats, wins the CPU on a busy host.
 * Linux names a thread in /proc/thread-self; elsewhere this does nothing.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, WORKER_NICE);
  } catch {
    // No /proc or no permission: the worker simply keeps normal priority.
  }
}

if (parentPort) {
  lowerPriority();
  await run(parentPort, workerData as StatementFileInput);
}
