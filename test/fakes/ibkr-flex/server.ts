// A node:http Flex Web Service from the reference's checklist (connectors.md
// §5.4): SendRequest and GetStatement on one host, User-Agent, v=3, t and q
// required; the returned Url points back here; GetStatement answers 1019 for
// the first `generating` calls of each reference; any documented error code
// (or an HTML maintenance page) can be injected per endpoint.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { STATEMENT_XML } from "./statement.ts";

export type FlexEndpoint = "SendRequest" | "GetStatement";
export type Injected = string | "html";

export interface IbkrFlexFake {
  url: string;
  /** IBKR_FLEX_URL for the connector. */
  baseUrl: string;
  token: string;
  queryId: string;
  /** 1019 answers before the statement, per reference code. */
  generating: number;
  statementXml: string;
  /** Every request: endpoint, the User-Agent, and the query without the token. */
  calls: { endpoint: FlexEndpoint; userAgent: string | undefined; q: string | null }[];
  /** The next call to `endpoint` answers this error code (or an HTML page). */
  failNext(endpoint: FlexEndpoint, code: Injected, times?: number): void;
  now(): Date;
  close(): Promise<void>;
}

const MESSAGES: Record<string, string> = {
  "1003": "Statement is not available.", "1004": "Statement is incomplete at this time. Please try again shortly.", "1009": "The server is under heavy load. Statement could not be generated at this time. Please try again shortly.",
  "1010": "Legacy Flex Queries are no longer supported. Please convert over to Activity Flex.", "1011": "Service account is inactive.", "1012": "Token has expired.", "1013": "IP restriction.", "1014": "Query is invalid.",
  "1015": "Token is invalid.", "1016": "Account is invalid.", "1017": "Reference code is invalid.", "1018": "Too many requests have been made from this token. Please try again shortly.",
  "1019": "Statement generation in progress. Please try again shortly.", "1020": "Invalid request or unable to validate request.", "1021": "Statement could not be retrieved at this time. Please try again shortly.",
};

const STAMP = "01 March, 2024 08:30 AM EST";
const response = (inner: string) => `<FlexStatementResponse timestamp="${STAMP}">\n${inner}\n</FlexStatementResponse>\n`;
const fail = (code: string) => response(`<Status>${code === "1019" ? "Warn" : "Fail"}</Status>\n<ErrorCode>${code}</ErrorCode>\n<ErrorMessage>${MESSAGES[code] ?? "Unknown error."}</ErrorMessage>`);
const MAINTENANCE = "<!DOCTYPE html><html><head><title>Scheduled maintenance</title></head><body><p>The system is currently undergoing maintenance.</p></body></html>";

export async function startIbkrFlexFake(opts: { generating?: number } = {}): Promise<IbkrFlexFake> {
  const references = new Map<string, number>();
  const injected: Record<FlexEndpoint, Injected[]> = { SendRequest: [], GetStatement: [] };

  const fake: IbkrFlexFake = {
    url: "",
    baseUrl: "",
    token: randomBytes(12).toString("hex").replace(/[a-f]/g, (c) => String(c.charCodeAt(0) % 10)),
    queryId: "987654",
    generating: opts.generating ?? 2,
    statementXml: STATEMENT_XML,
    calls: [],
    failNext: (endpoint, code, times = 1) => void injected[endpoint].push(...Array<Injected>(times).fill(code)),
    now: () => new Date("2024-03-01T14:00:00Z"),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  function answer(endpoint: FlexEndpoint, q: URLSearchParams, userAgent: string | undefined): string {
    if (!userAgent || q.get("v") !== "3" || !q.get("t") || !q.get("q")) return fail("1020");
    const forced = injected[endpoint].shift();
    if (forced === "html") return MAINTENANCE;
    if (forced) return fail(forced);
    if (q.get("t") !== fake.token) return fail("1015");
    if (endpoint === "SendRequest") {
      if (q.get("q") !== fake.queryId) return fail("1014");
      const ref = String(1_000_000_000 + references.size + 1);
      references.set(ref, 0);
      return response(`<Status>Success</Status>\n<ReferenceCode>${ref}</ReferenceCode>\n<Url>${fake.baseUrl}/GetStatement</Url>`);
    }
    const seen = references.get(q.get("q")!);
    if (seen === undefined) return fail("1017");
    references.set(q.get("q")!, seen + 1);
    return seen < fake.generating ? fail("1019") : fake.statementXml;
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const m = /^\/AccountManagement\/FlexWebService\/(SendRequest|GetStatement)$/.exec(url.pathname);
    if (!m || req.method !== "GET") return res.writeHead(404).end();
    const endpoint = m[1] as FlexEndpoint;
    const userAgent = req.headers["user-agent"];
    fake.calls.push({ endpoint, userAgent, q: endpoint === "GetStatement" ? url.searchParams.get("q") : null });
    const body = answer(endpoint, url.searchParams, userAgent);
    res.writeHead(200, { "content-type": body.startsWith("<!DOCTYPE") ? "text/html" : "text/xml;charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.baseUrl = `${fake.url}/AccountManagement/FlexWebService`;
  return fake;
}
