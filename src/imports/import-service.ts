// Statement files from the chat: parse, check, preview per account, import on
// confirmation. Parsing happens again on confirmation from the same file, so
// nothing but the file id (and the person's account choices) waits in the session.
import type { Message } from "../i18n/message.ts";
import { isZip, parseStatementFile, parseStatementFileInWorker, parseWithGuess, withFileCurrency, ImportError, type ParsedStatement, type CsvGuess, type CurrencyGuess } from "../../connectors/file-import/index.ts";
import type { StatementBalance } from "../../connectors/file-import/types.ts";
import { planImport, type Choices } from "./import-plan.ts";
import { writeStatement, type ImportDeps, type ImportOutcome } from "./import-writer.ts";
import { checkStatement, StatementRejected } from "./statement-check.ts";

/** Telegram lets bots download files up to 20 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/**
 * Files from this size on are parsed in a worker thread: a 200k-row CSV takes
 * seconds, and other chats must not wait for it. Small files stay in-process,
 * where they are parsed faster than a worker starts.
 */
const WORKER_FROM_BYTES = 512 * 1024;

export interface PartPreview {
  index: number;
  accountName: string;
  /** Masked IBAN, account or card number, when the file names the account. */
  accountId: string | null;
  isNew: boolean;
  total: number;
  /** Rows the account does not hold in any form. */
  new: number;
  /** Rows the account holds already: `booked` of them pending there and booked in this file. */
  existing: number;
  booked: number;
  /** Pending rows the account holds that the file covers and no longer lists: removed (lapsed, or booked as nothing matching). */
  lapsed: number;
  pending: number;
  /** Earliest and latest booking date (YYYY-MM-DD), null for no rows. */
  from: string | null;
  to: string | null;
  closingBalance: StatementBalance | null;
  /** The currency the rows are read in. */
  currency: string;
  /** No identity in the file: the person may pick one of the candidates instead of a new account. */
  choosable: boolean;
  targetId: string | null;
}

export type Analysis =
  | { kind: "guess"; guess: CsvGuess }
  | { kind: "preview"; format: string; parts: PartPreview[]; newTotal: number; bookedTotal: number; lapsedTotal: number; newBalances: number; notices: Message[]; candidates: { id: string; name: string }[]; currencyGuess: CurrencyGuess | null };

export interface ImportOptions {
  guess?: CsvGuess;
  /** The person's currency: used where the file names none. */
  currency: string;
  /** The currency the person picked in the preview for a file that states none. */
  fileCurrency?: string;
  choices?: Choices;
}

function span(dates: string[]): { from: string | null; to: string | null } {
  const sorted = [...dates].sort();
  return { from: sorted[0] ?? null, to: sorted[sorted.length - 1] ?? null };
}

export function createImportService(deps: ImportDeps) {
  /** Parsed and checked: everything PostgreSQL would refuse is refused here, before any preview. */
  const read = async (fileName: string, content: Uint8Array, opts: ImportOptions): Promise<ParsedStatement> => {
    const input = { fileName, content, defaultCurrency: opts.currency };
    // A ZIP's size says nothing about what it unpacks to, so archives always go to the worker.
    const inWorker = content.length >= WORKER_FROM_BYTES || isZip(content);
    const parsed = opts.guess ? parseWithGuess(content, opts.guess) : inWorker ? await parseStatementFileInWorker(input) : parseStatementFile(input);
    const statement = opts.fileCurrency ? withFileCurrency(parsed, opts.fileCurrency) : parsed;
    if (!statement.needsConfirmation || opts.guess) checkStatement(statement);
    return statement;
  };

  return {
    /** Parses and previews; throws ImportError or StatementRejected (line and field named) on a bad file. */
    async analyse(userId: string, fileName: string, content: Uint8Array, opts: ImportOptions): Promise<Analysis> {
      const parsed = await read(fileName, content, opts);
      if (parsed.needsConfirmation && !opts.guess) return { kind: "guess", guess: parsed.needsConfirmation };
      const plan = await planImport(deps.db, userId, parsed, opts.choices);
      const parts = plan.parts.map((p): PartPreview => ({
        index: p.index,
        accountName: p.name,
        accountId: p.identity.masked,
        isNew: !p.target,
        total: p.rows.length,
        new: p.counts.brandNew,
        existing: p.counts.known + p.counts.nowBooked,
        booked: p.counts.nowBooked,
        lapsed: p.counts.lapsed,
        pending: p.pending,
        ...span(p.rows.map((r) => r.bookingDate)),
        closingBalance: p.part.closingBalance ?? null,
        currency: p.part.account.currency,
        choosable: p.choosable,
        targetId: p.target?.id ?? null,
      }));
      const newTotal = parts.reduce((n, p) => n + p.new, 0);
      const bookedTotal = parts.reduce((n, p) => n + p.booked, 0);
      const lapsedTotal = parts.reduce((n, p) => n + p.lapsed, 0);
      // A file imported before its balances were kept still brings them.
      const newBalances = plan.parts.reduce((n, p) => n + p.newBalances, 0);
      return { kind: "preview", format: parsed.profile ?? parsed.format, parts, newTotal, bookedTotal, lapsedTotal, newBalances, notices: parsed.notices ?? [], candidates: plan.candidates, currencyGuess: parsed.currencyGuess ?? null };
    },

    /** All of the file or nothing; throws like analyse, or the database's error with nothing written. */
    async commit(userId: string, fileName: string, content: Uint8Array, opts: ImportOptions): Promise<ImportOutcome> {
      return writeStatement(deps, userId, await read(fileName, content, opts), opts.choices ?? {});
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
export { ImportError, StatementRejected };
