// `COPY (...) TO STDOUT` over a plain pg client. pg dispatches CopyData
// messages to the active query, so a tiny Submittable is enough; this avoids
// a dependency on pg-copy-streams for the one place we need it.
import type pg from "pg";

interface CopyDataMessage {
  chunk: Buffer;
}

class CopyOut {
  private error: Error | null = null;
  readonly done: Promise<void>;
  private settle!: { resolve: () => void; reject: (e: Error) => void };

  constructor(
    private readonly text: string,
    private readonly onChunk: (chunk: Buffer) => void,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  }

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  handleCopyData(msg: CopyDataMessage): void {
    try {
      // The parser reuses its buffer for the next message: copy before keeping it.
      this.onChunk(Buffer.from(msg.chunk));
    } catch (e) {
      // Keep the protocol in sync: remember the failure, report it once the
      // server says it is ready for the next query.
      this.error ??= e instanceof Error ? e : new Error(String(e));
    }
  }

  handleError(err: Error): void {
    this.error ??= err;
  }

  handleReadyForQuery(): void {
    if (this.error) this.settle.reject(this.error);
    else this.settle.resolve();
  }

  // The server sends these around the data; nothing to do for them.
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyInResponse(connection: { sendCopyFail(msg: string): void }): void {
    connection.sendCopyFail("COPY FROM is not supported here");
  }
}

/** Runs `COPY (<select>) TO STDOUT ...` and hands each raw chunk to `onChunk`. */
export async function copyOut(client: pg.ClientBase, copySql: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  const q = new CopyOut(copySql, onChunk);
  client.query(q as unknown as pg.Submittable);
  await q.done;
}
