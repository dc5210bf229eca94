import { pino, type Logger, type DestinationStream } from "pino";

// Anything that can carry a secret or personal banking data is censored
// wherever it appears in a log object.
export const REDACT_PATHS = [
  "token", "*.token", "accessToken", "*.accessToken", "refreshToken", "*.refreshToken", "access_token", "*.access_token",
  "refresh_token", "*.refresh_token", "password", "*.password", "pin", "*.pin", "tan", "*.tan", "secret", "*.secret",
  "clientSecret", "*.clientSecret", "client_secret", "*.client_secret", "credentials", "*.credentials", "iban", "*.iban",
  "counterpartyIban", "*.counterpartyIban", "authorization", "*.authorization", "headers.authorization",
  "*.headers.authorization", "masterKey", "*.masterKey", "apiKey", "*.apiKey", "text", "*.text", "message.text",
  "update.message.text", "raw", "*.raw",
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: "[redacted]" }, base: { app: "kontor" } }, destination);
}

/** Removes a bot token from strings such as grammY error messages and URLs. */
export function scrubToken(text: string): string {
  return text.replace(/\d{5,}:[A-Za-z0-9_-]{30,}/g, "[bot-token]");
}

export type { Logger };
