// What the figures were taken on: they mean little without it.
import { readFile } from "node:fs/promises";
import os from "node:os";
import pg from "pg";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  postgres: string;
  date: string;
  /** 1-minute load average when the run started and ended: other people's work on the same machine. */
  load?: { start: number; end: number };
}

async function cpuModel(): Promise<string> {
  try {
    const info = await readFile("/proc/cpuinfo", "utf8");
    const m = /^model name\s*:\s*(.+)$/m.exec(info);
    if (m) return m[1]!.trim();
  } catch (e) {
    // Not Linux: os.cpus() below still names the CPU.
    void e;
  }
  return os.cpus()[0]?.model ?? "unknown";
}

export async function describeMachine(serverUrl: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const v = await client.query<{ server_version: string }>("show server_version");
    return {
      cpu: await cpuModel(),
      cores: os.availableParallelism(),
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      postgres: v.rows[0]!.server_version,
      date: new Date().toISOString().slice(0, 10),
    };
  } finally {
    await client.end();
  }
}

export function machineMarkdown(m: Machine): string {
  return [
    `| | |`,
    `|---|---|`,
    `| CPU | ${m.cpu} |`,
    `| cores | ${m.cores} |`,
    `| memory | ${m.memoryGb} GB |`,
    `| Node.js | ${m.node} |`,
    `| PostgreSQL server | ${m.postgres} |`,
    `| date | ${m.date} |`,
    ...(m.load ? [`| load average (1 min) | ${m.load.start.toFixed(1)} at the start, ${m.load.end.toFixed(1)} at the end |`] : []),
  ].join("\n");
}
