// Which address a request comes from, for the per-address limits: the connection's own unless
// TRUST_PROXY says proxies stand in front (issue 14).
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress", () => {
  it("reads the connection's address, which the preload made sure is the only entry", () => {
    expect(clientAddress(headers("203.0.113.5"), { trustProxy: 0, preloaded: true })).toBe("203.0.113.5");
    expect(clientAddress(headers("::ffff:10.0.0.1"), { trustProxy: 0, preloaded: true })).toBe("10.0.0.1");
    expect(clientAddress(headers("2001:DB8::1"), { trustProxy: 0, preloaded: true })).toBe("2001:db8::1");
  });

  it("believes nothing without the preload: every client is one unknown address", () => {
    expect(clientAddress(headers("203.0.113.5"), { trustProxy: 0, preloaded: false })).toBe(UNKNOWN_ADDRESS);
  });

  it("behind N trusted proxies, takes the Nth entry from the right, never what the client put on the left", () => {
    const xff = "6.6.6.6, 203.0.113.9, 10.0.0.2";
    expect(clientAddress(headers(xff), { trustProxy: 1, preloaded: false })).toBe("10.0.0.2");
    expect(clientAddress(headers(xff), { trustProxy: 2, preloaded: false })).toBe("203.0.113.9");
    expect(clientAddress(headers("not an address"), { trustProxy: 1, preloaded: false })).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headers(), { trustProxy: 1, preloaded: false })).toBe(UNKNOWN_ADDRESS);
  });
});

describe("the preload", () => {
  // A real HTTP server in a child process started the way Probe starts Next.js, answering with the
  // X-Forwarded-For its request handler sees.
  async function seenBehind(trustProxy: string): Promise<string> {
    const preload = pathToFileURL(path.resolve("scripts/lib/client-address-preload.mjs")).href;
    const server = `require("node:http").createServer((req, res) => res.end(String(req.headers["x-forwarded-for"] ?? "none"))).listen(0, "127.0.0.1", function () { console.log(this.address().port) })`;
    const child = spawn(process.execPath, ["--import", preload, "-e", server], { env: { ...process.env, TRUST_PROXY: trustProxy } });
    try {
      const port = await new Promise<string>((resolve, reject) => {
        child.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
        child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
      });
      const response = await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": "6.6.6.6" } });
      return await response.text();
    } finally {
      child.kill();
    }
  }

  it("drops the address a client claims, so Next.js puts the connection's own there", async () => {
    expect(await seenBehind("0")).toBe("none");
  });

  it("keeps the header when TRUST_PROXY says a proxy wrote it", async () => {
    expect(await seenBehind("1")).toBe("6.6.6.6");
  });
});
