import "server-only";
import { env } from "@/env";
import { log } from "@/server/log";

// The client's address, for the limits keyed per address (sign-in, sign-up). With TRUST_PROXY=0
// (the default) it is the connection's own address: scripts/lib/client-address-preload.mjs drops
// any X-Forwarded-For a client sent and Next.js puts the connection's address there instead.
// With TRUST_PROXY=N, N proxies stand in front and the address is the Nth entry from the right,
// the one the outermost of them appended: entries left of it are whatever the client claimed.
// docs/decisions/sign-in-limits.md.

type HeaderSource = Request | Headers | { get(name: string): string | null };

const PRELOAD_FLAG = Symbol.for("probe.client-address-preload");
export const UNKNOWN_ADDRESS = "unknown";

let warned = false;

export function clientAddress(
  source: HeaderSource,
  { trustProxy = env.TRUST_PROXY, preloaded = (globalThis as Record<symbol, unknown>)[PRELOAD_FLAG] === true } = {},
): string {
  const headers = source instanceof Request ? source.headers : source;
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (trustProxy > 0) return normalise(entries[entries.length - trustProxy] ?? entries[0]) ?? UNKNOWN_ADDRESS;
  if (!preloaded) {
    // Started some other way (`next start` by hand): the header may be the client's own claim, so
    // every client counts as one address rather than as whatever it says it is.
    if (!warned) log.warn("client-address: the connection's address is not known: start Probe with npm start, or set TRUST_PROXY behind a proxy");
    warned = true;
    return UNKNOWN_ADDRESS;
  }
  return normalise(entries[entries.length - 1]) ?? UNKNOWN_ADDRESS;
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are one client; anything odd is kept short, never trusted for more. */
function normalise(value: string | undefined): string | null {
  if (!value) return null;
  const address = value.replace(/^::ffff:/i, "").slice(0, 64);
  return /^[0-9a-f.:]+$/i.test(address) ? address.toLowerCase() : null;
}
