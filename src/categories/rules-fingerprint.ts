// Names the categorizer's rules as this process runs them, so stored rows can
// be categorized again after an upgrade changed them (jobs/rules-upgrade.ts).
//
// What is hashed: the source of every module recategorize.ts reaches through
// value imports, read from the files beside this one. Not the rule data: the
// rules are code (ordered checks, regular expressions, word lists in ~200
// modules), with no one table to serialise. Not simply src/categories and
// src/merchants: the categorizer also reads text through modules outside them
// (analytics/parse/fold.ts, transfers/own-names.ts, format/sepa-fields.ts),
// and those folders hold services (corrections, merchant commands) whose edits
// change no category.
//
// Why the running files: under tsx they are src/**/*.ts; the Docker image runs
// dist/src/**/*.js and ships no sources. Each way is stable by itself (paths are
// taken relative to the tree, so the install directory does not count); going
// from one to the other costs one extra pass, never a wrong category. Type-only
// imports are skipped (the compiled JS has none, so both ways walk the same
// modules), which also keeps the generated Prisma client out of the hash.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(import.meta.url);

/** recategorize.ts (or .js) beside this module: the root of what decides a stored row's category. */
export const RECATEGORIZE_ENTRY = path.join(path.dirname(here), `recategorize${path.extname(here)}`);

// import/export … from "./x", a bare import "./x", and import("./x"); `import type` and
// `export type` are caught by the optional group so they can be skipped.
const STATIC = /(?:^|[;\n}])\s*(?:import|export)\s+(type\s+)?(?:[^;"']*?\s+from\s+)?["'](\.\.?\/[^"']+)["']/g;
const DYNAMIC = /\bimport\(\s*["'](\.\.?\/[^"']+)["']\s*\)/g;

function relativeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(STATIC)) if (!m[1]) out.push(m[2]!);
  for (const m of source.matchAll(DYNAMIC)) out.push(m[1]!);
  return out;
}

/** The modules reached from `entry` (inside the tree two levels up), with their text. */
export async function ruleModules(entry: string = RECATEGORIZE_ENTRY): Promise<Map<string, string>> {
  const root = path.resolve(path.dirname(entry), "../..");
  const seen = new Map<string, string>();
  const queue = [path.resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    const rel = path.relative(root, file).split(path.sep).join("/");
    if (seen.has(rel) || rel.startsWith("../")) continue;
    const text = await readFile(file, "utf8");
    seen.set(rel, text);
    for (const spec of relativeImports(text)) queue.push(path.resolve(path.dirname(file), spec));
  }
  return seen;
}

// The running modules cannot change under a process (they are loaded once), so
// the app start and the start-up pass share one reading.
let running: Promise<string> | undefined;

/** A hex hash that changes whenever a module deciding categories or merchants changes, and only then. */
export function rulesFingerprint(entry: string = RECATEGORIZE_ENTRY): Promise<string> {
  if (entry !== RECATEGORIZE_ENTRY) return fingerprintOf(entry);
  running ??= fingerprintOf(entry);
  // A failed reading is tried again by the next caller.
  running.catch(() => (running = undefined));
  return running;
}

async function fingerprintOf(entry: string): Promise<string> {
  const modules = await ruleModules(entry);
  const hash = createHash("sha256");
  for (const rel of [...modules.keys()].sort()) hash.update(rel).update("\0").update(modules.get(rel)!).update("\0");
  return hash.digest("hex").slice(0, 32);
}
