import type { UploadedFile } from "./multipart.ts";
import type { SimState } from "./state.ts";

export interface MethodContext {
  state: SimState;
  params: Record<string, unknown>;
  files: Record<string, UploadedFile>;
  /** Aborted when the bot hangs up, so a long poll stops waiting for nobody. */
  signal: AbortSignal;
}

/** Returns the `result` of the envelope, or throws an ApiError. */
export type MethodHandler = (ctx: MethodContext) => unknown;
