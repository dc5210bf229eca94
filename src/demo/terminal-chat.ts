// A terminal stand-in for the Telegram app: prints what the bot sends (with
// numbered buttons), saves photos as PNG files, and turns what the person
// types into updates for the simulator.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline/promises";
import type { TelegramSimulator, SimMessage, SimUser } from "../tools/telegram-simulator/index.ts";

interface Shown {
  edits: number;
  text: string;
  buttons: string;
}

export async function runTerminalChat(sim: TelegramSimulator, person: SimUser, opts: { photoDir: string; input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream }) {
  const out = opts.output ?? process.stdout;
  const shown = new Map<number, Shown>();
  let buttons: { messageId: number; data: string; url?: string }[] = [];
  await mkdir(opts.photoDir, { recursive: true });

  const render = async (m: SimMessage) => {
    const text = m.text ?? m.caption ?? "";
    const rows = m.replyMarkup?.inline_keyboard ?? [];
    const label = rows.map((r) => r.map((b) => b.text).join(" | ")).join(" / ");
    const prev = shown.get(m.messageId);
    if (prev && prev.edits === m.edits.length && prev.text === text && prev.buttons === label) return;
    shown.set(m.messageId, { edits: m.edits.length, text, buttons: label });
    const prefix = prev ? "✎ (edited) " : "";
    if (m.deleted) return;
    out.write(`\n🤖 ${prefix}${text}\n`);
    if (m.photo && !prev) {
      const file = path.resolve(opts.photoDir, `message-${m.messageId}.png`);
      await writeFile(file, m.photo);
      out.write(`   [photo saved to ${file}]\n`);
    }
    if (rows.length) {
      buttons = [];
      for (const row of rows)
        for (const b of row) {
          buttons.push({ messageId: m.messageId, data: "callback_data" in b ? String(b.callback_data) : "", url: "url" in b ? String(b.url) : undefined });
          out.write(`   [${buttons.length}] ${b.text}${"url" in b ? ` → ${b.url}` : ""}\n`);
        }
    }
  };
  let rendering = Promise.resolve();
  const unsubscribe = sim.onChange(() => {
    rendering = rendering.then(async () => {
      for (const m of sim.botMessages(person.id)) await render(m);
    });
  });

  out.write("Type a message for the bot. A number taps that button; '/file <path>' sends a document; Ctrl+D quits.\n");
  const rl = readline.createInterface({ input: opts.input ?? process.stdin, output: out, terminal: false });
  try {
    for await (const raw of rl) {
      const line = raw.trim();
      if (!line) continue;
      const n = /^\d{1,2}$/.test(line) ? Number(line) : NaN;
      const button = buttons[n - 1];
      if (button && button.data) sim.tapButton(person, button.messageId, button.data);
      else if (line.startsWith("/file ")) {
        const file = line.slice(6).trim();
        const content = await readFile(file).catch((err: Error) => {
          out.write(`cannot read ${file}: ${err.message}\n`);
          return null;
        });
        if (content) sim.sendDocument(person, { fileName: path.basename(file), mimeType: "application/octet-stream", content });
      } else sim.sendText(person, line);
    }
  } finally {
    unsubscribe();
    await rendering;
  }
}
