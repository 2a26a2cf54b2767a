import { createHash, timingSafeEqual } from "node:crypto";
import { env } from "@/env";
import { AppError, errorResponse, handler } from "@/server/errors";
import { metrics } from "@/server/metrics";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Prometheus's scrape (README "Operating Probe"). Without METRICS_TOKEN the route does not exist
 * (404); with it, a missing or wrong bearer token is a 401 that says a token is wanted, so a
 * misconfigured scraper shows its own mistake. The figures are operational, never personal.
 */
export const GET = handler(async (request: Request) => {
  const expected = env.METRICS_TOKEN;
  if (!expected) throw new AppError("NOT_FOUND", "Not found");
  if (!bearerMatches(request.headers.get("authorization"), expected)) {
    const refused = errorResponse(new AppError("UNAUTHENTICATED", "A valid metrics bearer token is required"));
    refused.headers.set("WWW-Authenticate", 'Bearer realm="probe-metrics"');
    return refused;
  }
  const { registry } = metrics();
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType } });
});

// Digests of equal length compared in constant time: neither the token's content nor its length
// shows in the answer's timing.
function bearerMatches(header: string | null, expected: string): boolean {
  const given = /^Bearer (\S+)$/i.exec(header ?? "")?.[1] ?? "";
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected)) && given.length > 0;
}
