// TCP ports on this machine's loopback interface, where every embedded PostgreSQL listens.
import { createServer } from "node:net";

export const LOOPBACK = "127.0.0.1";

/** A port nothing listens on right now (the kernel's pick); someone may still take it before we do. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Whether `port` can be listened on: false when another cluster, app or anything else holds it. */
export async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once("error", () => resolve(false));
    server.listen({ port, host: LOOPBACK, exclusive: true }, () => server.close(() => resolve(true)));
  });
}
