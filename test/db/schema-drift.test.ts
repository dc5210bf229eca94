// Migrations are hand-written or generated; either way the database they build
// must be exactly what prisma/schema.prisma describes, or the client and the
// tables disagree at run time.
import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { migrationsToSchemaSql } from "../../src/db/drift.ts";
import { schemaPath } from "../../src/db/schema-engine.ts";
import { createDatabase } from "../../src/db/scratch.ts";

// The engine replays the migrations into the database it is given, so every
// diff gets an empty one of its own.
async function diffOnScratch(schema?: string): Promise<string> {
  const scratch = await createDatabase(inject("pgServerUrl"), "kontor_drift");
  try {
    return await migrationsToSchemaSql(scratch.url, schema);
  } finally {
    await scratch.drop();
  }
}

describe("schema drift", () => {
  it("the committed migrations build exactly the schema in prisma/schema.prisma", async () => {
    expect(await diffOnScratch()).toBe("");
  });

  it("a schema change without its migration is reported as the SQL it needs", async () => {
    const schema = await readFile(schemaPath, "utf8");
    const changed = schema.replace(/model User \{\n/, "model User {\n  driftProbe String?\n");
    expect(changed).not.toBe(schema);
    expect(await diffOnScratch(changed)).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"driftProbe" TEXT/);
  });
});
