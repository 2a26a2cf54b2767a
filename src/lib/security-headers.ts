// Security headers for every response, built per request in src/proxy.ts.
// Scripts run only with this request's nonce ('strict-dynamic' lets Next's own chunks load).
// Styles allow 'unsafe-inline' because React renders `style` attributes on the server; styles
// cannot run code, so this trades little for a lot of simplicity.
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * A state-changing request from another origin is refused. Browsers send Origin on every
 * cross-origin POST; a request without one (curl, server to server) carries no ambient cookies
 * from a victim's browser, so it is not a CSRF vector.
 */
export function isCrossOriginWrite(method: string, origin: string | null, host: string | null): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase()) || !origin) return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

// Routes the proxy skips for speed (the candidate's polled state and event stream, src/proxy.ts)
// set these themselves. Nothing in a JSON or event-stream body may run or render, hence 'none'.
const API_SECURITY_HEADERS: Record<string, string> = {
  ...STATIC_SECURITY_HEADERS,
  "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
};

/** Stamps the security headers on a response the proxy did not see; headers already set win. */
export function withApiSecurityHeaders(response: Response): Response {
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) {
    if (!response.headers.has(name)) response.headers.set(name, value);
  }
  return response;
}

/**
 * Nothing a signed-in user is sent may be kept by a browser or proxy cache (issue 14: the JSON of
 * /api/sessions/:id and /api/questions carries model answers). Every route handler's answer passes
 * through here (handler() in src/server/errors.ts, and the Auth.js routes); a route that chose a
 * policy of its own (the event streams: "no-store, no-transform") keeps it.
 */
export function withNoStore(response: Response): Response {
  if (response.headers.has("cache-control")) return response;
  try {
    response.headers.set("Cache-Control", "no-store");
    return response;
  } catch {
    // A response with immutable headers (Response.redirect): the same answer, copied.
    const copy = new Response(response.body, response);
    copy.headers.set("Cache-Control", "no-store");
    return copy;
  }
}
