// Statement files from the chat: parse, preview per account, import on
// confirmation. Parsing happens again on confirmation from the same file, so
// nothing but the file id waits in the session.
import { parseStatementFile, parseWithGuess, ImportError, type ParsedStatement, type CsvGuess } from "../../connectors/file-import/index.ts";
import type { SyncEngine, ImportPreview } from "../sync/engine.ts";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface PartPreview extends ImportPreview {
  index: number;
}

export type Analysis =
  | { kind: "guess"; guess: CsvGuess }
  | { kind: "preview"; format: string; parts: PartPreview[]; newTotal: number };

function parts(s: ParsedStatement) {
  return [s, ...s.otherAccounts].map((p) => ({ format: s.format, account: p.account, transactions: p.transactions }));
}

export function createImportService(engine: SyncEngine) {
  const parse = (fileName: string, content: Uint8Array, guess: CsvGuess | undefined, currency: string) =>
    guess ? parseWithGuess(content, guess) : parseStatementFile({ fileName, content, defaultCurrency: currency });

  return {
    /** Parses and previews; throws ImportError (line and field named) on a bad file. */
    async analyse(userId: string, fileName: string, content: Uint8Array, opts: { guess?: CsvGuess; currency: string }): Promise<Analysis> {
      const parsed = parse(fileName, content, opts.guess, opts.currency);
      if (parsed.needsConfirmation && !opts.guess) return { kind: "guess", guess: parsed.needsConfirmation };
      const previews: PartPreview[] = [];
      for (const [index, p] of parts(parsed).entries()) {
        const preview = await engine.ingestStatement(userId, p, { dryRun: true });
        previews.push({ ...(preview as ImportPreview), index });
      }
      return { kind: "preview", format: parsed.format, parts: previews, newTotal: previews.reduce((n, p) => n + p.new, 0) };
    },

    async commit(userId: string, fileName: string, content: Uint8Array, opts: { guess?: CsvGuess; currency: string }): Promise<{ added: number }> {
      const parsed = parse(fileName, content, opts.guess, opts.currency);
      let added = 0;
      for (const p of parts(parsed)) {
        const res = await engine.ingestStatement(userId, p, { dryRun: false });
        if (!res.dryRun) added += res.added;
      }
      return { added };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
export { ImportError };
