// One DuckDB instance per open user: a file of its own under the store
// directory, or in memory. This is the isolation boundary: a UserDb only ever
// holds one user's rows, and every query the engine runs goes through the
// UserDb it got for that user id, so no SQL we compile can name (let alone
// join) another user's data.
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from "@duckdb/node-api";

export type JsonRow = Record<string, string | number | boolean | null>;

export interface UserDbOptions {
  /** DuckDB threads per user instance; queries are small, so few are plenty. */
  threads?: number;
  /** Hard ceiling DuckDB enforces for this instance (e.g. "256MB"). */
  memoryLimit?: string;
  /** Database file; in memory when absent. */
  path?: string;
  /** Open with external access already off (a store file that only needs its own tables). */
  lockedDown?: boolean;
  /** Open the file read only (inspection; no writer). */
  readOnly?: boolean;
}

export class UserDb {
  private closed = false;
  private writerConn: DuckDBConnection | null = null;

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(opts: UserDbOptions = {}): Promise<UserDb> {
    const instance = await DuckDBInstance.create(opts.path ?? ":memory:", {
      ...(opts.lockedDown ? { enable_external_access: "false", lock_configuration: "true" } : {}),
      ...(opts.readOnly ? { access_mode: "READ_ONLY" } : {}),
      threads: String(opts.threads ?? 1),
      memory_limit: opts.memoryLimit ?? "512MB",
      // The loader reads its private CSV file, then switches external access
      // off and locks the configuration (see loader.ts); extensions are never
      // needed, so a compiled query cannot reach outside this user's tables.
      autoinstall_known_extensions: "false",
      autoload_known_extensions: "false",
    });
    const connection = await instance.connect();
    return new UserDb(instance, connection);
  }

  /**
   * Runs one parameterised statement and returns rows whose DECIMAL, BIGINT
   * and DATE values are strings (DuckDB's lossless JSON conversion), so money
   * never passes through a JS float.
   */
  async all(sql: string, params: readonly unknown[] = []): Promise<JsonRow[]> {
    if (this.closed) throw new Error("UserDb used after close");
    const reader = await this.connection.runAndReadAll(sql, params as DuckDBValue[]);
    return reader.getRowObjectsJson() as JsonRow[];
  }

  async exec(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /**
   * A second connection for applying changes inside a transaction: readers on
   * `connection` keep seeing the last committed state until it commits.
   */
  async writer(): Promise<DuckDBConnection> {
    if (this.closed) throw new Error("UserDb used after close");
    this.writerConn ??= await this.instance.connect();
    return this.writerConn;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.writerConn?.closeSync();
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
