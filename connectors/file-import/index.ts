// The "file" connector: statements arrive as uploads, so there is nothing to
// poll. The bot parses each document with parseStatementFile, previews it and
// hands the result to the sync engine.
import { z } from "zod";
import { registerMessages } from "../../src/i18n/index.ts";
import { msg } from "../../src/i18n/message.ts";
import type { Connector, ConnectorSession } from "../types.ts";
import { fileImportMessages } from "./messages.ts";

export { parseStatementFile, parseWithGuess, type StatementFileInput } from "./parse.ts";
export { parseStatementFileInWorker, MAX_STATEMENT_BYTES, type ParseWorkerOptions } from "./parse-worker.ts";
export { detectFormat } from "./detect.ts";
export { isZip } from "./zip-reader.ts";
export { CONFIDENCE_THRESHOLD } from "./csv-detect.ts";
export { ImportError } from "./errors.ts";
export { withFileCurrency, type CurrencyGuess } from "./currency-guess.ts";
export { fileImportMessages } from "./messages.ts";
export type * from "./types.ts";

registerMessages(fileImportMessages);

// An upload needs no login; the empty object keeps the connection row uniform.
const credentialsSchema = z.object({});
export type FileCredentials = z.infer<typeof credentialsSchema>;

export const fileImportConnector = {
  id: "file",
  kind: "file",
  displayName: "File import",
  credentialsSchema,
  limits: {},
  messages: fileImportMessages,
  // Statements arrive as uploads; there is nothing to poll.
  syncs: false,
  async link(dialog) {
    await dialog.say(msg("import.link.how"));
    return { label: "File import", credentials: {} };
  },
  async open(credentials) {
    const session: ConnectorSession<FileCredentials> = {
      listAccounts: async () => [],
      fetchTransactions: async () => ({ transactions: [], nextCursor: null, hasMore: false }),
      fetchBalances: async () => [],
      credentials: () => credentials,
    };
    return session;
  },
} satisfies Connector<FileCredentials>;
