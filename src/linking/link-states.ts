// The OAuth `state` of a bank round trip, kept in PostgreSQL so the browser's
// return can land on any replica (and survive a restart) while the link flow
// waits elsewhere. A state is unguessable (32 random bytes), stored only as
// its SHA-256, used once, expires, and belongs to the person who started the
// link. The bank's answer waits vault-encrypted until the flow takes it.
import { createHash, randomBytes } from "node:crypto";
import type { BankReturn, BankReturns } from "../../connectors/types.ts";
import type { Db } from "../db/client.ts";
import type { Vault } from "../vault/vault.ts";

/** As long as the longest wait at a bank (Plaid's hosted link lives 30 minutes). */
export const STATE_TTL_MS = 30 * 60_000;

/** Why a return was refused; logged, never shown (the page stays neutral). */
export type Refusal = "unknown" | "foreign" | "replayed" | "expired";

export type Arrival = { ok: true; locale: string } | { ok: false; reason: Refusal };

const hash = (state: string) => createHash("sha256").update(state).digest("base64url");

export interface LinkStatesDeps {
  db: Db;
  vault: Vault;
  now: () => Date;
  /** PUBLIC_URL without a trailing slash; absent: nothing is served, people paste the address. */
  publicUrl?: string;
}

export function createLinkStates(deps: LinkStatesDeps) {
  const { db, vault, now } = deps;

  /** Where the bank sends the browser back for this provider, when Kontor serves it. */
  const callbackUrl = (provider: string) => (deps.publicUrl ? `${deps.publicUrl}/callback/${provider}` : null);

  return {
    callbackUrl,

    /** The browser came back: stores the bank's answer for the flow, once. */
    async arrive(provider: string, state: string, answer: BankReturn): Promise<Arrival> {
      const row = await db.linkState.findUnique({ where: { stateHash: hash(state) } });
      if (!row) return { ok: false, reason: "unknown" };
      if (row.provider !== provider) return { ok: false, reason: "foreign" };
      if (row.returnedAt || row.usedAt) return { ok: false, reason: "replayed" };
      const at = now();
      if (row.expiresAt <= at) return { ok: false, reason: "expired" };
      // Compare-and-set: of two simultaneous returns (two replicas) exactly one wins.
      const { count } = await db.linkState.updateMany({
        where: { stateHash: row.stateHash, returnedAt: null, usedAt: null },
        data: { returnedAt: at, result: vault.encryptJson(answer) },
      });
      return count === 1 ? { ok: true, locale: row.locale } : { ok: false, reason: "replayed" };
    },

    /** The link flow's side, bound to one person and provider. */
    forPerson(userId: string, provider: string, locale: string): BankReturns {
      return {
        async open() {
          const state = randomBytes(32).toString("base64url");
          await db.linkState.create({ data: { stateHash: hash(state), userId, provider, locale, expiresAt: new Date(now().getTime() + STATE_TTL_MS) } });
          return { state, redirectUrl: callbackUrl(provider) };
        },
        async take(state) {
          const key = hash(state);
          const row = await db.linkState.findFirst({ where: { stateHash: key, userId, provider, usedAt: null, returnedAt: { not: null } } });
          if (!row?.result) return null;
          // Used up, and the code deleted: it is worthless after one /sessions call anyway.
          const { count } = await db.linkState.updateMany({ where: { stateHash: key, usedAt: null }, data: { usedAt: now(), result: null } });
          return count === 1 ? (vault.decryptJson(row.result) as BankReturn) : null;
        },
        async claimPasted(state) {
          const row = await db.linkState.findUnique({ where: { stateHash: hash(state) } });
          if (!row) return "unknown";
          if (row.userId !== userId || row.provider !== provider) return "foreign";
          if (row.usedAt || row.returnedAt) return "replayed";
          if (row.expiresAt <= now()) return "expired";
          const { count } = await db.linkState.updateMany({ where: { stateHash: row.stateHash, usedAt: null, returnedAt: null }, data: { usedAt: now() } });
          return count === 1 ? "ok" : "replayed";
        },
      };
    },

    /** Rows a day past their expiry are of no use, not even for telling a replay apart. */
    async sweep(): Promise<number> {
      const { count } = await db.linkState.deleteMany({ where: { expiresAt: { lt: new Date(now().getTime() - 86_400_000) } } });
      return count;
    },
  };
}

export type LinkStates = ReturnType<typeof createLinkStates>;
