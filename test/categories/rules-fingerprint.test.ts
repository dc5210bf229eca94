// The fingerprint names the rules that decide a stored row's category: it moves
// when one of those modules changes (inside src/categories or outside it) and
// stays put for any other edit, and it does not depend on where the tree lies.
import { appendFile, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECATEGORIZE_ENTRY, ruleModules, rulesFingerprint } from "../../src/categories/rules-fingerprint.ts";

const src = path.resolve(path.dirname(RECATEGORIZE_ENTRY), "..");
let dir: string;
let copy: string;
let real: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kontor-rules-"));
  await cp(src, path.join(dir, "src"), { recursive: true, filter: (f) => !f.includes(`${path.sep}generated`) });
  copy = path.join(dir, "src", "categories", "recategorize.ts");
  real = await rulesFingerprint();
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Edits a file of the copy, computes the fingerprint, and puts the file back. */
async function withEdit(rel: string, edit: (text: string) => string): Promise<string> {
  const file = path.join(dir, rel);
  const before = await readFile(file, "utf8");
  await writeFile(file, edit(before));
  try {
    return await rulesFingerprint(copy);
  } finally {
    await writeFile(file, before);
  }
}

describe("rulesFingerprint", () => {
  it("is the same for the same rules wherever the tree lies, and on every computation", async () => {
    expect(real).toMatch(/^[0-9a-f]{32}$/);
    expect(await rulesFingerprint(copy)).toBe(real);
    expect(await rulesFingerprint()).toBe(real);
  });

  it("reaches the rules outside src/categories and leaves type-only imports and services out", async () => {
    const modules = [...(await ruleModules()).keys()];
    expect(modules).toEqual(expect.arrayContaining(["src/categories/categorize.ts", "src/categories/brands/food.ts", "src/merchants/resolve.ts", "src/analytics/parse/fold.ts"]));
    expect(modules.some((m) => m.startsWith("src/generated/") || m === "src/db/client.ts")).toBe(false);
    expect(modules).not.toContain("src/categories/correction-service.ts");
  });

  it("changes when a brand list, the categorizer or a text helper it reads changes", async () => {
    const brand = await withEdit("src/categories/brands/food.ts", (t) => `${t}\n// one more brand\n`);
    const rule = await withEdit("src/categories/categorize.ts", (t) => `${t}\n// one more check\n`);
    const fold = await withEdit("src/analytics/parse/fold.ts", (t) => `${t}\n`);
    const changed = [brand, rule];
    for (const f of [...changed, fold]) expect(f).not.toBe(real);
    expect(new Set(changed).size).toBe(2);
    expect(await rulesFingerprint(copy)).toBe(real);
  });

  it("stays put when code that decides no category changes", async () => {
    expect(await withEdit("src/bot.ts", (t) => `${t}\n// a bot change\n`)).toBe(real);
    expect(await withEdit("src/categories/correction-service.ts", (t) => `${t}\n// a service change\n`)).toBe(real);
    await appendFile(path.join(dir, "src", "categories", "notes.md"), "a file nobody imports\n");
    expect(await rulesFingerprint(copy)).toBe(real);
  });
});
