// Tells the dispatcher about every HTTP request made for one outbox message,
// at the one place that knows: the innermost grammY transformer, under the
// throttler and both retry layers. Telegram has no idempotency key for
// sendMessage, so the dispatcher can only be honest about what it sent if it
// hears of each request (attempts) and of each answer proving the request was
// not executed (a Telegram error body, or a network error raised before the
// request left this machine). Anything else may be in the chat.
import type { Transformer } from "grammy";
import { deliveryUncertain } from "./send-errors.ts";

export interface WireHooks {
  /** Before each request; a throw stops the request (nothing was sent). */
  requesting(): Promise<void>;
  /** The request's outcome proves Telegram did not execute it. */
  refused(): Promise<void>;
}

/**
 * The hooks travel in the call's payload under a symbol: grammY and its
 * plugins copy payloads with spread (symbols included), while JSON and
 * multipart serialisation skip symbol keys, so Telegram never sees them.
 */
export const WIRE_HOOKS = Symbol.for("kontor.wireHooks");

export const withWireHooks = <T extends object>(other: T, hooks: WireHooks | undefined): T => (hooks ? { ...other, [WIRE_HOOKS]: hooks } : other);

function hooksOf(payload: unknown): WireHooks | undefined {
  return typeof payload === "object" && payload !== null ? ((payload as Record<symbol, WireHooks | undefined>)[WIRE_HOOKS] ?? undefined) : undefined;
}

/** Install first (innermost), so it sees each request the retry layers make. */
export function wireTransformer(): Transformer {
  return async (prev, method, payload, signal) => {
    const hooks = hooksOf(payload);
    if (!hooks) return prev(method, payload, signal);
    await hooks.requesting();
    let result;
    try {
      result = await prev(method, payload, signal);
    } catch (err) {
      if (!deliveryUncertain(err)) await hooks.refused();
      throw err;
    }
    // An error body is Telegram itself answering: the call did not take effect.
    if (!result.ok) await hooks.refused();
    return result;
  };
}
