// Preloaded into every Next.js server process Probe starts (NODE_OPTIONS=--import …, see
// nextServerEnv in prepare.ts). Next.js copies the connection's address into X-Forwarded-For
// only when a request carries none, so any client could name its own address and walk past the
// per-address sign-in limits. Unless TRUST_PROXY says proxies stand in front (and add the
// header themselves), this drops the header before Next.js sees the request: Next.js then fills
// in the connection's address. src/server/client-address.ts reads the result, and trusts it only
// when this ran (the flag below). Plain JavaScript: it runs before any TypeScript loader.
import http from "node:http";

const trustProxy = Number(process.env.TRUST_PROXY || 0) > 0;
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitWithClientAddress(event, request, ...rest) {
  if (event === "request" && !trustProxy && request && request.headers) delete request.headers["x-forwarded-for"];
  return emit.call(this, event, request, ...rest);
};

globalThis[Symbol.for("probe.client-address-preload")] = true;
