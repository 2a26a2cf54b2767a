import { NextResponse, type NextRequest } from "next/server";

// Next 16's middleware. It only saves a round trip: with no session cookie at all, send the
// visitor to sign-in straight away. Every page, action and route still checks the user itself.
const PUBLIC_PREFIXES = ["/sign-in", "/sign-up", "/join", "/api", "/shared", "/_next", "/favicon"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/" || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  const hasSession = request.cookies.getAll().some((cookie) => cookie.name.endsWith("authjs.session-token"));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/sign-in";
  url.search = `?callbackUrl=${encodeURIComponent(pathname + search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
