// One palette for every chart, so "Groceries" keeps its colour between a
// doughnut and a bar chart of the same answer. Based on Tableau 10, which
// stays distinguishable for the common forms of colour blindness; the
// last-resort grey is reserved for "Other".
export const PALETTE = [
  "#4E79A7",
  "#F28E2B",
  "#E15759",
  "#76B7B2",
  "#59A14F",
  "#EDC948",
  "#B07AA1",
  "#FF9DA7",
  "#9C755F",
  "#2F4B7C",
  "#A0CBE8",
  "#FFBE7D",
] as const;

export const OTHER_COLOUR = "#BAB0AC";
export const TEXT_COLOUR = "#222222";
export const GRID_COLOUR = "#E3E3E3";

export function colourAt(i: number): string {
  return PALETTE[i % PALETTE.length] ?? PALETTE[0];
}

/** Colours for category-like labels: positional, except "Other" which is always grey. */
export function coloursFor(labels: readonly string[], otherLabel: string): string[] {
  return labels.map((l, i) => (l === otherLabel ? OTHER_COLOUR : colourAt(i)));
}

/** Same colour, translucent: the comparison series sits behind the current one. */
export function faded(hex: string, alpha = 0.45): string {
  const a = Math.round(alpha * 255)
    .toString(16)
    .padStart(2, "0");
  return `${hex}${a}`;
}
