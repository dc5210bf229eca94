// `COPY (...) TO STDOUT` over a plain pg client: pg dispatches CopyData
// messages to the active query (see src/db/copy-protocol.ts).
import type pg from "pg";
import { CopySubmittable, type CopyConnection } from "../db/copy-protocol.ts";

interface CopyDataMessage {
  chunk: Buffer;
}

class CopyOut extends CopySubmittable {
  constructor(
    text: string,
    private readonly onChunk: (chunk: Buffer) => void,
  ) {
    super(text);
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

  handleCopyInResponse(connection: CopyConnection): void {
    connection.sendCopyFail("COPY FROM is not supported here");
  }
}

/** Runs `COPY (<select>) TO STDOUT ...` and hands each raw chunk to `onChunk`. */
export async function copyOut(client: pg.ClientBase, copySql: string, onChunk: (chunk: Buffer) => void): Promise<void> {
  await new CopyOut(copySql, onChunk).run(client);
}
