// Bank exports arrive as UTF-8 (often with BOM) or as Windows-1252, which is
// what comdirect and most German MT940 files use. Valid UTF-8 is trusted;
// anything else is read as Windows-1252 (a superset of ISO-8859-1's printables).
const utf8Strict = new TextDecoder("utf-8", { fatal: true });
const utf8 = new TextDecoder("utf-8");
const windows1252 = new TextDecoder("windows-1252");
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
  return windows1252.decode(b);
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
