// Where a user may be sent after signing in: this origin only. A callback URL is resolved the way
// a browser resolves a Location header (WHATWG URL: tabs and newlines dropped, "\" read as "/",
// "." and ".." segments applied), and kept only if it lands on this origin at a path that cannot
// itself be read as another host ("//evil.example"). Isomorphic and pure: the sign-in page and
// action use `safeCallbackUrl`, Auth.js's redirect callback `sameOriginRedirect`.

// Any origin will do for resolving a relative path; ".invalid" is reserved and never resolves.
const PLACEHOLDER_ORIGIN = "http://probe.invalid";
// Control characters (CR/LF would split a header; tabs and newlines vanish inside URLs) and DEL.
const CONTROL = /[\u0000-\u001f\u007f]/;
const MAX_LENGTH = 2_000;

/**
 * A same-origin path ("/sessions/1?tab=notes") to redirect to after sign-in, or undefined (then
 * the user goes to their role's home). Absolute URLs are refused, even to this origin.
 */
export function safeCallbackUrl(value: string | null | undefined): string | undefined {
  if (!value || value.length > MAX_LENGTH || !value.startsWith("/") || CONTROL.test(value)) return undefined;
  const resolved = resolve(value, PLACEHOLDER_ORIGIN);
  return resolved ? `${resolved.pathname}${resolved.search}${resolved.hash}` : undefined;
}

/** Auth.js's redirect callback: `url` if it is on `baseUrl`'s origin (relative or absolute), else null. */
export function sameOriginRedirect(url: string, baseUrl: string): string | null {
  if (!url || url.length > MAX_LENGTH || CONTROL.test(url)) return null;
  const resolved = resolve(url, baseUrl);
  return resolved ? resolved.href : null;
}

function resolve(value: string, base: string): URL | null {
  let origin: string;
  let url: URL;
  try {
    origin = new URL(base).origin;
    url = new URL(value, base);
  } catch {
    return null;
  }
  // "/.//evil.example" resolves to the path "//evil.example": fine here, another host in a Location header.
  if (url.origin !== origin || url.pathname.startsWith("//") || url.username || url.password) return null;
  return url;
}
