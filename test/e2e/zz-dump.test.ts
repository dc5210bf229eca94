import { afterAll, beforeAll, it } from "vitest";
import { importStatement, startChatApp, type ChatApp } from "../helpers/chat-app.ts";
import { buildEvents, consorsCsv, deutscheBankCsv, sparkasseCsv } from "./blind-landlord/statements.ts";
const katrin = { id: 7402, first_name: "Katrin", language_code: "de" };
const events = buildEvents();
let c: ChatApp;
beforeAll(async () => { c = await startChatApp([katrin], { now: () => new Date("2026-11-30T09:00:00Z") }); }, 60_000);
afterAll(() => c?.stop());
it("dump", async () => {
  await importStatement(c.sim, katrin, "Transactions_250_412345600_20261127_101500.csv", deutscheBankCsv(events));
  await importStatement(c.sim, katrin, "20261127-900771234-umsatz.CSV", sparkasseCsv(events));
  await importStatement(c.sim, katrin, "Umsatzübersicht_220456789.csv", consorsCsv(events));
  const rows = await c.t.db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT DISTINCT ON (a.name, t."counterpartyName", c.key, sign(t.amount)) a.name acct, a.type, t."counterpartyName" cp, m.name merchant, c.key cat, t."categorySource" src, t.amount::text, t.description FROM "Transaction" t JOIN "Account" a ON a.id=t."accountId" LEFT JOIN "Category" c ON c.id=t."categoryId" LEFT JOIN "Merchant" m ON m.id=t."merchantId" ORDER BY a.name, t."counterpartyName", c.key, sign(t.amount)`);
  for (const r of rows) console.log(JSON.stringify(r));
}, 60_000);
