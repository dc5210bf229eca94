// The owner's side of the inbox: takes a dialog's relayed answers one at a
// time, in the order they were posted. Wake-ups for one dialog are chained, so
// a NOTIFY and the heartbeat's safety drain never consume out of order.
import type { Logger } from "pino";
import type { DialogInboxStore, InboxInput } from "./inbox.ts";

export interface DrainTarget {
  id: string;
  /** Hands an answer to the waiting question; false when the dialog does not expect it now. */
  deliver(input: Exclude<InboxInput, { kind: "cancel" }>): boolean;
  cancel(): void;
}

export function createDrainer(inbox: DialogInboxStore, logger: Logger) {
  const draining = new Map<string, Promise<void>>();
  return (target: DrainTarget) => {
    const { id } = target;
    const next = (draining.get(id) ?? Promise.resolve()).then(async () => {
      for (let input: InboxInput | null; (input = await inbox.takeNext(id)); ) {
        if (input.kind === "cancel") target.cancel();
        else if (!target.deliver(input)) logger.debug({ dialogId: id, kind: input.kind }, "relayed answer not expected now; dropped");
      }
    });
    const settled = next.catch((err: unknown) => logger.warn({ err: String(err) }, "could not take relayed dialog answers"));
    draining.set(id, settled);
    void settled.finally(() => draining.get(id) === settled && draining.delete(id));
  };
}
