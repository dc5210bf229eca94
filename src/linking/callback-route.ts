// GET /callback/<provider>: where a bank sends the person's browser back after
// they confirmed (PUBLIC_URL). The answer is handed to the waiting link flow
// through PostgreSQL (link-states.ts); the page itself says only "done, go
// back to Telegram" and carries nothing worth stealing: no account data, no
// code, never cached, no referrer, no outside resources.
import http from "node:http";
import type { Logger } from "pino";
import { escapeHtml } from "../text/html.ts";
import { registerMessages, t, toLocale } from "../i18n/index.ts";
import type { LinkStates } from "./link-states.ts";

registerMessages({
  en: {
    "callback.title": "Kontor",
    "callback.done": "Done. You can close this page and go back to Telegram.",
    "callback.denied": "Your bank did not grant access. Go back to Telegram to try again.",
    "callback.refused": "This link is no longer valid. Please go back to Telegram.",
  },
  de: {
    "callback.title": "Kontor",
    "callback.done": "Fertig. Du kannst diese Seite schließen und zu Telegram zurückkehren.",
    "callback.denied": "Deine Bank hat den Zugriff nicht erteilt. Kehre zu Telegram zurück, um es erneut zu versuchen.",
    "callback.refused": "Dieser Link ist nicht mehr gültig. Bitte kehre zu Telegram zurück.",
  },
});

const PATH = /(?:^|\/)callback\/([a-z0-9-]{1,40})\/?$/;
/**
 * Providers that call back by webhook (POST) instead of a browser: Plaid's
 * SESSION_FINISHED. The body is never read: the call only wakes the link
 * flow, which then asks Plaid itself, so a forged call can change nothing.
 */
const WEBHOOK_PROVIDERS = new Set(["plaid"]);
const MAX_PARAM = 4096;

const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  pragma: "no-cache",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
};

function page(locale: "en" | "de", key: string): string {
  const text = escapeHtml(t(locale, key));
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t(locale, "callback.title"))}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;font-size:1.2rem;line-height:1.5}</style></head><body><p>${text}</p></body></html>`;
}

export type CallbackRoute = (req: http.IncomingMessage, res: http.ServerResponse) => boolean;

/** Handles the request when it is a bank return (returns true), leaves it alone otherwise. */
export function callbackRoute(deps: { states: LinkStates; logger: Logger }): CallbackRoute {
  const log = deps.logger.child({ component: "callback" });
  /** Always 200: a provider retries anything else, and a refused state has nothing to retry for. */
  const webhook = (provider: string, state: string | null, req: http.IncomingMessage, res: http.ServerResponse) => {
    req.resume();
    const done = () => void res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" }).end("{}");
    if (!state || state.length > MAX_PARAM) {
      log.info({ provider, reason: "malformed" }, "provider webhook ignored");
      return done();
    }
    void deps.states
      .arrive(provider, state, {})
      .then((arrival) => log.info({ provider, ...(arrival.ok ? {} : { reason: arrival.reason }) }, arrival.ok ? "provider webhook received" : "provider webhook ignored"))
      .catch((err: unknown) => log.error({ provider, err: err instanceof Error ? err.name : typeof err }, "provider webhook could not be stored"))
      .finally(done);
  };
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://callback.invalid");
    const provider = PATH.exec(url.pathname)?.[1];
    if (!provider) return false;
    const fallback = toLocale(req.headers["accept-language"]);
    const reply = (status: number, locale: "en" | "de", key: string) => {
      res.writeHead(status, HEADERS).end(req.method === "HEAD" ? undefined : page(locale, key));
    };
    if (req.method === "POST" && WEBHOOK_PROVIDERS.has(provider)) return webhook(provider, url.searchParams.get("state"), req, res), true;
    // Only GET may use up a state: link previews and scanners send HEAD.
    if (req.method !== "GET") return reply(req.method === "HEAD" ? 200 : 405, fallback, "callback.refused"), true;
    const q = url.searchParams;
    // GoCardless names it `ref` (the requisition's reference), OAuth `state`.
    const state = q.get("state") ?? q.get("ref");
    const param = (name: string) => {
      const v = q.get(name);
      return v && v.length <= MAX_PARAM ? v : undefined;
    };
    const answer = { code: param("code"), error: param("error"), errorDescription: param("error_description") ?? param("details") };
    // No code and no error is still an answer: GoCardless only says which requisition came back.
    if (!state || state.length > MAX_PARAM) {
      log.warn({ provider, reason: "malformed" }, "bank return refused");
      return reply(400, fallback, "callback.refused"), true;
    }
    void deps.states
      .arrive(provider, state, Object.fromEntries(Object.entries(answer).filter(([, v]) => v !== undefined)))
      .then((arrival) => {
        if (!arrival.ok) {
          // Neither code nor state is logged: both would let a reader finish someone's link.
          log.warn({ provider, reason: arrival.reason }, "bank return refused");
          return reply(400, fallback, "callback.refused");
        }
        log.info({ provider, granted: !answer.error }, "bank return received");
        reply(200, toLocale(arrival.locale), answer.error ? "callback.denied" : "callback.done");
      })
      .catch((err: unknown) => {
        log.error({ provider, err: err instanceof Error ? err.name : typeof err }, "bank return could not be stored");
        if (!res.headersSent) reply(503, fallback, "callback.refused");
      });
    return true;
  };
}

/** Without a webhook server, a small one of its own on PORT; returns how to stop it. */
export async function serveCallbacks(route: CallbackRoute, port: number, logger: Logger): Promise<() => Promise<void>> {
  const server = http.createServer((req, res) => {
    if (route(req, res)) return;
    res.writeHead(req.url === "/healthz" ? 200 : 404).end();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, resolve);
  });
  logger.info({ port }, "bank return server listening");
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
