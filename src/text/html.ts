// The one place text meets Telegram's HTML parse mode.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c] ?? c);
}

/** Plain text as Telegram would count it after parsing HTML (tags removed, entities decoded). */
export function htmlToPlain(html: string): string {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Telegram counts UTF-16 code units; JS string length is exactly that. */
export function visibleLength(html: string): number {
  return htmlToPlain(html).length;
}

export const TELEGRAM_TEXT_LIMIT = 4096;
export const TELEGRAM_CAPTION_LIMIT = 1024;
// Stay well below the limit: leaves room for a page footer and never trips the server.
const SAFE_LIMIT = 3800;

/**
 * Splits HTML into messages Telegram accepts: breaks only between lines, and a
 * single over-long line at a character boundary outside tags. Tags opened in
 * our templates never span lines, so each part stays well-formed.
 */
export function splitHtml(html: string, limit = SAFE_LIMIT): string[] {
  const parts: string[] = [];
  let current = "";
  for (const line of html.split("\n")) {
    const candidate = current ? `${current}\n${line}` : line;
    if (visibleLength(candidate) <= limit) {
      current = candidate;
      continue;
    }
    if (current) parts.push(current);
    current = "";
    if (visibleLength(line) <= limit) {
      current = line;
      continue;
    }
    // One enormous line: drop its markup and cut the escaped plain text.
    const plain = htmlToPlain(line);
    for (let i = 0; i < plain.length; i += limit) parts.push(escapeHtml(plain.slice(i, i + limit)));
  }
  if (current || parts.length === 0) parts.push(current || "…");
  return parts;
}

/** Shortens to fit Telegram's caption limit, keeping markup well-formed. */
export function fitCaption(html: string): string {
  if (visibleLength(html) <= TELEGRAM_CAPTION_LIMIT) return html;
  return escapeHtml(htmlToPlain(html).slice(0, TELEGRAM_CAPTION_LIMIT - 1)) + "…";
}
