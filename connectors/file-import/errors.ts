// A file that cannot be read fails as a whole: no parser returns part of a
// statement. The error carries where it broke so the person can fix the file.
import { msg, type Message } from "../../src/i18n/message.ts";
import type { CsvGuess } from "./types.ts";
import { fileImportMessages, type FileImportMessageKey } from "./messages.ts";

export class ImportError extends Error {
  override name = "ImportError";
  /** 1-based line in the decoded file, null when the problem is the file as a whole. */
  readonly line: number | null;
  /** Column header, XML element or MT940 tag that broke, when there is one. */
  readonly field: string | null;
  /** What the person sees; `message` holds the same in English for logs. */
  readonly userMessage: Message;
  /** Generic CSV: the detection in force, so the bot can offer a correction. */
  readonly guess: CsvGuess | undefined;

  constructor(
    key: FileImportMessageKey,
    opts: { line?: number | null; field?: string | null; value?: string; detail?: string; params?: Record<string, string | number>; guess?: CsvGuess; cause?: unknown } = {},
  ) {
    const params: Record<string, string | number> = { ...opts.params };
    if (opts.line != null) params.line = opts.line;
    if (opts.field != null) params.field = opts.field;
    if (opts.value !== undefined) params.value = shorten(opts.value);
    if (opts.detail !== undefined) params.detail = opts.detail;
    super(englishText(key, params), { cause: opts.cause });
    this.line = opts.line ?? null;
    this.field = opts.field ?? null;
    this.userMessage = msg(key, params);
    this.guess = opts.guess;
  }
}

// Rendered from the bundle directly so the log text does not depend on
// whether the messages were registered yet.
function englishText(key: FileImportMessageKey, params: Record<string, string | number>): string {
  return fileImportMessages.en[key]
    .replace(/<\/?b>/g, "")
    .replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** Keeps a broken value readable in a chat message. */
function shorten(value: string): string {
  const flat = value.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
