// The registry this project installs from serves native packages only for the
// platforms it runs on, so `npm install` leaves the other platforms' optional
// binaries (darwin, win32, arm64, musl...) out of package-lock.json, and then
// `npm ci` refuses the lockfile as "missing" them. This adds each missing one
// as an optional entry with its os/cpu, which npm ci skips on this platform
// without fetching anything. Run after changing dependencies:
//   node scripts/lockfile-platform-stubs.mjs
import { readFileSync, writeFileSync } from "node:fs";

const lockPath = new URL("../package-lock.json", import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const pkgs = lock.packages;
let added = 0;

function platformOf(name) {
  const os = ["darwin", "win32", "linux", "android", "freebsd"].find((o) => name.includes(o));
  const cpu = ["arm64", "x64", "ia32", "riscv64", "arm"].find((c) => new RegExp(`[-_]${c}([-_]|$)`).test(name) || name.endsWith(c));
  const libc = name.includes("musl") ? "musl" : os === "linux" && name.includes("gnu") ? "glibc" : undefined;
  return { os, cpu, libc };
}

for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const base = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    const hoisted = `node_modules/${dep}`;
    if (pkgs[base] || pkgs[hoisted]) continue;
    const { os, cpu, libc } = platformOf(dep);
    if (!os) continue;
    // Key order as npm writes it, so a later `npm install` leaves the file unchanged.
    pkgs[hoisted] = { version, ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}), optional: true, os: [os] };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added} platform stub(s) to package-lock.json`);
