// `npm run rotate-key`: re-encrypts every secret with a new master key.
// With a key file (no KONTOR_MASTER_KEY) the new key replaces the file after
// the database commit, the old one is kept as master.key.previous. With
// KONTOR_MASTER_KEY, pass the new key as KONTOR_NEW_MASTER_KEY and update your
// environment afterwards.
import { randomBytes } from "node:crypto";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError, parseConfig } from "../config.ts";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate.ts";
import { createDb } from "../db/client.ts";
import { loadMasterKey, masterKeyFile } from "./master-key.ts";
import { parseMasterKey } from "./vault.ts";
import { rotateSecrets } from "./rotate.ts";

try {
  const config = parseConfig(process.env);
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(path.join(config.DATA_DIR, "postgres"));
  const url = config.DATABASE_URL ?? embedded!.url;
  try {
    await applyMigrations(url);
    const current = await loadMasterKey(config.KONTOR_MASTER_KEY, config.DATA_DIR);
    const newKey = process.env.KONTOR_NEW_MASTER_KEY ? parseMasterKey(process.env.KONTOR_NEW_MASTER_KEY) : randomBytes(32);
    if (current.origin === "env" && !process.env.KONTOR_NEW_MASTER_KEY)
      throw new Error("KONTOR_MASTER_KEY is set: put the new key in KONTOR_NEW_MASTER_KEY (openssl rand -base64 32)");
    const db = createDb(url);
    const res = await rotateSecrets(db, current.key, newKey);
    await db.$disconnect();
    if (current.origin !== "env") {
      const file = masterKeyFile(config.DATA_DIR);
      await rename(file, `${file}.previous`);
      await writeFile(file, newKey.toString("base64") + "\n", { mode: 0o600 });
      console.log(`re-encrypted ${res.reencrypted} secret(s); new key ${res.keyId} written to ${file} (old key kept as ${file}.previous)`);
    } else {
      console.log(`re-encrypted ${res.reencrypted} secret(s) with key ${res.keyId}; now set KONTOR_MASTER_KEY to the new key`);
    }
  } finally {
    await embedded?.stop();
  }
} catch (err) {
  console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(1);
}
