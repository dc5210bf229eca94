// What the parse worker and the main thread say to each other.
import type { ImportError } from "./errors.ts";
import type { ParsedStatement } from "./types.ts";

export type WorkerMessage =
  | { type: "rows"; part: number; rows: ParsedStatement["transactions"] }
  | { type: "done"; statement: ParsedStatement }
  | { type: "import-error"; key: string; params: Record<string, string | number>; line: number | null; field: string | null; guess: ImportError["guess"] }
  | { type: "error"; name: string; message: string; stack: string | undefined };

/** Rows per message: small enough that one slice deserialises in a few milliseconds. */
export const ROWS_PER_MESSAGE = 500;
/** What the main thread sends when it is ready for the next slice. */
export const NEXT = "next";
