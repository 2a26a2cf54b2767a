// A request's id for the logs (src/server/log.ts): taken from a well-formed incoming X-Request-Id
// (a load balancer's, or the proxy's for this request), else a new one. Isomorphic on purpose: the
// proxy (src/proxy.ts) names every request it passes on with it, and the handlers and actions
// behind it log under the same id.

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** An incoming X-Request-Id if it is well formed (8–128 of A–Z a–z 0–9 . _ : -), else a new one. */
export function requestIdFrom(incoming: string | null | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}
