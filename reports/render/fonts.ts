// @napi-rs/canvas finds system fonts through its own scanner, and on a bare
// container it may find none: text would then silently vanish from every
// chart. We pick a known sans family if one is installed, otherwise register
// a TTF from the usual places; if that fails too, charts still render (bars,
// lines, slices) but without readable text, and the caller gets told so.
import { existsSync } from "node:fs";
import { GlobalFonts } from "@napi-rs/canvas";

const PREFERRED = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "Roboto", "Open Sans"];
const CANDIDATE_FILES: [file: string, family: string][] = [
  ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans"],
  ["/usr/share/fonts/dejavu/DejaVuSans.ttf", "DejaVu Sans"],
  ["/usr/share/fonts/TTF/DejaVuSans.ttf", "DejaVu Sans"],
  ["/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "Liberation Sans"],
  ["/usr/share/fonts/liberation/LiberationSans-Regular.ttf", "Liberation Sans"],
  ["/usr/share/fonts/noto/NotoSans-Regular.ttf", "Noto Sans"],
  ["/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "Noto Sans"],
  ["/Library/Fonts/Arial.ttf", "Arial"],
  ["C:\\Windows\\Fonts\\arial.ttf", "Arial"],
];

export interface FontChoice {
  family: string;
  /** False when no usable font was found: text will not be drawn. */
  usable: boolean;
}

let choice: FontChoice | undefined;

/** The font family charts use; resolved once per process. KONTOR_CHART_FONT may point at a TTF. */
export function chartFont(env: Record<string, string | undefined> = process.env): FontChoice {
  if (choice) return choice;
  const custom = env.KONTOR_CHART_FONT;
  if (custom && existsSync(custom) && GlobalFonts.registerFromPath(custom, "Kontor Chart")) {
    return (choice = { family: "Kontor Chart", usable: true });
  }
  const installed = new Set(GlobalFonts.families.map((f) => f.family));
  const known = PREFERRED.find((f) => installed.has(f));
  if (known) return (choice = { family: known, usable: true });
  for (const [file, family] of CANDIDATE_FILES) {
    if (existsSync(file) && GlobalFonts.registerFromPath(file, family)) return (choice = { family, usable: true });
  }
  const any = GlobalFonts.families[0]?.family;
  return (choice = any ? { family: any, usable: true } : { family: "sans-serif", usable: false });
}
