// `npm run rotate-key`: re-encrypts every secret with a new master key.
// With a key file (no KONTOR_MASTER_KEY) the new key is written durably before
// the database changes and replaces master.key at the end; the old key is kept
// as master.key.previous. If anything interrupts it, run it again: it resumes.
// With KONTOR_MASTER_KEY, pass the new key as KONTOR_NEW_MASTER_KEY and update
// your environment afterwards (a rerun with the same two keys is also safe).
import path from "node:path";
import { ConfigError, parseConfig } from "../config.ts";
import { startEmbeddedPostgres } from "../db/embedded.ts";
import { applyMigrations } from "../db/migrate.ts";
import { createDb } from "../db/client.ts";
import { loadMasterKey, masterKeyFile, previousKeyFile } from "./master-key.ts";
import { parseMasterKey } from "./vault.ts";
import { rotateSecrets } from "./rotate.ts";
import { rotateKeyFile } from "./rotate-key-file.ts";

try {
  const config = parseConfig(process.env);
  const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(path.join(config.DATA_DIR, "postgres"));
  const url = config.DATABASE_URL ?? embedded!.url;
  try {
    await applyMigrations(url);
    const current = await loadMasterKey(config.KONTOR_MASTER_KEY, config.DATA_DIR);
    const newKey = process.env.KONTOR_NEW_MASTER_KEY ? parseMasterKey(process.env.KONTOR_NEW_MASTER_KEY) : undefined;
    if (current.origin === "env" && !newKey)
      throw new Error("KONTOR_MASTER_KEY is set: put the new key in KONTOR_NEW_MASTER_KEY (openssl rand -base64 32)");
    const db = createDb(url);
    try {
      if (current.origin !== "env") {
        const res = await rotateKeyFile({ db, dataDir: config.DATA_DIR, newKey });
        const file = masterKeyFile(config.DATA_DIR);
        console.log(
          `${res.resumed ? "finished the interrupted rotation: " : ""}re-encrypted ${res.reencrypted} secret(s); new key ${res.keyId} ` +
            `is now ${file} (old key kept as ${previousKeyFile(config.DATA_DIR)})`,
        );
      } else {
        const res = await rotateSecrets(db, current.key, newKey!);
        console.log(`re-encrypted ${res.reencrypted} secret(s) with key ${res.keyId}; now set KONTOR_MASTER_KEY to the new key`);
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await embedded?.stop();
  }
} catch (err) {
  console.error(err instanceof ConfigError || err instanceof Error ? err.message : err);
  process.exit(1);
}
