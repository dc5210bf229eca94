// Runs one committed migration's SQL again on a test database, as a data migration's test needs: the database was
// migrated when it was created, the test then writes rows in the old shape and replays the migration over them.
import { readFile } from "node:fs/promises";
import pg from "pg";

/** `name` is the migration's folder under prisma/migrations. */
export async function rerunMigration(databaseUrl: string, name: string): Promise<void> {
  const sql = await readFile(new URL(`../../prisma/migrations/${name}/migration.sql`, import.meta.url), "utf8");
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}
