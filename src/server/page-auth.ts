import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can, type Permission } from "@/lib/policy";
import { currentUser } from "@/server/auth";
import type { SessionUser } from "@/server/auth-gates";

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
