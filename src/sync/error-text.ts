// The ONE place where a failure becomes words for the person. Everything else
// passes errors through; handlers and notifications render what this returns.
import { ConnectorError, type ConnectorErrorReason } from "../../connectors/errors.ts";
import { UnknownConnectorError } from "../../connectors/registry.ts";
import { msg, type Message } from "../i18n/index.ts";
import { VaultError } from "../vault/vault.ts";
import "./messages.ts";

const REASON_KEYS: Record<ConnectorErrorReason, string> = {
  Unauthorized: "sync.error.unauthorized",
  ConsentExpired: "sync.error.consent_expired",
  RateLimited: "sync.error.rate_limited",
  Unavailable: "sync.error.unavailable",
  BadResponse: "sync.error.bad_response",
};

/** A short, stable label for logs, SyncRun.errorKind and Connection.lastErrorKind. */
export function errorKind(err: unknown): string {
  if (err instanceof ConnectorError) return err.reason;
  if (err instanceof VaultError) return err.reason === "WrongKey" ? "Secrets" : "SecretsCorrupt";
  if (err instanceof UnknownConnectorError) return "UnknownProvider";
  return "Internal";
}

export function errorText(err: unknown): Message {
  if (err instanceof ConnectorError) return msg(REASON_KEYS[err.reason]);
  if (err instanceof VaultError) return msg(err.reason === "WrongKey" ? "sync.error.secrets" : "sync.error.secrets_corrupt");
  if (err instanceof UnknownConnectorError) return msg("sync.error.unknown_provider");
  return msg("sync.error.unknown");
}

/** For messages queued with only the stored errorKind (the error object is long gone by then). */
export function reasonText(kind: string): Message {
  const key = REASON_KEYS[kind as ConnectorErrorReason];
  return msg(key ?? "sync.error.unknown");
}

/** The person must act (log in again) before syncing can work. */
export function needsReauth(err: unknown): boolean {
  return err instanceof ConnectorError && (err.reason === "Unauthorized" || err.reason === "ConsentExpired");
}
