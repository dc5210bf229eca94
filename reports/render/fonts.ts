// Chart text needs a font, and a bare container (the Docker image) has none:
// every chart would render without a single letter, silently. So Kontor ships
// one: DejaVu Sans from the npm package dejavu-fonts-ttf (plain TTF files, no
// install script), found relative to this module through node_modules, so it
// works the same from src/ (tsx) and from dist/ in the image. It is registered
// under its own family name, so a chart never depends on what the system has.
// KONTOR_CHART_FONT may point at another TTF/OTF. assertChartFont() makes a
// start without any usable font fail loudly instead of drawing blank charts.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { GlobalFonts } from "@napi-rs/canvas";

export const BUNDLED_FAMILY = "Kontor Sans";
const BUNDLED_FILES = [["DejaVuSans.ttf"], ["DejaVuSans-Bold.ttf"]] as const;

export interface FontChoice {
  family: string;
  /** The file it was registered from; absent for a font the system provided. */
  file?: string;
  /** False when no usable font was found: text will not be drawn. */
  usable: boolean;
}

export class NoChartFontError extends Error {
  override name = "NoChartFontError";
}

/** Where the bundled TTFs are, resolved like an import from `fromUrl` (this module by default). */
export function bundledFontDir(fromUrl: string = import.meta.url): string | null {
  try {
    return path.join(path.dirname(createRequire(fromUrl).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  } catch {
    return null;
  }
}

function registerBundled(): string | null {
  const dir = bundledFontDir();
  if (!dir) return null;
  let regular: string | null = null;
  for (const [name] of BUNDLED_FILES) {
    const file = path.join(dir, name);
    if (existsSync(file) && GlobalFonts.registerFromPath(file, BUNDLED_FAMILY) && !regular) regular = file;
  }
  return regular;
}

let choice: FontChoice | undefined;

/** Where fonts come from; replaceable so a test can stand in for a bare container. */
export interface FontSources {
  registerBundled(): string | null;
  systemFamilies(): string[];
}
const REAL_SOURCES: FontSources = { registerBundled, systemFamilies: () => GlobalFonts.families.map((f) => f.family) };

/** The font family charts use; resolved once per process (not cached for stand-in sources). */
export function chartFont(env: Record<string, string | undefined> = process.env, sources?: FontSources): FontChoice {
  if (choice && !sources) return choice;
  const src = sources ?? REAL_SOURCES;
  const keep = (c: FontChoice) => (sources ? c : (choice = c));
  const custom = env.KONTOR_CHART_FONT;
  if (custom && existsSync(custom) && GlobalFonts.registerFromPath(custom, "Kontor Chart")) {
    return keep({ family: "Kontor Chart", file: custom, usable: true });
  }
  const bundled = src.registerBundled();
  if (bundled) return keep({ family: BUNDLED_FAMILY, file: bundled, usable: true });
  // The package is missing (a broken install): a system font is better than none.
  const families = src.systemFamilies();
  const any = families.find((f) => /sans/i.test(f)) ?? families[0];
  return keep(any ? { family: any, usable: true } : { family: "sans-serif", usable: false });
}

/** At start-up: charts without text are worse than no start. */
export function assertChartFont(env: Record<string, string | undefined> = process.env, sources?: FontSources): FontChoice {
  const font = chartFont(env, sources);
  if (!font.usable)
    throw new NoChartFontError(
      "No font for chart text: the bundled DejaVu Sans (npm package dejavu-fonts-ttf) is missing and the system has none. Reinstall with `npm ci`, or set KONTOR_CHART_FONT to a .ttf file.",
    );
  return font;
}
