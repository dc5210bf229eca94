// fast-xml-parser set up for bank XML: every value stays a string (amounts
// must not become floats), namespaces are dropped, and each element knows
// where it began so errors can name a line.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ImportError } from "./errors.ts";

export type XmlNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function parseXml(text: string, repeated: ReadonlySet<string>): XmlNode {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new ImportError("import.error.bad_xml", { line: valid.err.line, detail: valid.err.msg });
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    captureMetaData: true,
    isArray: (name) => repeated.has(name),
  });
  return parser.parse(text) as XmlNode;
}

/** 1-based line where the node starts, or null when unknown. */
export function lineOf(text: string, node: unknown): number | null {
  if (!node || typeof node !== "object") return null;
  const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
  if (meta?.startIndex === undefined) return null;
  let line = 1;
  for (let i = 0; i < meta.startIndex && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export function child(node: unknown, ...path: string[]): unknown {
  let cur: unknown = node;
  for (const key of path) {
    if (Array.isArray(cur)) cur = cur[0];
    if (!cur || typeof cur !== "object") return undefined;
    cur = (cur as XmlNode)[key];
  }
  return cur;
}

/** Text of an element, whether it was parsed as a plain string or with attributes. */
export function textOf(node: unknown, ...path: string[]): string | undefined {
  const v = child(node, ...path);
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === "string") return first.trim();
  if (first && typeof first === "object" && "#text" in first) return String((first as XmlNode)["#text"]).trim();
  return undefined;
}

export function list(node: unknown, ...path: string[]): unknown[] {
  const v = child(node, ...path);
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

export function attr(node: unknown, name: string): string | undefined {
  if (!node || typeof node !== "object") return undefined;
  const v = (node as XmlNode)[`@_${name}`];
  return typeof v === "string" ? v : undefined;
}
