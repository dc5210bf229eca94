// Kontor as a real child process, so kill -9 is a real kill -9. The app is
// bundled once with esbuild (already installed for tsx) into node_modules/.cache:
// starting from one bundled file skips tsx's per-module transform, which
// matters when a chaos run restarts the app hundreds of times. Packages stay
// external and resolve from the repo, and the project root is found by walking
// up from the bundle, exactly as from src/.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bundlePath = path.join(root, "node_modules/.cache/kontor-app-process/main.mjs");
let bundled: Promise<string> | undefined;

export function bundleApp(): Promise<string> {
  bundled ??= build({
    entryPoints: [path.join(root, "src/main.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: bundlePath,
    logLevel: "error",
  }).then(() => bundlePath);
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

export async function startAppProcess(env: Record<string, string>, opts: { readyTimeoutMs?: number } = {}): Promise<AppProcess> {
  const entry = await bundleApp();
  const child: ChildProcess = spawn(process.execPath, ["--max-http-header-size=65536", entry], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const chunks: string[] = [];
  let onOutput = () => {};
  child.stdout!.on("data", (b: Buffer) => (chunks.push(b.toString("utf8")), onOutput()));
  child.stderr!.on("data", (b: Buffer) => (chunks.push(b.toString("utf8")), onOutput()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const output = () => chunks.join("");

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`app did not get ready in time; output:\n${output().slice(-2000)}`)), opts.readyTimeoutMs ?? 60_000);
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
