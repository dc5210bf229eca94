// "REWE and Rewe Markt are the same", "Lidl ist dasselbe wie LIDL DIENSTL",
// "merge Amzn Mktp into Amazon": two merchant names the person says are one.
// Strict shapes only, so ordinary questions never end up here.

export interface SamePhrase {
  a: string;
  b: string;
  /** "merge A into B" says which one stays; "A and B are the same" does not. */
  keep: "a" | "b" | "either";
}

const NAME = "([^\\n?]{1,60}?)";
const END = "\\s*[.!]*\\s*$";
const SHAPES: { re: RegExp; keep: SamePhrase["keep"] }[] = [
  { re: new RegExp(`^${NAME}\\s+(?:and|&|und)\\s+${NAME}\\s+(?:are|sind)\\s+(?:the\\s+same(?:\\s+(?:merchant|shop|store|company))?|one\\s+merchant|dasselbe|das\\s+gleiche|derselbe\\s+händler|ein\\s+händler|identisch)${END}`, "iu"), keep: "either" },
  { re: new RegExp(`^${NAME}\\s+is\\s+the\\s+same\\s+(?:merchant\\s+)?as\\s+${NAME}${END}`, "iu"), keep: "b" },
  { re: new RegExp(`^${NAME}\\s+ist\\s+(?:dasselbe|das\\s+gleiche|derselbe\\s+händler|der\\s+gleiche\\s+händler)\\s+wie\\s+${NAME}${END}`, "iu"), keep: "b" },
  { re: new RegExp(`^merge\\s+${NAME}\\s+(?:into|with)\\s+${NAME}${END}`, "iu"), keep: "b" },
  { re: new RegExp(`^(?:führe\\s+)?${NAME}\\s+(?:in|mit)\\s+${NAME}\\s+zusammen(?:führen)?${END}`, "iu"), keep: "b" },
];

const unquote = (s: string) => s.trim().replace(/^["'“„‚‘»«]+|["'”“‘’»«]+$/gu, "").trim();

export function parseSamePhrase(text: string): SamePhrase | null {
  const t = text.trim();
  if (t.startsWith("/") || t.length > 140) return null;
  for (const { re, keep } of SHAPES) {
    const m = re.exec(t);
    if (!m) continue;
    const a = unquote(m[1]!);
    const b = unquote(m[2]!);
    if (a && b) return { a, b, keep };
  }
  return null;
}
