// A tiny LMS commit endpoint on 127.0.0.1 for scorm-again's `lmsCommitUrl`, so a commit can fail
// for real (HTTP 500 -> LMSCommit "false", error 101). jsdom's XHR is synchronous here: it blocks
// this thread while a child process makes the request, so the server must run on another thread.
import { Worker } from "node:worker_threads";

const SERVER_SOURCE = `
const http = require("node:http");
const { parentPort } = require("node:worker_threads");
let failuresLeft = 0;
const received = [];
const cors = (req) => ({
  "Access-Control-Allow-Origin": req.headers.origin || "*",
  "Access-Control-Allow-Headers": "Content-Type",
  "Access-Control-Allow-Methods": "POST, OPTIONS",
});
const server = http.createServer((req, res) => {
  if (req.method === "OPTIONS") { res.writeHead(204, cors(req)); res.end(); return; }
  let body = "";
  req.on("data", (chunk) => { body += chunk; });
  req.on("end", () => {
    const fail = failuresLeft > 0;
    if (fail) failuresLeft -= 1;
    received.push({ status: fail ? 500 : 200, body });
    res.writeHead(fail ? 500 : 200, { ...cors(req), "Content-Type": "application/json" });
    res.end(fail ? "LMS database unavailable" : '{"result":true,"errorCode":0}');
  });
});
parentPort.on("message", (message) => {
  if (message.type === "fail") failuresLeft = message.count;
  parentPort.postMessage({ type: "ack", id: message.id, received });
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage({ type: "ready", port: server.address().port }));
`;

export interface ReceivedCommit {
  status: number;
  body: string;
}

export interface CommitServer {
  url: string;
  /** The next `count` commits get HTTP 500. */
  failNext(count: number): Promise<void>;
  /** Every commit the server has seen, in order. */
  received(): Promise<ReceivedCommit[]>;
  close(): Promise<void>;
}

export async function startCommitServer(): Promise<CommitServer> {
  const worker = new Worker(SERVER_SOURCE, { eval: true });
  let nextId = 1;
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (message: { port: number }) => resolve(message.port));
  });
  const ask = (message: Record<string, unknown>): Promise<ReceivedCommit[]> =>
    new Promise((resolve) => {
      const id = nextId++;
      const onMessage = (reply: { type: string; id: number; received: ReceivedCommit[] }): void => {
        if (reply.type !== "ack" || reply.id !== id) return;
        worker.off("message", onMessage);
        resolve(reply.received);
      };
      worker.on("message", onMessage);
      worker.postMessage({ ...message, id });
    });
  return {
    url: `http://127.0.0.1:${port}/commit`,
    failNext: async (count) => {
      await ask({ type: "fail", count });
    },
    received: () => ask({ type: "list" }),
    close: async () => {
      await worker.terminate();
    },
  };
}

/** jsdom has no navigator.sendBeacon, which scorm-again uses for the terminate commit when a
 *  commit URL is set. This one really POSTs (synchronously, like the rest of jsdom's XHR). */
export function installSendBeacon(win: Window): void {
  Object.defineProperty(win.navigator, "sendBeacon", {
    configurable: true,
    value: (url: string, data?: BodyInit | null): boolean => {
      try {
        const xhr = new (win as unknown as typeof globalThis).XMLHttpRequest();
        xhr.open("POST", url, false);
        xhr.send((data ?? null) as XMLHttpRequestBodyInit | null);
        return xhr.status >= 200 && xhr.status < 300;
      } catch {
        return false;
      }
    },
  });
}
