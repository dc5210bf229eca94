// pg has no COPY helpers without pg-copy-streams; a Submittable that speaks the
// protocol is enough. This base holds what every COPY needs: send the
// statement, remember the first error, settle once the server is ready again.
import type pg from "pg";

export interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(msg: string): void;
}

export abstract class CopySubmittable {
  readonly done: Promise<void>;
  protected error: Error | null = null;
  private settle!: { resolve: () => void; reject: (e: Error) => void };

  constructor(private readonly text: string) {
    this.done = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
  }

  submit(connection: CopyConnection): void {
    connection.query(this.text);
  }

  /** The server's CopyInResponse: send the data (COPY FROM) or refuse (COPY TO). */
  abstract handleCopyInResponse(connection: CopyConnection): void;

  /**
   * The server refused the COPY (a missing column, a cancelled statement, a
   * broken row). pg forgets the active query as soon as an error arrives and
   * never hands it the ReadyForQuery that follows, so settle now: waiting for
   * it would hang the caller forever. pg itself holds the next query back
   * until the server is ready again.
   */
  handleError(err: Error): void {
    this.error ??= err;
    this.settle.reject(this.error);
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve();
  }

  // Protocol messages around the copy that need no action.
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}

  /** Runs this COPY on `client` and waits for the server to finish it. */
  async run(client: pg.ClientBase): Promise<void> {
    client.query(this as unknown as pg.Submittable);
    await this.done;
  }
}
