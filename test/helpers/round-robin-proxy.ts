// A minimal round-robin load balancer for webhook tests: each request goes to
// the next target in turn; a target that refuses the connection (a dead
// replica) is skipped like a health-checked proxy would, so Telegram's retry
// is not what keeps a test alive.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface RoundRobinProxy {
  url: string;
  port: number;
  /** Which target (index) served each request, in order. */
  served: number[];
  close(): Promise<void>;
}

export async function startRoundRobinProxy(targets: Array<() => number>, opts: { port?: number } = {}): Promise<RoundRobinProxy> {
  let next = 0;
  const served: number[] = [];

  const forward = (req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, turn: number, tried: number): void => {
    const index = (turn + tried) % targets.length;
    const upstream = http.request(
      { host: "127.0.0.1", port: targets[index]!(), method: req.method, path: req.url, headers: req.headers },
      (up) => {
        served.push(index);
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "ECONNREFUSED" && tried + 1 < targets.length) return forward(req, body, res, turn, tried + 1);
      if (!res.headersSent) res.writeHead(502).end(String(err.code ?? err.message));
      else res.destroy();
    });
    upstream.end(body);
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const turn = next;
      next = (next + 1) % targets.length;
      forward(req, Buffer.concat(chunks), res, turn, 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    served,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
