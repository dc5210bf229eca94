// `npm run bench -- --only store`: the analytics-store section of
// BENCHMARKS.md, spliced between its markers so every other section stays.
import os from "node:os";
import { readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { runInstance, runSingleUser, storeMarkdown, type InstanceFigures, type SingleFigures } from "./store-bench.ts";

export interface StoreRunOptions {
  serverUrl: string;
  sizes: number[];
  /** "1000x20000", or "none". */
  instance: string;
  questions: number;
  out: string;
  note: string;
  log: (line: string) => void;
}

const BEGIN = "<!-- store:begin -->";
const END = "<!-- store:end -->";

export async function runStoreBench(o: StoreRunOptions): Promise<string> {
  const start = os.loadavg()[0]!;
  const single: SingleFigures[] = [];
  for (const rows of o.sizes) {
    single.push(await runSingleUser({ serverUrl: o.serverUrl, log: o.log }, rows));
    // Printed as they come: the instance part can take long on a busy machine.
    o.log(storeMarkdown(single, null, { start, end: os.loadavg()[0]! }, o.note));
  }
  let inst: InstanceFigures | null = null;
  const m = /^(\d+)x(\d+)$/.exec(o.instance);
  if (m) inst = await runInstance({ serverUrl: o.serverUrl, log: o.log }, Number(m[1]), Number(m[2]), o.questions);
  const section = storeMarkdown(single, inst, { start, end: os.loadavg()[0]! }, o.note);
  const doc = existsSync(o.out) ? await readFile(o.out, "utf8") : "# Benchmarks\n";
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END);
  const block = `${BEGIN}\n${section}\n${END}`;
  const next = a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + END.length) : `${doc.trimEnd()}\n\n## Analytics store (issue 12)\n\n${block}\n`;
  await writeFile(o.out, next);
  return section;
}
