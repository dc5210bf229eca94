// Typed merchant commands: "rename Nowhere Inn to Foo", "benenne Tchibo in
// Tchibo Kaffee um", "Tchibo umbenennen in Tchibo Kaffee". Strict shapes only (as same-phrase.ts), so a
// spending question never ends up here.

export interface RenamePhrase {
  from: string;
  to: string;
}

const NAME = "([^\\n?]{1,60}?)";
const END = "\\s*[.!]*\\s*$";
const RENAME: RegExp[] = [
  new RegExp(`^rename\\s+(?:the\\s+merchant\\s+)?${NAME}\\s+(?:to|as|into)\\s+${NAME}${END}`, "iu"),
  new RegExp(`^benenne\\s+(?:den\\s+händler\\s+)?${NAME}\\s+(?:in|zu)\\s+${NAME}\\s+um${END}`, "iu"),
  new RegExp(`^benenne\\s+${NAME}\\s+um\\s+(?:in|zu)\\s+${NAME}${END}`, "iu"),
  new RegExp(`^${NAME}\\s+umbenennen\\s+(?:in|zu)\\s+${NAME}${END}`, "iu"),
];
const unquote = (s: string) => s.trim().replace(/^["'“„‚‘»«]+|["'”“‘’»«]+$/gu, "").trim();
const usable = (t: string) => !t.startsWith("/") && t.length <= 140;

export function parseRenamePhrase(text: string): RenamePhrase | null {
  const t = text.trim();
  if (!usable(t)) return null;
  for (const re of RENAME) {
    const m = re.exec(t);
    if (!m) continue;
    const from = unquote(m[1]!);
    const to = unquote(m[2]!);
    if (from && to) return { from, to };
  }
  return null;
}

