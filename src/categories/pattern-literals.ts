// What every match of one alternative of a keyword pattern must show, read from the pattern's own text: the two
// letters it starts with at a word's start, or else a run of letters it contains somewhere ("[a-z]*kartenumsatz"
// contains "kartenumsatz"). word-start-index.ts uses these to skip patterns a text cannot match. Each answer is only
// ever a necessary condition: where the pattern's shape is not understood, the answer is null (always test it).

type Term =
  | { kind: "char"; c: string; min: number; max: number }
  | { kind: "group"; branches: Term[][]; min: number; max: number }
  /** A class or a dot: some character not tracked. */
  | { kind: "any" }
  /** A look-around or an anchor: matches no character. */
  | { kind: "empty" };

class Unreadable extends Error {}

/** The alternative's terms, or null for a shape not read here (escapes, stray brackets, named or other groups). */
export function parseAlternative(src: string): Term[] | null {
  if (src.includes("\\")) return null;
  let pos = 0;
  const fail = (): never => {
    throw new Unreadable(src);
  };
  const branches = (): Term[][] => {
    const out: Term[][] = [[]];
    while (pos < src.length && src[pos] !== ")") {
      if (src[pos] === "|") {
        out.push([]);
        pos += 1;
        continue;
      }
      const term = atom();
      const [min, max] = quantifier();
      out[out.length - 1]!.push(term.kind === "char" || term.kind === "group" ? { ...term, min, max } : term);
    }
    return out;
  };
  const atom = (): Term => {
    const c = src[pos]!;
    pos += 1;
    if (c === "(") {
      const look = ["?=", "?!", "?<=", "?<!"].find((l) => src.startsWith(l, pos));
      if (look) pos += look.length;
      else if (src.startsWith("?:", pos)) pos += 2;
      else if (src[pos] === "?") fail();
      const inner = branches();
      if (src[pos] !== ")") fail();
      pos += 1;
      return look ? { kind: "empty" } : { kind: "group", branches: inner, min: 1, max: 1 };
    }
    if (c === "[") {
      // In JavaScript a class ends at its first "]", even right after "[" or "[^".
      const end = src.indexOf("]", pos);
      if (end === -1) fail();
      pos = end + 1;
      return { kind: "any" };
    }
    if (c === ".") return { kind: "any" };
    if (c === "^" || c === "$") return { kind: "empty" };
    if ("*+?{}]".includes(c)) fail();
    return { kind: "char", c, min: 1, max: 1 };
  };
  const quantifier = (): [number, number] => {
    let q: [number, number] = [1, 1];
    const c = src[pos];
    if (c === "?") q = [0, 1];
    else if (c === "*") q = [0, Infinity];
    else if (c === "+") q = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(pos));
      if (!m) fail();
      q = [Number(m![1]), m![2] === undefined ? Number(m![1]) : m![3] === "" ? Infinity : Number(m![3])];
      pos += m![0].length - 1;
    } else return q;
    pos += 1;
    if (src[pos] === "?") pos += 1; // lazy: the same strings
    return q;
  };
  try {
    const top = branches();
    return pos === src.length && top.length === 1 ? top[0]! : null;
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

/** Beyond this many strings a set says too little to be worth keeping. */
const LIMIT = 256;
const prefixed = (c: string, set: Set<string> | null) => (set === null ? null : new Set([...set].map((s) => c + s)));
function union(sets: (Set<string> | null)[]): Set<string> | null {
  const out = new Set<string>();
  for (const set of sets) {
    if (set === null) return null;
    for (const s of set) out.add(s);
  }
  return out.size > LIMIT ? null : out;
}
const less = (t: Extract<Term, { min: number }>): Term => ({ ...t, min: Math.max(0, t.min - 1), max: t.max - 1 });

/** Every string of k characters a match of the terms may start with (shorter where a match may end sooner), or null. */
function startsOf(seq: readonly Term[], k: number, depth = 0): Set<string> | null {
  if (k === 0 || seq.length === 0) return new Set([""]);
  if (depth > 40) return null;
  const [t, ...rest] = seq as [Term, ...Term[]];
  if (t.kind === "empty") return startsOf(rest, k, depth + 1);
  if (t.kind === "any") return null;
  if (t.max === 0) return startsOf(rest, k, depth + 1);
  // One repetition taken, the rest of the quantifier left before what follows.
  const again = t.max === 1 ? rest : [less(t), ...rest];
  const once = t.kind === "char" ? prefixed(t.c, startsOf(again, k - 1, depth + 1)) : union(t.branches.map((b) => startsOf([...b, ...again], k, depth + 1)));
  return t.min === 0 ? union([startsOf(rest, k, depth + 1), once]) : once;
}

/** Longest start read: long enough to tell "card payment" from "card account", short enough to keep the sets small. */
const START_LENGTH = 6;
/**
 * Strings one of which every match of the alternative starts with, each two to six characters long (the longest such
 * set that stays small), or null where not even its first two characters are certain.
 */
export function startStrings(alternative: readonly Term[]): Set<string> | null {
  for (let k = START_LENGTH; k >= 2; k -= 1) {
    const starts = startsOf(alternative, k);
    if (starts !== null) return [...starts].some((s) => s.length < 2) ? null : starts;
  }
  return null;
}

interface Info {
  /** Every string the terms can match, when few. */
  exact: Set<string> | null;
  /** Strings one of which every match contains. */
  contains: Set<string> | null;
}
/** Strings shorter than this say too little on their own. */
const MIN_LENGTH = 3;
/** The most telling of several sets each of which every match contains one string of: longest shortest string, then fewest. */
function best(sets: (Set<string> | null)[]): Set<string> | null {
  const usable = sets.filter((s): s is Set<string> => s !== null && s.size > 0 && [...s].every((x) => x.length >= MIN_LENGTH));
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  usable.sort((a, b) => shortest(b) - shortest(a) || a.size - b.size);
  return usable[0] ?? null;
}
const bestOf = (info: Info) => best([info.exact, info.contains]);
function infoOfTerm(t: Term): Info {
  if (t.kind === "empty") return { exact: new Set([""]), contains: null };
  if (t.kind === "any") return { exact: null, contains: null };
  if (t.max === 0) return { exact: new Set([""]), contains: null };
  const one: Info =
    t.kind === "char"
      ? { exact: new Set([t.c]), contains: null }
      : (() => {
          const infos = t.branches.map(infoOfSeq);
          return { exact: union(infos.map((i) => i.exact)), contains: union(infos.map(bestOf)) };
        })();
  if (t.max === 1) return t.min === 1 ? one : { exact: one.exact && union([one.exact, new Set([""])]), contains: null };
  return { exact: null, contains: t.min >= 1 ? bestOf(one) : null };
}
function infoOfSeq(seq: readonly Term[]): Info {
  let run: Set<string> = new Set([""]);
  let whole = true;
  const found: (Set<string> | null)[] = [];
  for (const t of seq) {
    const info = infoOfTerm(t);
    if (info.exact && run.size * info.exact.size <= LIMIT) {
      run = new Set([...run].flatMap((a) => [...info.exact!].map((b) => a + b)));
      continue;
    }
    whole = false;
    found.push(run, info.contains);
    run = info.exact ?? new Set([""]);
  }
  found.push(run);
  return { exact: whole ? run : null, contains: best(found) };
}

/** Strings of three letters or more one of which every match of the alternative contains, or null. */
export function containedLiterals(alternative: readonly Term[]): Set<string> | null {
  return bestOf(infoOfSeq(alternative));
}
