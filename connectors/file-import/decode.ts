// Bank exports arrive as UTF-8 (often with BOM) or as Windows-1252, which is
// what comdirect and most German MT940 files use. Valid UTF-8 is trusted;
// anything else is read as Windows-1252 (a superset of ISO-8859-1's printables).
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8 = new TextDecoder("utf-8");
const utf16le = new TextDecoder("utf-16le");
const utf16be = new TextDecoder("utf-16be");

/** Decodes bytes to text with `\n` line ends. */
export function decodeText(content: Uint8Array): string {
  return normalizeNewlines(decodeBytes(content));
}

function decodeBytes(b: Uint8Array): string {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return utf8.decode(b.subarray(3));
  if (b[0] === 0xff && b[1] === 0xfe) return utf16le.decode(b.subarray(2));
  if (b[0] === 0xfe && b[1] === 0xff) return utf16be.decode(b.subarray(2));
  if (isValidUtf8(b)) return utf8Strict.decode(b);
  return decodeWindows1252(b);
}

// Node's TextDecoder("windows-1252") decodes as Latin-1 (0x80 becomes U+0080,
// not "€"), so the 0x80-0x9F block is mapped here; the rest equals Latin-1.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(b: Uint8Array): string {
  let out = "";
  for (const byte of b) out += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return out;
}

function isValidUtf8(b: Uint8Array): boolean {
  try {
    utf8Strict.decode(b);
    return true;
  } catch (err) {
    // A TypeError here only means "not UTF-8"; anything else is a real fault.
    if (err instanceof TypeError) return false;
    throw err;
  }
}

function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
