import { InlineKeyboard } from "grammy";

export interface Button {
  text: string;
  data: string;
}

/** Builds an inline keyboard, refusing callback data Telegram would reject (1-64 bytes). */
export function keyboard(rows: Button[][]): InlineKeyboard {
  const kb = new InlineKeyboard();
  rows.forEach((row, i) => {
    for (const b of row) {
      const bytes = Buffer.byteLength(b.data, "utf8");
      if (bytes < 1 || bytes > 64) throw new Error(`callback data must be 1-64 bytes, got ${bytes}: ${b.data.slice(0, 20)}`);
      kb.text(b.text, b.data);
    }
    if (i < rows.length - 1) kb.row();
  });
  return kb;
}
