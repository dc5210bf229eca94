// `prisma generate` wants a schema-engine binary path although generating the
// client never runs it; pointing it at any file avoids a download that fails
// offline. Runs from `npm install` (postinstall) and `npm run generate`.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
env.PRISMA_QUERY_ENGINE_LIBRARY ??= fileURLToPath(import.meta.url);
const res = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(res.status ?? 1);
