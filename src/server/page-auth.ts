import "server-only";
import { forbidden, redirect } from "next/navigation";
import type { z } from "zod";
import { can, type Permission } from "@/lib/policy";
import { currentUser } from "@/server/auth";
import type { SessionUser } from "@/server/auth-gates";
import { pageParams } from "@/server/page-guard";

/**
 * For pages: the signed-in user, or a redirect to sign-in; a user without the permission gets
 * the 403 page. The proxy's redirect is only a shortcut; this is the check.
 */
export async function requirePageUser(permission?: Permission, returnTo?: string): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  if (permission && !can(user, permission)) forbidden();
  return user;
}

/**
 * For a page or layout under a dynamic segment: the user, as `requirePageUser`, coming back after
 * sign-in to `route` with its `[segments]` filled in from the address as typed; then the segments
 * parsed by `schema`, a malformed one being the 404 page (src/server/params.ts). The user comes
 * first, so nobody learns from the status whether an address names anything before signing in.
 *
 *   const { user, id } = await requirePageUserAndParams("kits:manage", "/kits/[id]", params, idParamsSchema);
 */
export async function requirePageUserAndParams<S extends z.ZodType<object>>(
  permission: Permission,
  route: string,
  params: Promise<Record<string, string>>,
  schema: S,
): Promise<{ user: SessionUser } & z.infer<S>> {
  const raw = await params;
  const user = await requirePageUser(permission, route.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(raw[name] ?? "")));
  return { user, ...pageParams(raw, schema) };
}
