import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { env } from "@/env";
import { sameOriginRedirect } from "@/lib/redirects";
import type { Role } from "@/lib/policy";
import { assertCan, gatesFor, type SessionUser } from "@/server/auth-gates";
import { revokeAuthSession, userForSignIn, SESSION_LIFETIME_MS, type SignInRef } from "@/server/auth-session";
import { clientAddress } from "@/server/client-address";
import { log } from "@/server/log";
import { checkCredentials } from "@/server/sign-in";

// One message for an unknown email and a wrong password, so sign-in never tells which emails exist.
class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
/** The right password for an account whose email is not confirmed yet (decisions/email-verification.md). */
class Unverified extends CredentialsSignin {
  code = "unverified";
}
/** Too many attempts: `code` carries who is held back and for how long ("locked:account:15"). */
class LockedOut extends CredentialsSignin {
  constructor(scope: "account" | "client", minutes: number) {
    super();
    this.code = `locked:${scope}:${minutes}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env.AUTH_SECRET,
  trustHost: true,
  useSecureCookies: env.isProduction,
  // The cookie's own expiry; the session record's absolute lifetime (auth-session.ts) is the one enforced.
  session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password is an expected outcome (counted and audited), not a server error with a stack.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error("auth: Auth.js reported an error", { error });
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const client = { address: clientAddress(request), userAgent: request.headers.get("user-agent") ?? "" };
        const result = await checkCredentials(raw, client);
        if (result.ok) return result.user;
        if (result.reason === "locked") throw new LockedOut(result.scope, result.minutes);
        if (result.reason === "unverified") throw new Unverified();
        throw new InvalidCredentials();
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; role: Role; authVersion: number; sid: string };
        token.sub = signedIn.id;
        token.role = signedIn.role;
        token.authVersion = signedIn.authVersion;
        token.sid = signedIn.sid;
      }
      return token;
    },
    session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub ?? "", role: token.role as Role },
        authVersion: token.authVersion as number,
        sid: token.sid as string | undefined,
      };
    },
    // Every redirect Auth.js makes (after sign-in or sign-out, from a callbackUrl field, cookie or
    // Referer) stays on this origin; anything else goes to the origin's root, which sends the
    // user to their role's home.
    redirect({ url, baseUrl }) {
      return sameOriginRedirect(url, baseUrl) ?? baseUrl;
    },
  },
  events: {
    // Signing out revokes this browser's session record: a copy of the cookie is dead from now on.
    async signOut(message) {
      const sid = "token" in message ? (message.token?.sid as string | undefined) : undefined;
      if (sid) await revokeAuthSession(sid);
    },
  },
}));

export type { SessionUser };

export type SignedIn = { user: SessionUser; ref: SignInRef };

/**
 * Who is signed in, re-read from the database on every request (once, via React `cache`): the
 * cookie's session record must be live and the user active with the authVersion the cookie carries.
 */
export const currentSignIn = cache(async (): Promise<SignedIn | null> => {
  const session = (await auth()) as { user?: { id?: string }; authVersion?: number; sid?: string } | null;
  const userId = session?.user?.id;
  // A cookie from before session records existed carries no sid: it is signed out like any other dead one.
  if (!userId || !session.sid || typeof session.authVersion !== "number") return null;
  const ref: SignInRef = { userId, sid: session.sid, authVersion: session.authVersion };
  const user = await userForSignIn(ref);
  return user ? { user, ref } : null;
});

export const currentUser = cache(async (): Promise<SessionUser | null> => (await currentSignIn())?.user ?? null);

export const { requireUser } = gatesFor(currentUser);
export { assertCan };
