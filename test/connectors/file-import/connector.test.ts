import { describe, expect, it } from "vitest";
import pino from "pino";
import { fileImportConnector, fileImportMessages, type FileCredentials } from "../../../connectors/file-import/index.ts";
import type { Connector, LinkDialog } from "../../../connectors/types.ts";
import type { Message } from "../../../src/i18n/message.ts";
import { hasMessage } from "../../../src/i18n/index.ts";

// Used through the Connector contract, as the registry and sync engine do.
const connector: Connector<FileCredentials> = fileImportConnector;
const ctx = { now: () => new Date("2024-03-05T12:00:00Z"), logger: pino({ level: "silent" }), settings: {} };

describe("file connector", () => {
  it("explains how to send a file when linked, and needs no credentials", async () => {
    const said: Message[] = [];
    const dialog = { locale: "de", say: async (m: Message) => void said.push(m) } as unknown as LinkDialog;
    const result = await connector.link(dialog, ctx);
    expect(said).toEqual([{ key: "import.link.how" }]);
    expect(connector.credentialsSchema.parse(result.credentials)).toEqual({});
  });

  it("has nothing to poll: files arrive by upload", async () => {
    const session = await connector.open({}, ctx);
    expect(await session.listAccounts()).toEqual([]);
    expect(await session.fetchBalances([])).toEqual([]);
    const account = { externalId: "x", name: "x", currency: "EUR", type: "CHECKING" as const };
    expect(await session.fetchTransactions(account, null)).toEqual({ transactions: [], nextCursor: null, hasMore: false });
  });

  it("registers every message in English and German with the same placeholders", () => {
    const keys = Object.keys(fileImportMessages.en);
    expect(Object.keys(fileImportMessages.de).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(hasMessage(key)).toBe(true);
      const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect(holes(fileImportMessages.de[key as keyof typeof fileImportMessages.de])).toEqual(holes(fileImportMessages.en[key as keyof typeof fileImportMessages.en]));
    }
  });
});
