// Decides, for each account part of a statement, which Kontor account it goes
// to, and counts what is new there. The preview and the import run the same
// plan: the preview on the pool, the import again inside its transaction
// (after taking the user's import lock), so both see the same accounts.
import type { ParsedStatement, StatementFormat, StatementPart } from "../../connectors/file-import/types.ts";
import type { Db } from "../db/client.ts";
import { withExternalIds } from "../sync/content-id.ts";
import { FILE_PROVIDER } from "../sync/types.ts";
import { lastOccurrence, type KeyedTransaction, type Tx } from "../sync/write-transactions.ts";
import { accountNameOf, identityOf, isLocalKey, uniqueName, type AccountIdentity } from "./account-identity.ts";
import { snapshotsOf } from "./statement-balances.ts";

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
  /** Rows already stored in the target account. */
  existing: number;
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
    `SELECT "accountId"::text AS "accountId", count(*)::int AS n FROM "Transaction" WHERE "accountId" = ANY($1::uuid[]) AND "externalId" = ANY($2::text[]) GROUP BY 1`,
    accountIds,
    externalIds,
  );
  return new Map(rows.map((r) => [r.accountId, r.n]));
}

export async function planImport(client: Client, userId: string, statement: ParsedStatement, choices: Choices = {}): Promise<Plan> {
  const accounts = await client.account.findMany({ where: { userId }, select: { id: true, name: true, externalId: true, connection: { select: { provider: true } } } });
  const files = accounts.filter((a) => a.connection.provider === FILE_PROVIDER);
  const candidates = files.filter((a) => isLocalKey(a.externalId)).map((a) => ({ id: a.id, name: a.name }));
  const taken = new Set(accounts.map((a) => a.name));
  const planned = new Map<string, { id: string; name: string } | null>();
  const parts: PartPlan[] = [];
  for (const [index, part] of partsOf(statement).entries()) {
    const rows = lastOccurrence(withExternalIds(part.transactions));
    const identity = identityOf(part.account);
    let target: PartPlan["target"] = null;
    if (identity.key) {
      const found = files.find((a) => a.externalId === identity.key);
      target = found ? { id: found.id, name: found.name } : null;
    } else {
      const choice = choices[index];
      if (choice && choice !== "new") target = candidates.find((c) => c.id === choice) ?? null;
      // Not asked yet: the account that already holds some of these very rows is this one.
      else if (!choice) {
        const overlap = await storedIds(client, candidates.map((c) => c.id), rows.map((r) => r.externalId));
        const best = [...overlap.entries()].sort((a, b) => b[1] - a[1])[0];
        target = best ? candidates.find((c) => c.id === best[0])! : null;
      }
    }
    // Two parts with one identity (rare: a file listing an account twice) share the new account.
    const twin = identity.key && !target ? planned.get(identity.key) : undefined;
    const name = target?.name ?? twin?.name ?? uniqueName(accountNameOf(part.account, statement.format), taken);
    if (!target && !twin) taken.add(name);
    if (identity.key) planned.set(identity.key, target ?? { id: "", name });
    const existing = target ? ((await storedIds(client, [target.id], rows.map((r) => r.externalId))).get(target.id) ?? 0) : 0;
    const pending = rows.filter((r) => r.status === "pending").length;
    const snapshots = snapshotsOf(part);
    const storedBalances = target && snapshots.length ? await client.balanceSnapshot.count({ where: { accountId: target.id, kind: "booked", asOf: { in: snapshots.map((b) => b.asOf) } } }) : 0;
    parts.push({ index, part, rows, identity, target, name, existing, pending, newBalances: snapshots.length - storedBalances, choosable: !identity.key });
  }
  return { format: statement.format, parts, candidates };
}
