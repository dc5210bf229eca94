import type { Update } from "grammy/types";
import type { SimState } from "./state.ts";

const ATTEMPTS = 3;
const RETRY_DELAY_MS = 100;
const REQUEST_TIMEOUT_MS = 10_000;

/** POSTs one update the way Telegram does, with the secret header when the bot registered one. */
export function postUpdate(url: string, update: Update, secret: string | undefined): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== undefined) headers["X-Telegram-Bot-Api-Secret-Token"] = secret;
  return fetch(url, {
    method: "POST",
    headers,
    body: JSON.stringify(update),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
}

/**
 * Delivers pending updates to the webhook one at a time, in order, like
 * Telegram with max_connections=1. An update the bot keeps refusing is retried
 * a few times and then dropped (Telegram would keep trying for longer; a test
 * wants a quick, visible failure in `webhookDeliveries` instead).
 */
export class WebhookSender {
  private busy = false;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(private readonly state: SimState) {
    this.unsubscribe = state.onChange(() => this.kick());
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
  }

  private kick(): void {
    if (this.busy || this.closed || !this.state.webhook || this.state.updates.length === 0) return;
    this.busy = true;
    this.deliverHead()
      .catch((err: unknown) => {
        // Only a bug in the simulator lands here; surface it instead of stalling silently.
        console.error("telegram simulator: webhook delivery crashed", err);
      })
      .finally(() => {
        this.busy = false;
        this.kick();
      });
  }

  private async deliverHead(): Promise<void> {
    const update = this.state.updates[0];
    if (!update) return;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
      const webhook = this.state.webhook;
      if (!webhook || this.closed) return;
      const delivery = { updateId: update.update_id, at: this.state.now(), status: 0, error: undefined as string | undefined };
      try {
        const res = await postUpdate(webhook.url, update, webhook.secretToken);
        delivery.status = res.status;
        await res.arrayBuffer();
        if (!res.ok) delivery.error = `Wrong response from the webhook: ${res.status} ${res.statusText}`;
      } catch (err) {
        delivery.error = `Connection failed: ${(err as Error).message}`;
      }
      this.state.webhookDeliveries.push(delivery);
      if (!delivery.error) break;
      webhook.lastErrorDate = this.state.unixNow();
      webhook.lastErrorMessage = delivery.error;
      if (attempt < ATTEMPTS) await new Promise((r) => setTimeout(r, RETRY_DELAY_MS * attempt));
    }
    this.state.updates = this.state.updates.filter((u) => u !== update);
    this.state.changed();
  }
}
