// Kontor as a real child process, so kill -9 is a real kill -9. The app is
// bundled once with esbuild (already installed for tsx) into node_modules/.cache:
// starting from one bundled file skips tsx's per-module transform, which
// matters when a chaos run restarts the app hundreds of times. Packages stay
// external and resolve from the repo, and the project root is found by walking
// up from the bundle, exactly as from src/.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
// In this checkout (not under node_modules, which git worktrees may share through
// a symlink: the app finds its project root, and so its migrations, by walking
// up from the bundle) and per process, so parallel runs never load each other's build.
const bundleDir = path.join(root, ".cache/kontor-app-process", String(process.pid));
const bundlePath = path.join(bundleDir, "main.mjs");
process.once("exit", () => rmSync(bundleDir, { recursive: true, force: true }));
let bundled: Promise<string> | undefined;

const standbyPath = path.join(path.dirname(bundlePath), "standby.mjs");

/**
 * Bundles the app and writes the standby entry: a process that loads the app's
 * packages (most of a start's time) and then waits for "start" on its IPC
 * channel before running main. The kill -9 still hits a real, separate process.
 */
export function bundleApp(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(root, "src/main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: bundlePath,
    metafile: true,
    logLevel: "error",
  }).then(async (result) => {
    const packages = new Set<string>();
    for (const out of Object.values(result.metafile.outputs)) for (const i of out.imports) if (i.external && !i.path.startsWith("node:")) packages.add(i.path);
    await writeFile(
      standbyPath,
      `for (const p of ${JSON.stringify([...packages])}) await import(p).catch(() => undefined);\n` +
        `process.send("loaded");\nprocess.once("message", () => { process.disconnect(); import(${JSON.stringify(pathToFileURL(bundlePath).href)}); });\n`,
    );
    return standbyPath;
  });
  return bundled;
}

export interface AppProcess {
  readonly pid: number;
  /** Everything the process wrote (pino JSON lines and stderr). */
  output(): string;
  /** Resolves with the exit code (null after a signal). */
  exited: Promise<number | null>;
  kill9(): Promise<void>;
  /** SIGTERM (the app shuts down cleanly), SIGKILL if it takes longer than `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

interface Standby {
  child: ChildProcess;
  loaded: Promise<void>;
  chunks: string[];
}

function spawnStandby(entry: string, env: Record<string, string>): Standby {
  const child = spawn(process.execPath, ["--max-http-header-size=65536", entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const chunks: string[] = [];
  child.stdout!.on("data", (b: Buffer) => chunks.push(b.toString("utf8")));
  child.stderr!.on("data", (b: Buffer) => chunks.push(b.toString("utf8")));
  const loaded = new Promise<void>((resolve, reject) => {
    child.once("message", () => resolve());
    child.once("exit", (code) => reject(new Error(`standby exited with ${code}: ${chunks.join("").slice(-2000)}`)));
  });
  loaded.catch(() => undefined);
  return { child, loaded, chunks };
}

/** Starts the app; the next start (a restart) is already loaded in a standby process. */
export function createAppLauncher(env: Record<string, string>) {
  let next: Standby | null = null;
  const take = async () => {
    const entry = await bundleApp();
    const s = next ?? spawnStandby(entry, env);
    next = null;
    await s.loaded;
    return s;
  };
  return {
    async start(opts: { readyTimeoutMs?: number } = {}): Promise<AppProcess> {
      const s = await take();
      s.child.send("start");
      const app = await running(s, opts.readyTimeoutMs ?? 60_000);
      next = spawnStandby(await bundleApp(), env);
      return app;
    },
    async close() {
      const s = next;
      next = null;
      if (s && s.child.exitCode === null) {
        const exited = new Promise((r) => s.child.once("exit", r));
        s.child.kill("SIGKILL");
        await exited;
      }
    },
  };
}

export async function startAppProcess(env: Record<string, string>, opts: { readyTimeoutMs?: number } = {}): Promise<AppProcess> {
  const s = spawnStandby(await bundleApp(), env);
  await s.loaded;
  s.child.send("start");
  return running(s, opts.readyTimeoutMs ?? 60_000);
}

async function running({ child, chunks }: Standby, readyTimeoutMs: number): Promise<AppProcess> {
  let onOutput = () => {};
  child.stdout!.on("data", () => onOutput());
  child.stderr!.on("data", () => onOutput());
  const exited = new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once("exit", (code) => resolve(code));
  });
  const output = () => chunks.join("");

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`app did not get ready in time; output:\n${output().slice(-2000)}`)), readyTimeoutMs);
    const fail = (err: Error) => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(err);
    };
    onOutput = () => {
      if (output().includes("Kontor is ready")) {
        clearTimeout(timer);
        onOutput = () => {};
        resolve();
      }
    };
    onOutput();
    void exited.then((code) => fail(new Error(`app exited with ${code} before it was ready; output:\n${output().slice(-2000)}`)));
  });

  return {
    pid: child.pid!,
    output,
    exited,
    async kill9() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}
