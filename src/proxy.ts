import { NextResponse, type NextRequest } from "next/server";
import { requestIdFrom } from "@/lib/request-id";
import { contentSecurityPolicy, isCrossOriginWrite, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

// Next 16's middleware. It sets security headers (a fresh CSP nonce per request), refuses
// cross-origin writes, and saves a round trip by sending visitors with no session cookie at all
// to sign-in. It never authorizes: every page, action and route checks the user itself.
const PUBLIC_PREFIXES = ["/sign-in", "/sign-up", "/forgot-password", "/reset-password", "/welcome/", "/verify-email/", "/join", "/mock/", "/api", "/shared", "/_next", "/favicon"];

// Paths that serve files or JSON, never a page: a server action posted there is refused (below).
const NO_ACTION_PREFIXES = ["/_next/", "/api/", "/favicon.ico"];

export function proxy(request: NextRequest) {
  // Every request passed on carries its id (X-Request-Id on the forwarded request), and every
  // answer shows it: route handlers and server actions log under it (src/server/errors.ts).
  // A route handler passed on to sets the header itself (handler(), with this same id).
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const response = answer(request, requestId);
  const passedToHandler = request.nextUrl.pathname.startsWith("/api/") && response.headers.has("x-middleware-next");
  if (!passedToHandler) response.headers.set("X-Request-Id", requestId);
  return response;
}

function answer(request: NextRequest, requestId: string) {
  // A server action can be posted to any path, and Next.js runs it wherever the request lands
  // (a 404 page will do). The matcher below skips some paths for speed; for those it still sends
  // anything that carries an action here, and here it ends (issue 14).
  if (request.headers.has("next-action") && NO_ACTION_PREFIXES.some((prefix) => request.nextUrl.pathname.startsWith(prefix))) {
    return NextResponse.json({ error: { code: "NOT_FOUND", message: "No action here" } }, { status: 404, headers: { "Cache-Control": "no-store" } });
  }
  if (isCrossOriginWrite(request.method, request.headers.get("origin"), request.headers.get("host"))) {
    return NextResponse.json({ error: { code: "FORBIDDEN", message: "Cross-origin requests are not accepted" } }, { status: 403 });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const response = needsSignIn(request) ? redirectToSignIn(request) : passThrough(request, csp, nonce, requestId);
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

function needsSignIn(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return false;
  return !request.cookies.getAll().some((cookie) => cookie.name.endsWith("authjs.session-token"));
}

function redirectToSignIn(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

// Next.js reads the nonce from the request's CSP header and stamps it on its own scripts.
function passThrough(request: NextRequest, csp: string, nonce: string, requestId: string) {
  const headers = new Headers(request.headers);
  headers.set("x-request-id", requestId);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers } });
}

// /api/live/* is skipped: candidates poll it and stream from it, it takes no cookie, its routes
// set the security headers themselves (withApiSecurityHeaders), and its one write (the code pad's
// updates) refuses cross-origin requests itself.
// Static files are skipped too. The second entry brings back every request to those paths that carries a
// server action (the Next-Action header), so that none runs without the checks above.
export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|api/live/).*)",
    { source: "/((?:_next/static|_next/image|favicon.ico|api/live/).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
