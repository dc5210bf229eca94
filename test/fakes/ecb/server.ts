// A node:http stand-in for https://www.ecb.europa.eu/stats/eurofxref/ built
// from open-banking.md §4.1/§4.3: eurofxref-daily.xml (the newest day),
// eurofxref-hist-90d.xml and eurofxref-hist.xml (newest first), the gesmes
// envelope with namespaces, single-quoted attributes like the live feed (or
// double quotes). Today's day appears only from 16:00 Frankfurt time of the
// fake clock. It can be taken down (503) or made to send a broken file.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Day } from "./history.ts";

export type EcbFile = "eurofxref-daily.xml" | "eurofxref-hist-90d.xml" | "eurofxref-hist.xml";

export interface EcbFake {
  /** FX_RATES_URL for the module (no trailing slash). */
  url: string;
  days: Day[];
  quote: "'" | '"';
  /** 503 for every request while true. */
  down: boolean;
  /** The next response to `file` is this text instead (a truncated or wrong file). */
  corruptNext(file: EcbFile, body: string): void;
  calls: EcbFile[];
  now: Date;
  close(): Promise<void>;
}

function frankfurt(at: Date): { date: string; minutes: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "00";
  return { date: `${get("year")}-${get("month")}-${get("day")}`, minutes: Number(get("hour")) * 60 + Number(get("minute")) };
}

export function ecbXml(days: readonly Day[], q: "'" | '"' = "'"): string {
  const cubes = [...days]
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map((d) => `\t\t<Cube time=${q}${d.date}${q}>\n${Object.entries(d.rates).map(([c, r]) => `\t\t\t<Cube currency=${q}${c}${q} rate=${q}${r}${q}/>`).join("\n")}\n\t\t</Cube>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
\t<gesmes:subject>Reference rates</gesmes:subject>
\t<gesmes:Sender>
\t\t<gesmes:name>European Central Bank</gesmes:name>
\t</gesmes:Sender>
\t<Cube>
${cubes}
\t</Cube>
</gesmes:Envelope>
`;
}

export async function startEcbFake(opts: { days: Day[]; now: Date; quote?: "'" | '"' }): Promise<EcbFake> {
  const corrupt = new Map<EcbFile, string>();
  const fake: EcbFake = {
    url: "",
    days: opts.days,
    quote: opts.quote ?? "'",
    down: false,
    corruptNext: (file, body) => void corrupt.set(file, body),
    calls: [],
    now: opts.now,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  /** Days published by the fake clock's now. */
  function published(): Day[] {
    const f = frankfurt(fake.now);
    return fake.days.filter((d) => d.date < f.date || (d.date === f.date && f.minutes >= 16 * 60));
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const name = new URL(req.url ?? "/", "http://x").pathname.replace(/^.*\//, "") as EcbFile;
    if (!["eurofxref-daily.xml", "eurofxref-hist-90d.xml", "eurofxref-hist.xml"].includes(name)) {
      res.writeHead(404, { "content-type": "text/html" }).end("<html><body>Not found</body></html>");
      return;
    }
    fake.calls.push(name);
    if (fake.down) {
      res.writeHead(503, { "content-type": "text/html" }).end("<html><body>Service unavailable</body></html>");
      return;
    }
    const broken = corrupt.get(name);
    if (broken !== undefined) {
      corrupt.delete(name);
      res.writeHead(200, { "content-type": "text/xml" }).end(broken);
      return;
    }
    const days = published().sort((a, b) => (a.date < b.date ? 1 : -1));
    const limit = Date.parse(`${frankfurt(fake.now).date}T00:00:00Z`) - 90 * 86_400_000;
    const chosen =
      name === "eurofxref-daily.xml" ? days.slice(0, 1) : name === "eurofxref-hist-90d.xml" ? days.filter((d) => Date.parse(`${d.date}T00:00:00Z`) >= limit) : days;
    res.writeHead(200, { "content-type": "text/xml" }).end(ecbXml(chosen, fake.quote));
  }

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/stats/eurofxref`;
  return fake;
}
