// The embedded PostgreSQL is a child of Kontor, but a child outlives a parent
// killed with SIGKILL (or an OOM kill): it keeps the data directory locked and
// every later start fails. A tiny detached watcher stops the server (fast
// shutdown, SIGINT) as soon as the Kontor process is gone, and exits itself
// when the server is gone. Plain JavaScript in `node -e`: no files, no tsx.
import { spawn } from "node:child_process";

const WATCHER = `
const [kontor, postmaster] = process.argv.slice(1).map(Number);
const alive = (p) => { try { process.kill(p, 0); return true; } catch (e) { return e.code === "EPERM"; } };
setInterval(() => {
  if (!alive(postmaster)) process.exit(0);
  if (!alive(kontor)) { try { process.kill(postmaster, "SIGINT"); } catch {} process.exit(0); }
}, 500);
`;

export function startReaper(postmasterPid: number, kontorPid = process.pid): number | undefined {
  const child = spawn(process.execPath, ["-e", WATCHER, String(kontorPid), String(postmasterPid)], { detached: true, stdio: "ignore" });
  child.unref();
  return child.pid;
}
