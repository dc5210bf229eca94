// The question corpus: every entry is a real-sounding question with what the
// parser must make of it, read with today fixed at 2026-11-22.
import { GERMAN } from "./corpus-de.ts";
import { ENGLISH } from "./corpus-en.ts";
import type { CorpusCase } from "./corpus-types.ts";

export const CORPUS: { lang: "en" | "de"; case: CorpusCase }[] = [
  ...ENGLISH.map((c) => ({ lang: "en" as const, case: c })),
  ...GERMAN.map((c) => ({ lang: "de" as const, case: c })),
];
