import { readFileSync } from "node:fs";
import { parseStatementFile } from "../../../connectors/file-import/index.ts";
import { ImportError } from "../../../connectors/file-import/errors.ts";

export function fixture(name: string): Buffer {
  return readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url));
}

/** Parses a fixture under a misleading name: detection must look at the content. */
export function parseFixture(name: string, fileName = "upload.bin") {
  return parseStatementFile({ fileName, content: fixture(name) });
}

export function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportError) return err;
    throw err;
  }
  throw new Error("expected an ImportError, but parsing succeeded");
}
