// A lean server-sent-events client on node:http, so hundreds of streams cost the benchmark
// little and the numbers are the server's, not the client's.
import http from "node:http";

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

export type Stream = {
  events: number;
  /** Resolves with the arrival time (performance.now()) of the next event. */
  next(): Promise<number>;
  close(): void;
};

/** `onMessage` gets each event's data with its arrival time (the pad benchmark reads the updates). */
export function openStream(url: string, headers: Record<string, string> = {}, onMessage?: (data: string, at: number) => void): Promise<Stream> {
  return new Promise((resolve, reject) => {
    let waiters: Array<(at: number) => void> = [];
    let buffer = "";
    const stream: Stream = {
      events: 0,
      next: () => new Promise((done) => waiters.push(done)),
      close: () => request.destroy(),
    };
    const request = http.get(url, { agent, headers: { accept: "text/event-stream", ...headers } }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`stream ${url} answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => {
        const at = performance.now();
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!/^data:/m.test(message)) continue; // heartbeat comments
          stream.events += 1;
          if (onMessage) {
            const data = message.split("\n").find((line) => line.startsWith("data: "));
            if (data) onMessage(data.slice(6), at);
          }
          const current = waiters;
          waiters = [];
          for (const done of current) done(at);
        }
      });
      resolve(stream);
    });
    request.on("error", (error) => {
      if (!request.destroyed) reject(error);
    });
  });
}
