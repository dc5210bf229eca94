// A stand-in Kontor for test/db/embedded.test.ts: starts the embedded
// PostgreSQL on the given directory, prints its pids, then idles until killed.
import { startEmbeddedPostgres } from "../../src/db/embedded.ts";

const db = await startEmbeddedPostgres(process.argv[2]!);
process.stdout.write(JSON.stringify({ pid: db.pid, reaperPid: db.reaperPid }) + "\n");
setInterval(() => {}, 1 << 30);
