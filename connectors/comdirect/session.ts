// An open comdirect connection: keeps the rotating tokens fresh and pages
// through transactions the way comdirect allows (paging only for BOOKED).
import { z } from "zod";
import type { ConnectorContext, ConnectorSession, NormalizedAccount, NormalizedBalance, NormalizedHolding, NormalizedTransaction, TransactionPage } from "../types.ts";
import { refreshTokens, revokeToken } from "./auth.ts";
import { ComdirectClient, type RequestOptions } from "./client.ts";
import { credentialsSchema, type ComdirectCredentials } from "./credentials.ts";
import { ComdirectError } from "./errors.ts";
import { balancesSchema, depotsSchema, normalizeAccount, normalizeBalances, normalizeHoldings, normalizeTransaction, positionsSchema, transactionsSchema } from "./normalize.ts";

/** Refresh when less than this is left, so a request never races the expiry. */
export const REFRESH_MARGIN_MS = 60_000;
export const PAGE_SIZE = 500; // comdirect's maximum; 501 → 422 paging.invalid
export const FIRST_SYNC_DAYS = 180;
/** Late bookings appear with older booking dates; re-reading a week catches them. */
export const OVERLAP_DAYS = 7;
const DEPOT_PREFIX = "depot:";
const DAY_MS = 86_400_000;

const cursorSchema = z.object({
  minBookingDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  pagingFirst: z.number().int().nonnegative(),
  latestBookingDate: z.string().nullish(),
});
export type ComdirectCursor = z.infer<typeof cursorSchema>;

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const minusDays = (isoDay: string, days: number) => day(Date.parse(`${isoDay}T00:00:00Z`) - days * DAY_MS);

/** Rotates both tokens. Anything but a transient failure means the TAN session is gone. */
export async function refreshCredentials(client: ComdirectClient, ctx: ConnectorContext, creds: ComdirectCredentials): Promise<ComdirectCredentials> {
  try {
    const tokens = await refreshTokens(client, ctx, creds, creds.refreshToken);
    ctx.logger.info({ provider: "comdirect", accessExpiresAt: tokens.accessExpiresAt }, "comdirect tokens refreshed");
    return { ...creds, ...tokens };
  } catch (err) {
    if (err instanceof ComdirectError && err.transient) throw err;
    throw new ComdirectError("Unauthorized", "comdirect refresh failed; a new TAN is needed", { cause: err, status: err instanceof ComdirectError ? err.details.status : undefined });
  }
}

export class ComdirectSession implements ConnectorSession<ComdirectCredentials> {
  constructor(
    private creds: ComdirectCredentials,
    private readonly ctx: ConnectorContext,
    private readonly client = new ComdirectClient(ctx, creds.sessionId),
  ) {}

  credentials(): ComdirectCredentials {
    return this.creds;
  }

  async ensureFresh(): Promise<void> {
    if (Date.parse(this.creds.accessExpiresAt) - this.ctx.now().getTime() < REFRESH_MARGIN_MS) {
      this.creds = await refreshCredentials(this.client, this.ctx, this.creds);
    }
  }

  /** A 401 mid-sync gets one refresh and one retry before giving up. */
  private async call<T>(opts: Omit<RequestOptions<T>, "token">): Promise<T> {
    await this.ensureFresh();
    try {
      return (await this.client.request({ ...opts, token: this.creds.accessToken })).body;
    } catch (err) {
      if (!(err instanceof ComdirectError && err.details.status === 401)) throw err;
      this.creds = await refreshCredentials(this.client, this.ctx, this.creds);
      return (await this.client.request({ ...opts, token: this.creds.accessToken })).body;
    }
  }

  private balancesBody() {
    return this.call({ method: "GET", path: "/api/banking/clients/user/v2/accounts/balances", what: "balances", schema: balancesSchema });
  }

  private async depots() {
    try {
      return (await this.call({ method: "GET", path: "/api/brokerage/clients/user/v3/depots", what: "depots", schema: depotsSchema })).values;
    } catch (err) {
      // A login without brokerage scope simply has no depot to show.
      if (err instanceof ComdirectError && err.details.status === 403) return [];
      throw err;
    }
  }

  async listAccounts(): Promise<NormalizedAccount[]> {
    const cash = (await this.balancesBody()).values.map((v) => normalizeAccount(v.account));
    const depots = (await this.depots()).map((d) => ({
      externalId: DEPOT_PREFIX + d.depotId,
      name: `Depot ${d.depotDisplayId ?? d.depotId}`,
      currency: "EUR",
      type: "BROKERAGE" as const,
      iban: null,
    }));
    return [...cash, ...depots];
  }

  async fetchBalances(accounts: NormalizedAccount[]): Promise<NormalizedBalance[]> {
    const wanted = new Set(accounts.map((a) => a.externalId));
    if (![...wanted].some((id) => !id.startsWith(DEPOT_PREFIX))) return [];
    return normalizeBalances(await this.balancesBody(), this.ctx.now()).filter((b) => wanted.has(b.accountExternalId));
  }

  async fetchHoldings(accounts: NormalizedAccount[]): Promise<NormalizedHolding[]> {
    const holdings: NormalizedHolding[] = [];
    for (const account of accounts.filter((a) => a.externalId.startsWith(DEPOT_PREFIX))) {
      const depotId = account.externalId.slice(DEPOT_PREFIX.length);
      const body = await this.call({ method: "GET", path: `/api/brokerage/v3/depots/${encodeURIComponent(depotId)}/positions`, what: "positions", schema: positionsSchema, query: { "with-attr": "instrument" } });
      holdings.push(...normalizeHoldings(account.externalId, body, this.ctx.now()));
    }
    return holdings;
  }

  async fetchTransactions(account: NormalizedAccount, rawCursor: unknown | null): Promise<TransactionPage> {
    if (account.externalId.startsWith(DEPOT_PREFIX)) return { transactions: [], nextCursor: rawCursor, hasMore: false };
    const today = day(this.ctx.now().getTime());
    const parsed = rawCursor == null ? null : cursorSchema.safeParse(rawCursor);
    if (parsed && !parsed.success) this.ctx.logger.warn({ provider: "comdirect" }, "unreadable transaction cursor, starting a full sync");
    const cursor: ComdirectCursor = parsed?.success ? parsed.data : { minBookingDate: minusDays(today, FIRST_SYNC_DAYS), pagingFirst: 0 };
    const path = `/api/banking/v1/accounts/${encodeURIComponent(account.externalId)}/transactions`;
    const booked = await this.call({
      method: "GET",
      path,
      what: "transactions",
      schema: transactionsSchema,
      query: { transactionState: "BOOKED", "paging-first": cursor.pagingFirst, "paging-count": PAGE_SIZE, "min-bookingDate": cursor.minBookingDate },
    });
    // Pending rows cannot be paged (422 requestparameter.invalid): read them once, with the first page.
    const pending =
      cursor.pagingFirst === 0
        ? (await this.call({ method: "GET", path, what: "pending transactions", schema: transactionsSchema, query: { transactionState: "NOTBOOKED", "paging-count": PAGE_SIZE } })).values
        : [];
    const transactions: NormalizedTransaction[] = [];
    let skipped = 0;
    for (const row of [...pending, ...booked.values]) {
      const t = normalizeTransaction(row, today);
      if (t) transactions.push(t);
      else skipped++;
    }
    if (skipped) this.ctx.logger.warn({ provider: "comdirect", skipped }, "skipped comdirect rows without an amount");
    let latest = cursor.latestBookingDate ?? null;
    for (const row of booked.values) if (row.bookingDate && (!latest || row.bookingDate > latest)) latest = row.bookingDate;
    const read = cursor.pagingFirst + booked.values.length;
    const hasMore = booked.values.length > 0 && read < booked.paging.matches;
    const nextCursor: ComdirectCursor = hasMore
      ? { minBookingDate: cursor.minBookingDate, pagingFirst: read, latestBookingDate: latest }
      : { minBookingDate: latest ? minusDays(latest, OVERLAP_DAYS) : cursor.minBookingDate, pagingFirst: 0, latestBookingDate: null };
    return { transactions, nextCursor, hasMore };
  }
}

export async function openSession(credentials: ComdirectCredentials, ctx: ConnectorContext): Promise<ComdirectSession> {
  const session = new ComdirectSession(credentialsSchema.parse(credentials), ctx);
  await session.ensureFresh();
  return session;
}

/** For a schedule that refreshes before the (unverified, ~20 min) refresh lifetime runs out. */
export async function keepAlive(credentials: ComdirectCredentials, ctx: ConnectorContext): Promise<ComdirectCredentials> {
  const creds = credentialsSchema.parse(credentials);
  return refreshCredentials(new ComdirectClient(ctx, creds.sessionId), ctx, creds);
}

export async function revokeCredentials(credentials: ComdirectCredentials, ctx: ConnectorContext): Promise<void> {
  const session = new ComdirectSession(credentialsSchema.parse(credentials), ctx);
  const client = new ComdirectClient(ctx, credentials.sessionId);
  try {
    await session.ensureFresh();
    await revokeToken(client, session.credentials().accessToken);
  } catch (err) {
    // Dead tokens are what revoking wants; only other failures matter.
    if (err instanceof ComdirectError && err.reason === "Unauthorized") {
      ctx.logger.info({ provider: "comdirect" }, "comdirect tokens were already invalid");
      return;
    }
    throw err;
  }
}
