// One reader for both OFX dialects: 1.x is SGML where leaf elements have no
// closing tag ("<TRNAMT>-12.34"), 2.x is XML. A tag followed by text is a
// leaf; a tag followed by another tag opens an aggregate.
import { ImportError } from "./errors.ts";

export interface OfxNode {
  name: string;
  line: number;
  text: string | null;
  children: OfxNode[];
}

const STATEMENT_ALIASES = new Set(["STMTRS", "CCSTMTRS"]);
const TOKEN = /<(\/?)([A-Za-z0-9_.]+)[^>]*>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;

export function readOfxTree(text: string): OfxNode {
  const start = text.search(/<OFX>/i);
  const body = start >= 0 ? text.slice(start) : text;
  let line = text.slice(0, Math.max(0, start)).split("\n").length;
  const root: OfxNode = { name: "#root", line: 1, text: null, children: [] };
  const stack: OfxNode[] = [root];
  let pendingLeaf: OfxNode | null = null;

  for (const m of body.matchAll(TOKEN)) {
    const [whole, slash, rawName, content] = m;
    const tokenLine = line;
    line += countNewlines(whole);
    if (content !== undefined) {
      const value = content.trim();
      if (value && pendingLeaf) {
        pendingLeaf.text = decodeEntities(value);
        pendingLeaf = null;
      }
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toUpperCase();
    const parent = stack[stack.length - 1]!;
    if (!slash) {
      // The previous tag had no text, so it was an aggregate after all.
      if (pendingLeaf) stack.push(pendingLeaf);
      const node: OfxNode = { name, line: tokenLine, text: null, children: [] };
      (pendingLeaf ? pendingLeaf : parent).children.push(node);
      pendingLeaf = node;
      continue;
    }
    if (pendingLeaf?.name === name) {
      // "<NAME></NAME>" or an XML leaf's closing tag.
      pendingLeaf.text ??= "";
      pendingLeaf = null;
      continue;
    }
    if (pendingLeaf) pendingLeaf = null;
    // CommBank closes <CCSTMTRS> with </STMTRS>: a statement's close ends either kind.
    const names = stack.map((n) => n.name);
    const at = STATEMENT_ALIASES.has(name) ? Math.max(names.lastIndexOf("STMTRS"), names.lastIndexOf("CCSTMTRS")) : names.lastIndexOf(name);
    // SGML leaves are closed implicitly; a closing tag for a leaf just ends it.
    if (at <= 0) {
      if (lastLeafNamed(parent, name)) continue;
      throw new ImportError("import.error.unexpected_tag", { line: tokenLine, field: name });
    }
    stack.length = at;
  }
  return root;
}

function lastLeafNamed(parent: OfxNode, name: string): boolean {
  const last = parent.children[parent.children.length - 1];
  return last?.name === name && last.text !== null;
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}

function decodeEntities(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

export function find(node: OfxNode, name: string): OfxNode | undefined {
  return node.children.find((c) => c.name === name);
}

export function findAll(node: OfxNode, name: string): OfxNode[] {
  const out: OfxNode[] = [];
  const walk = (n: OfxNode) => {
    for (const c of n.children) {
      if (c.name === name) out.push(c);
      else walk(c);
    }
  };
  walk(node);
  return out;
}

export function textAt(node: OfxNode | undefined, ...path: string[]): string | null {
  let cur = node;
  for (const name of path) cur = cur ? find(cur, name) : undefined;
  return cur?.text ?? null;
}
