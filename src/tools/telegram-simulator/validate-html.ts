import type { MessageEntity } from "grammy/types";

/**
 * Telegram's HTML parse mode, close to tdlib's parser: tags must nest, only a
 * short list of tags exists, and the text is measured after parsing. The error
 * strings follow tdlib's wording so a test failure looks like production.
 *
 * Deliberately stricter than Telegram in one place: an `&` that does not start
 * one of the supported entities is rejected. Telegram would show it literally,
 * but in Kontor it always means text reached Telegram without escapeHtml, and
 * the next such text might contain a `<`.
 */
export class HtmlParseError extends Error {}

export interface ParsedText {
  text: string;
  entities: MessageEntity[];
}

const SIMPLE_TAGS: Record<string, MessageEntity["type"]> = {
  b: "bold",
  strong: "bold",
  i: "italic",
  em: "italic",
  u: "underline",
  ins: "underline",
  s: "strikethrough",
  strike: "strikethrough",
  del: "strikethrough",
  "tg-spoiler": "spoiler",
  code: "code",
  pre: "pre",
  blockquote: "blockquote",
};
const OTHER_TAGS = new Set(["a", "span", "tg-emoji"]);
const NAMED_ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"' };

// Omit over each member of the union, so text_link keeps its url and pre its language.
type EntityKind = MessageEntity extends infer E ? (E extends MessageEntity ? Omit<E, "offset" | "length"> : never) : never;

interface OpenTag {
  name: string;
  offset: number;
  entity: EntityKind | null;
}

export function parseHtml(html: string): ParsedText {
  const byteOffset = (i: number) => Buffer.byteLength(html.slice(0, i));
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let text = "";
  let i = 0;
  while (i < html.length) {
    const ch = html[i]!;
    if (ch === "&") {
      const { decoded, end } = decodeEntity(html, i, byteOffset);
      text += decoded;
      i = end;
      continue;
    }
    if (ch !== "<") {
      text += ch;
      i += 1;
      continue;
    }
    const close = html.indexOf(">", i);
    if (html[i + 1] === "/") {
      if (close < 0) throw new HtmlParseError(`Unclosed end tag at byte offset ${byteOffset(i)}`);
      const name = html.slice(i + 2, close).trim().toLowerCase();
      const open = stack.pop();
      if (!open) throw new HtmlParseError(`Unexpected end tag at byte offset ${byteOffset(i)}`);
      if (open.name !== name) {
        throw new HtmlParseError(
          `Unmatched end tag at byte offset ${byteOffset(i)}, expected "</${open.name}>", found "</${name}>"`,
        );
      }
      const length = text.length - open.offset;
      if (open.entity && length > 0) entities.push({ ...open.entity, offset: open.offset, length } as MessageEntity);
      i = close + 1;
      continue;
    }
    if (close < 0) throw new HtmlParseError(`Unclosed start tag at byte offset ${byteOffset(i)}`);
    const { name, attributes } = parseStartTag(html.slice(i + 1, close), byteOffset(i));
    stack.push({ name, offset: text.length, entity: entityFor(name, attributes, stack, byteOffset(i)) });
    i = close + 1;
  }
  const unclosed = stack.pop();
  if (unclosed) throw new HtmlParseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  // Telegram stores entities in order of their start, outer entity first.
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function decodeEntity(html: string, i: number, byteOffset: (i: number) => number): { decoded: string; end: number } {
  const match = /^&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/i.exec(html.slice(i, i + 12));
  const body = match?.[1];
  if (body?.startsWith("#")) {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) {
      return { decoded: String.fromCodePoint(code), end: i + match![0].length };
    }
  } else if (body && NAMED_ENTITIES[body] !== undefined) {
    return { decoded: NAMED_ENTITIES[body], end: i + match![0].length };
  }
  const shown = match?.[0] ?? html.slice(i, i + 8);
  throw new HtmlParseError(`Unsupported HTML entity "${shown}" at byte offset ${byteOffset(i)} (escape "&" as "&amp;")`);
}

function parseStartTag(inner: string, at: number): { name: string; attributes: Map<string, string> } {
  const nameMatch = /^[^\s/>]*/.exec(inner);
  const name = (nameMatch?.[0] ?? "").toLowerCase();
  if (!SIMPLE_TAGS[name] && !OTHER_TAGS.has(name)) {
    throw new HtmlParseError(`Unsupported start tag "${name}" at byte offset ${at}`);
  }
  const attributes = new Map<string, string>();
  const attrRe = /\s*([^\s=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/y;
  let pos = name.length;
  while (pos < inner.length) {
    attrRe.lastIndex = pos;
    const m = attrRe.exec(inner);
    if (!m || m[0].length === 0) {
      if (inner.slice(pos).trim() === "") break;
      throw new HtmlParseError(`Can't parse attributes of the tag "${name}" at byte offset ${at}`);
    }
    const raw = m[2] ?? m[3] ?? m[4] ?? "";
    attributes.set(m[1]!.toLowerCase(), raw.replace(/&(lt|gt|amp|quot);/g, (_, e: string) => NAMED_ENTITIES[e] ?? ""));
    pos = attrRe.lastIndex;
  }
  return { name, attributes };
}

function entityFor(
  name: string,
  attributes: Map<string, string>,
  stack: OpenTag[],
  at: number,
): OpenTag["entity"] {
  if (name === "a") {
    const url = attributes.get("href");
    return url ? { type: "text_link", url } : null;
  }
  if (name === "span") {
    if (attributes.get("class") !== "tg-spoiler") {
      throw new HtmlParseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
    }
    return { type: "spoiler" };
  }
  if (name === "tg-emoji") {
    const id = attributes.get("emoji-id");
    if (!id) throw new HtmlParseError(`Tag "tg-emoji" must have attribute "emoji-id" at byte offset ${at}`);
    return { type: "custom_emoji", custom_emoji_id: id };
  }
  if (name === "code" && stack.at(-1)?.name === "pre") {
    // <pre><code class="language-x"> gives the pre block a language instead of a nested code entity.
    const language = attributes.get("class")?.replace(/^language-/, "");
    const pre = stack.at(-1)!;
    if (language && pre.entity) pre.entity = { type: "pre", language };
    return null;
  }
  if (name === "blockquote" && attributes.has("expandable")) return { type: "expandable_blockquote" };
  return { type: SIMPLE_TAGS[name]! } as OpenTag["entity"];
}

/** Telegram drops leading and trailing whitespace and keeps entities aligned with what is left. */
export function trimParsed(parsed: ParsedText): ParsedText {
  const lead = parsed.text.length - parsed.text.trimStart().length;
  const text = parsed.text.trim();
  const entities = parsed.entities
    .map((e) => {
      const start = Math.max(0, e.offset - lead);
      const end = Math.min(text.length, e.offset + e.length - lead);
      return { ...e, offset: start, length: end - start };
    })
    .filter((e) => e.length > 0);
  return { text, entities };
}
