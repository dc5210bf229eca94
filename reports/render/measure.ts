// How wide a line of text is drawn, in pixels. chart.js lays out axes itself
// but knows nothing of our value labels, so the room they need is reserved
// from these widths. The renderer measures with the real canvas; the estimate
// serves configuration tests that draw nothing.
export type MeasureText = (text: string, fontPx: number) => number;

// DejaVu Sans digits are 0.64 em wide, the widest of the fonts charts use: an estimate errs on the wide side.
export const estimateWidth: MeasureText = (text, fontPx) => [...text].length * fontPx * 0.64;
