// The fake's mutable world: what it issued, what it counted, what it saw.
import { randomBytes } from "node:crypto";
import type { FakeAccountInput, FakeDepotInput, RawTransaction, TanType } from "./data.ts";

export interface FakeToken {
  value: string;
  kind: "access" | "refresh";
  scope: string;
  expiresAt: number;
  loginId: string;
  /** The other half of the pair, revoked together. */
  partner: string;
  revoked: boolean;
  /** Refresh tokens are single-use: rotation marks the old one used. */
  used: boolean;
}

export interface FakeLogin {
  id: string;
  identifier: string;
  activated: boolean;
}

export interface FakeChallenge {
  id: string;
  typ: TanType;
  loginId: string;
  polls: number;
  closed: boolean;
  authId: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  status: number;
  at: number;
  requestInfo: { sessionId: string; requestId: string } | null;
  onceAuthInfo: string | null;
}

export interface FakeReply {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ComdirectFakeOptions {
  clientId?: string;
  clientSecret?: string;
  zugangsnummer?: string;
  pin?: string;
  tan?: string;
  /** Available TAN methods; the first is the user's preferred one. */
  tanMethods?: TanType[];
  /** How many times the push authentication link answers PENDING before AUTHENTICATED. */
  pushPendingPolls?: number;
  /** Masked phone number shown for M_TAN. */
  maskedPhone?: string;
  accessLifetimeS?: number;
  /** [UNVERIFIED] comdirect does not document it; timaschew reports 20 minutes. */
  refreshLifetimeS?: number;
  accounts?: FakeAccountInput[];
  /** Rows (or a count to generate) for the first account. */
  transactions?: RawTransaction[] | number;
  depots?: FakeDepotInput[];
  /** Adds an `x-http-response-info` WARN/INFO header to successful data responses. */
  responseInfoWarnings?: boolean;
  /** Step-1 answer for a wrong Zugangsnummer/PIN: [UNVERIFIED], so configurable. */
  badCredentials?: FakeReply;
  /** Answers 429 when more requests than this arrive within one second of the fake clock. */
  maxRequestsPerSecond?: number;
  rateLimitReply?: FakeReply;
  photoTan?: { size?: number; block?: number };
  now?: Date;
}

export interface FakeState {
  nowMs: number;
  requests: LoggedRequest[];
  tokens: Map<string, FakeToken>;
  logins: Map<string, FakeLogin>;
  challenges: Map<string, FakeChallenge>;
  /** comdirect locks after 5 challenges without a correct TAN. */
  challengesWithoutSuccess: number;
  /** ... or after 3 wrong TANs in a row. */
  wrongTans: number;
  locked: boolean;
  counters: {
    passwordGrants: number;
    secondaryGrants: number;
    refreshes: number;
    challenges: number;
    tanAttempts: number;
    polls: number;
    revokes: number;
    duplicateRequestIds: number;
  };
  accounts: FakeAccountInput[];
  transactions: Map<string, RawTransaction[]>;
  depots: FakeDepotInput[];
  /** One-shot replies injected by tests, consumed in order. */
  injected: { match: RegExp; reply: FakeReply }[];
}

export function hex(bytes: number): string {
  return randomBytes(bytes).toString("hex").toUpperCase();
}

export function errorBody(code: string, key: string, message: string, args: Record<string, unknown> = {}) {
  return { code, messages: [{ severity: "ERROR", key, message, args, origin: [] }] };
}

export function unprocessable(key: string, message: string, code = "request.object.invalid", args: Record<string, unknown> = {}): FakeReply {
  return { status: 422, body: errorBody(code, key, message, args) };
}
