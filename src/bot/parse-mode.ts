// Everything Kontor sends is HTML (translations carry <b>, <i>, links; user
// and bank text is escaped with src/text/html.ts before it is put in), so the
// parse mode is set once here instead of at every call. A call that passes
// its own parse_mode keeps it.
import type { Transformer } from "grammy";

/** Methods whose text or caption Telegram parses with `parse_mode`. */
export const PARSE_MODE_METHODS: ReadonlySet<string> = new Set([
  "sendMessage",
  "editMessageText",
  "sendPhoto",
  "sendDocument",
  "sendVideo",
  "sendAnimation",
  "sendAudio",
  "sendVoice",
  "editMessageCaption",
  "copyMessage",
]);

export function htmlParseMode(): Transformer {
  return (prev, method, payload, signal) => {
    if (PARSE_MODE_METHODS.has(method) && payload && !("parse_mode" in payload)) return prev(method, { ...payload, parse_mode: "HTML" } as typeof payload, signal);
    return prev(method, payload, signal);
  };
}
