// Typed merchant commands: "rename Nowhere Inn to Foo", "benenne Tchibo in
// Tchibo Kaffee um", "Tchibo umbenennen in Tchibo Kaffee", "mute Stadtwerke",
// "Stadtwerke stummschalten". Strict shapes only (as same-phrase.ts), so a
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
const MUTE: RegExp[] = [
  new RegExp(`^(?:mute|silence)\\s+(?:the\\s+merchant\\s+|notifications\\s+(?:for|from)\\s+)?${NAME}${END}`, "iu"),
  new RegExp(`^(?:stummschalten|stumm\\s+schalten)\\s+${NAME}${END}`, "iu"),
  new RegExp(`^${NAME}\\s+(?:stummschalten|stumm\\s+schalten)${END}`, "iu"),
  new RegExp(`^schalte\\s+${NAME}\\s+stumm${END}`, "iu"),
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

/** The merchant a typed mute names, or null when the text is no mute command. */
export function parseMutePhrase(text: string): string | null {
  const t = text.trim();
  if (!usable(t)) return null;
  for (const re of MUTE) {
    const name = unquote(re.exec(t)?.[1] ?? "");
    if (name) return name;
  }
  return null;
}
