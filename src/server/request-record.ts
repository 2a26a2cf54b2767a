import "server-only";
import { log } from "@/server/log";
import { observeRequest } from "@/server/metrics";
import { routePattern } from "@/server/route-pattern";

/**
 * The end of one route handler call (src/server/errors.ts `handler()`): its latency into the
 * metrics and one log line, both under the route's pattern, from the arguments Next.js called it
 * with (the request, and a context whose params name the dynamic segments). Never throws: neither
 * a metric nor a log line may fail a request.
 */
export async function recordRequest(args: readonly unknown[], status: number, durationMs: number): Promise<void> {
  try {
    const [request, context] = args as [unknown, { params?: unknown } | undefined];
    if (!(request instanceof Request)) return;
    const params = (await context?.params) as Record<string, string | string[]> | undefined;
    const route = routePattern(new URL(request.url).pathname, params);
    observeRequest(request.method, route, status, durationMs / 1000);
    log.info("request", { method: request.method, route, status, durationMs: Math.round(durationMs * 10) / 10 });
  } catch {
    // An unreadable request or params: nothing to label it with.
  }
}
