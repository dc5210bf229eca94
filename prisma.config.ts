// Used by `prisma generate` only; migrations run through src/db/migrate.ts
// (Prisma's WASM schema engine) because the CLI's migrate commands download a
// native engine at run time.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
