import "server-only";
import type { ActionResult } from "@/lib/app-error";
import { requireUser } from "@/server/auth";
import type { SessionUser } from "@/server/auth-gates";
import { runAction } from "@/server/errors";

/**
 * A server action in the one authorization style (docs/decisions/0007-one-authorization-style.md):
 * the signed-in user first (401 otherwise), then `body(user, input)`, which hands both to a query
 * or mutation that checks the permission and only then parses the input. Whatever fails becomes
 * the `{ ok: false, error }` result; nothing throws to the browser.
 *
 * The input is passed on as `unknown` on purpose: parsing it here, before the role check, would
 * show a caller who may not act what valid input looks like (the server-action gate test holds
 * every action to "refused first"). In a feature's actions.ts:
 *
 *   export const saveKitAction = authorizedAction(async (user, input) => { … saveKit(user, input) … });
 */
export function authorizedAction<T>(body: (user: SessionUser, input: unknown) => Promise<T>): (input?: unknown) => Promise<ActionResult<T>> {
  return async (input) =>
    runAction(async () => {
      const user = await requireUser();
      return body(user, input);
    });
}
