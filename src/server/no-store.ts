import "server-only";

// For JSON routes whose answer depends on who asks and changes at any time (the banks API): no
// browser or proxy may keep a copy, and that includes the error answers.

/** Wraps a route handler (already wrapped by `handler()`) so every response says `Cache-Control: no-store`. */
export function noStore<A extends unknown[]>(fn: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    const response = await fn(...args);
    response.headers.set("Cache-Control", "no-store");
    return response;
  };
}
