import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, isCrossOriginWrite, STATIC_SECURITY_HEADERS } from "@/lib/security-headers";

// Next 16's middleware. It sets security headers (a fresh CSP nonce per request), refuses
// cross-origin writes, and saves a round trip by sending visitors with no session cookie at all
// to sign-in. It never authorizes: every page, action and route checks the user itself.
const PUBLIC_PREFIXES = ["/sign-in", "/sign-up", "/join", "/api", "/shared", "/_next", "/favicon"];

export function proxy(request: NextRequest) {
  if (isCrossOriginWrite(request.method, request.headers.get("origin"), request.headers.get("host"))) {
    return NextResponse.json({ error: { code: "FORBIDDEN", message: "Cross-origin requests are not accepted" } }, { status: 403 });
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const response = needsSignIn(request) ? redirectToSignIn(request) : passThrough(request, csp, nonce);
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
function passThrough(request: NextRequest, csp: string, nonce: string) {
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  return NextResponse.next({ request: { headers } });
}

// /api/live/* is skipped: candidates poll it and stream from it, it takes no cookie, its routes
// set the security headers themselves (withApiSecurityHeaders), and its one write (the code pad's
// updates) refuses cross-origin requests itself.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico|api/live/).*)"] };
