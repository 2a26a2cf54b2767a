import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { env } from "@/env";
import { signInSchema } from "@/lib/credentials";
import type { Role } from "@/lib/policy";
import { audit } from "@/server/audit";
import { assertCan, gatesFor, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { burnPasswordCheck, verifyPassword } from "@/server/passwords";
import { checkThrottle, clearFailures, recordFailure } from "@/server/sign-in-throttle";

// One message for an unknown email and a wrong password, so sign-in never tells which emails exist.
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
class LockedOut extends CredentialsSignin {
  code = "locked";
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies: env.isProduction,
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an expected outcome (counted and audited), not a server error with a stack.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const { email, password } = parsed.data;
        const verdict = await checkThrottle(email);
        if (verdict.locked) throw new LockedOut();
        if (verdict.delayMs) await sleep(verdict.delayMs);

        const user = await db.user.findUnique({ where: { email } });
        const ok = user ? await verifyPassword(password, user.passwordHash) : (await burnPasswordCheck(password), false);
        if (!user || !ok || !user.active) {
          await recordFailure(email);
          await audit({ actorId: user?.id ?? null, action: "auth.sign-in-failed", details: { email } });
          throw new InvalidCredentials();
        }
        await clearFailures(email);
        await audit({ actorId: user.id, action: "auth.sign-in", targetType: "user", targetId: user.id });
        return { id: user.id, email: user.email, name: user.name, role: user.role, authVersion: user.authVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role: Role; authVersion: number };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.authVersion = signedIn.authVersion;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "", role: token.role as Role },
        authVersion: token.authVersion as number,
      };
    },
  },
}));

export type { SessionUser };

/**
 * The signed-in user, re-read from the database on every request: a deactivated user, or one
 * whose password or role changed since the cookie was issued (authVersion), is signed out.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = (await auth()) as { user?: { id?: string }; authVersion?: number } | null;
  const id = session?.user?.id;
  if (!id) return null;
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, active: true, authVersion: true },
  });
  if (!user || !user.active || user.authVersion !== session.authVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export const { requireUser } = gatesFor(currentUser);
export { assertCan };
