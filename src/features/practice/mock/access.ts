import "server-only";
// The two ways into a mock: its owner (a signed-in candidate) by id, the friend by link.
// A mock that is not the caller's, a link that is unknown, malformed or expired: all "not found",
// so a link or an id tells nobody whether something exists.
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { hashSecretToken } from "@/server/secret-tokens";
import { SECRET_TOKEN_PATTERN } from "@/lib/ids";
import { canSeeMock, friendLinkOpen } from "./policy";

const gone = () => new AppError("NOT_FOUND", "This mock interview link does not work (it may have expired)");

/** The mock a friend's link opens, or NOT_FOUND. */
export async function mockIdForFriend(token: string, now = new Date()): Promise<string> {
  if (!SECRET_TOKEN_PATTERN.test(token)) throw gone();
  const mock = await db.mockInterview.findUnique({
    where: { friendTokenHash: hashSecretToken(token) },
    select: { id: true, status: true, createdAt: true, endedAt: true },
  });
  if (!mock || !friendLinkOpen(mock, now)) throw gone();
  return mock.id;
}

/** Whether a friend's link still opens this mock: the friend's open streams ask this again. */
export async function friendLinkStillOpens(token: string, mockId: string, now = new Date()): Promise<boolean> {
  try {
    return (await mockIdForFriend(token, now)) === mockId;
  } catch {
    return false;
  }
}

/** The caller's own mock, or NOT_FOUND (another candidate's mock is not theirs to know about). */
export async function authorizeOwnMock(user: SessionUser, mockId: string): Promise<void> {
  assertCan(user, "practice:use");
  const mock = await db.mockInterview.findUnique({ where: { id: mockId }, select: { userId: true } });
  if (!mock || !canSeeMock(user, mock)) throw new AppError("NOT_FOUND", "No such mock interview");
}
