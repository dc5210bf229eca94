/**
 * A small multipart/form-data reader: grammY uploads files this way, with the
 * file in its own part referenced from a field as `attach://<name>`. Note that
 * grammY writes headers without spaces and an unquoted filename, so both forms
 * are accepted.
 */
export interface UploadedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, UploadedFile>;
}

export function boundaryOf(contentType: string): string | undefined {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m?.[1] ?? m?.[2];
}

export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const fields: Record<string, string> = {};
  const files: Record<string, UploadedFile> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos < 0) throw new Error("multipart body has no boundary");
  pos += delimiter.length;
  // After each delimiter comes either "--" (the end) or CRLF and the next part.
  while (pos < body.length && !(body[pos] === 0x2d && body[pos + 1] === 0x2d)) {
    pos += 2;
    const headerEnd = body.indexOf("\r\n\r\n", pos);
    if (headerEnd < 0) throw new Error("multipart part without header end");
    const headers = parseHeaders(body.toString("utf8", pos, headerEnd));
    const start = headerEnd + 4;
    const end = body.indexOf(nextDelimiter, start);
    if (end < 0) throw new Error("multipart part without closing boundary");
    const bytes = body.subarray(start, end);
    const disposition = headers.get("content-disposition") ?? "";
    const name = param(disposition, "name");
    const fileName = param(disposition, "filename");
    if (name === undefined) throw new Error("multipart part without a name");
    if (fileName !== undefined) {
      files[name] = { fileName, contentType: headers.get("content-type") ?? "application/octet-stream", bytes: Buffer.from(bytes) };
    } else {
      fields[name] = bytes.toString("utf8");
    }
    pos = end + nextDelimiter.length;
  }
  return { fields, files };
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function param(header: string, key: string): string | undefined {
  const m = new RegExp(`(?:^|;)\\s*${key}=(?:"([^"]*)"|([^;]*))`, "i").exec(header);
  if (!m) return undefined;
  return m[1] ?? m[2]?.trim();
}
