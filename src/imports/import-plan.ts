// Decides, for each account part of a statement, which Kontor account it goes
// to, and counts what is new there. The preview and the import run the same
// plan: the preview on the pool, the import again inside its transaction
// (after taking the user's import lock), so both see the same accounts.
import type { ParsedStatement, StatementFormat, StatementPart } from "../../connectors/file-import/types.ts";
import { fileImportConnector } from "../../connectors/file-import/index.ts";
import type { Db } from "../db/client.ts";
import { withExternalIds } from "../sync/content-id.ts";
import { lastOccurrence, type KeyedTransaction, type Tx } from "../sync/write-transactions.ts";
import { accountNameOf, identityOf, isLocalKey, sameAccountKey, uniqueName, type AccountIdentity } from "./account-identity.ts";
import { coverageOf, snapshotsOf } from "./statement-balances.ts";
import { countRows, type RowCounts } from "./row-counts.ts";
import { baseCurrencyOf } from "../users/base-currency.ts";

type Client = Db | Tx;

/** Per part without identity: an account id the person picked, or "new". */
export type Choices = Record<number, string>;

export interface PartPlan {
  index: number;
  part: StatementPart;
  rows: KeyedTransaction[];
  identity: AccountIdentity;
  /** The existing account the rows go to; null: a new account named `name`. */
  target: { id: string; name: string } | null;
  name: string;
  /** The rows against the target account: brand new, a held pending row now booked, already known. */
  counts: RowCounts;
  pending: number;
  /** Stated balances the target account does not hold yet (all of them for a new account). */
  newBalances: number;
  /** No identity in the file: the person may pick one of `candidates` or a new account. */
  choosable: boolean;
}

export interface Plan {
  format: StatementFormat;
  parts: PartPlan[];
  /** Identity-less file accounts a part without identity may join. */
  candidates: { id: string; name: string }[];
}

const partsOf = (s: ParsedStatement): StatementPart[] => [s, ...s.otherAccounts];

async function storedIds(client: Client, accountIds: string[], externalIds: string[]): Promise<Map<string, number>> {
  if (!accountIds.length || !externalIds.length) return new Map();
  const rows = await client.$queryRawUnsafe<{ accountId: string; n: number }[]>(
    // A row's id while it was pending counts too: its booked twin already holds it.
    `SELECT "accountId", count(*)::int AS n FROM (
       SELECT "accountId"::text AS "accountId", unnest(ARRAY["externalId", "pendingExternalId"]) AS id FROM "Transaction"
       WHERE "accountId" = ANY($1::uuid[]) AND ("externalId" = ANY($2::text[]) OR "pendingExternalId" = ANY($2::text[]))
     ) known WHERE id = ANY($2::text[]) GROUP BY 1`,
    accountIds,
    externalIds,
  );
  return new Map(rows.map((r) => [r.accountId, r.n]));
}

type Target = PartPlan["target"];

/** The account a part goes to: its identity's, else the person's pick, else the one already holding its rows. */
async function targetOf(client: Client, files: FileAccount[], candidates: { id: string; name: string }[], identity: AccountIdentity, rows: KeyedTransaction[], choice: string | undefined): Promise<Target> {
  if (identity.key) {
    const key = identity.key;
    const found = files.find((a) => sameAccountKey(a.externalId, key));
    if (found) return { id: found.id, name: found.name };
    // Rows already imported from a file that named no account (a Chase export before its file name
    // was read for the last four digits): that account is this one, not a second copy of it.
    return byOverlap(client, candidates, rows);
  }
  if (choice === "new") return null;
  if (choice) return candidates.find((c) => c.id === choice) ?? null;
  return byOverlap(client, candidates, rows);
}

/** The identity-less account already holding most of these rows, if any. */
async function byOverlap(client: Client, candidates: { id: string; name: string }[], rows: KeyedTransaction[]): Promise<Target> {
  const overlap = await storedIds(client, candidates.map((c) => c.id), rows.map((r) => r.externalId));
  const best = [...overlap.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? (candidates.find((c) => c.id === best[0]) ?? null) : null;
}

interface FileAccount {
  id: string;
  name: string;
  externalId: string;
}

export async function planImport(client: Client, userId: string, statement: ParsedStatement, choices: Choices = {}): Promise<Plan> {
  const accounts = await client.account.findMany({ where: { userId }, select: { id: true, name: true, currency: true, externalId: true, connection: { select: { provider: true } } } });
  const files = accounts.filter((a) => a.connection.provider === fileImportConnector.id);
  const candidates = files.filter((a) => isLocalKey(a.externalId)).map((a) => ({ id: a.id, name: a.name }));
  const taken = new Set(accounts.map((a) => a.name));
  // Names say a currency or a number only where they tell this account apart from the person's others.
  const others = accounts.map((a) => ({ name: a.name, currency: a.currency }));
  const mainCurrency = baseCurrencyOf(accounts.length ? accounts.map((a) => a.currency) : partsOf(statement).map((p) => p.account.currency));
  // Two parts with one identity (a file listing an account twice) share the account this file creates.
  const newNames = new Map<string, string>();
  const parts: PartPlan[] = [];
  for (const [index, part] of partsOf(statement).entries()) {
    const rows = lastOccurrence(withExternalIds(part.transactions));
    const identity = identityOf(part.account);
    const target = await targetOf(client, files, candidates, identity, rows, choices[index]);
    const name = target?.name ?? (identity.key ? newNames.get(identity.key) : undefined) ?? uniqueName(accountNameOf(part.account, statement.format, { others, mainCurrency }), taken);
    if (!target) {
      taken.add(name);
      others.push({ name, currency: part.account.currency });
      if (identity.key) newNames.set(identity.key, name);
    }
    const counts = await countRows(client, target?.id ?? null, rows, coverageOf(part));
    const snapshots = snapshotsOf(part);
    const storedBalances = target && snapshots.length ? await client.balanceSnapshot.count({ where: { accountId: target.id, kind: "booked", asOf: { in: snapshots.map((b) => b.asOf) } } }) : 0;
    const pending = rows.filter((r) => r.status === "pending").length;
    parts.push({ index, part, rows, identity, target, name, counts, pending, newBalances: snapshots.length - storedBalances, choosable: !identity.key });
  }
  return { format: statement.format, parts, candidates };
}
