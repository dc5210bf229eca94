// parseStatementFile off the main thread. A 200k-row CSV takes seconds to
// parse and hundreds of MB of heap; in a worker the bot keeps answering other
// chats meanwhile, and terminating the worker after each file gives the
// memory back. Same result, same ImportError as parsing in-process.
import { Worker } from "node:worker_threads";
import { ImportError } from "./errors.ts";
import type { FileImportMessageKey } from "./messages.ts";
import type { StatementFileInput } from "./parse.ts";
import { NEXT, type WorkerMessage } from "./parse-worker-protocol.ts";
import type { ParsedStatement } from "./types.ts";

export interface ParseWorkerOptions {
  /** Files above this are refused before any parsing (bytes). */
  maxBytes?: number;
  /** A parse running longer than this is stopped (ms). */
  timeoutMs?: number;
  /** Heap ceiling of the worker (MB); a file needing more fails cleanly instead of swelling the bot. */
  maxHeapMb?: number;
}

export const MAX_STATEMENT_BYTES = 50 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 180_000;
const DEFAULT_HEAP_MB = 2048;

// In development the sources are TypeScript run through tsx, in the image
// compiled JavaScript; the worker file is the sibling with this file's extension.
const SELF = new URL(import.meta.url);
const WORKER_FILE = new URL(`./parse-worker-thread${SELF.pathname.endsWith(".ts") ? ".ts" : ".js"}`, SELF);

/**
 * The compiled worker starts directly. The .ts one (npm start, vitest) needs
 * tsx's loader inside the worker thread; `--import tsx` in the worker's
 * execArgv is not applied to the entry module on Node 20, so a tiny
 * bootstrap registers tsx first and then imports the worker.
 */
function startWorker(input: StatementFileInput, maxHeapMb: number): Worker {
  // The bytes are moved, not cloned: cloning megabytes into the worker's
  // message would itself hold up the main thread.
  const content = new Uint8Array(input.content);
  const options = {
    workerData: { ...input, content },
    transferList: [content.buffer],
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb },
    stdout: false,
    stderr: false,
  };
  if (!WORKER_FILE.pathname.endsWith(".ts")) return new Worker(WORKER_FILE, options);
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(WORKER_FILE.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}

export async function parseStatementFileInWorker(input: StatementFileInput, opts: ParseWorkerOptions = {}): Promise<ParsedStatement> {
  const maxBytes = opts.maxBytes ?? MAX_STATEMENT_BYTES;
  if (input.content.length > maxBytes) {
    throw new ImportError("import.error.too_large", { params: { size: megabytes(input.content.length), limit: megabytes(maxBytes) } });
  }
  const worker = startWorker(input, opts.maxHeapMb ?? DEFAULT_HEAP_MB);
  try {
    return await collect(worker, opts.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  } finally {
    await worker.terminate();
  }
}

function collect(worker: Worker, timeoutMs: number): Promise<ParsedStatement> {
  return new Promise((resolve, reject) => {
    const rows: ParsedStatement["transactions"][] = [];
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => finish(() => reject(new ImportError("import.error.parse_failed", { detail: `timeout after ${timeoutMs} ms` }))), timeoutMs);
    worker.on("message", (m: WorkerMessage) => {
      if (m.type === "rows") {
        const list = (rows[m.part] ??= []);
        for (const row of m.rows) list.push(row);
        // Ask for the next slice only after a turn of the event loop, so other chats get theirs.
        setImmediate(() => settled || worker.postMessage(NEXT));
      } else if (m.type === "done") {
        finish(() => resolve(assemble(m.statement, rows)));
      } else if (m.type === "import-error") {
        const { key, params, line, field, guess } = m;
        finish(() => reject(new ImportError(key as FileImportMessageKey, { line, field, params, ...(guess ? { guess } : {}) })));
      } else {
        const err = new Error(m.message);
        err.name = m.name;
        err.stack = m.stack;
        finish(() => reject(err));
      }
    });
    worker.on("error", (err) => finish(() => reject(new ImportError("import.error.parse_failed", { detail: err.message, cause: err }))));
    worker.on("exit", (code) => finish(() => reject(new ImportError("import.error.parse_failed", { detail: `worker exited with code ${code}` }))));
  });
}

function assemble(skeleton: ParsedStatement, rows: ParsedStatement["transactions"][]): ParsedStatement {
  return {
    ...skeleton,
    transactions: rows[0] ?? [],
    otherAccounts: skeleton.otherAccounts.map((p, i) => ({ ...p, transactions: rows[i + 1] ?? [] })),
  };
}

function megabytes(bytes: number): string {
  // Whole megabytes: the number reads the same in every language.
  return String(Math.ceil(bytes / (1024 * 1024)));
}
