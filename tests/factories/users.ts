// Builds users for tests and for the demo seed. Takes the Prisma client as an argument so it runs
// in tests, in the seed script and in Playwright fixtures alike.
import bcrypt from "bcryptjs";
import type { PrismaClient, Role } from "../../src/generated/prisma/client";

export const DEMO_PASSWORD = "demo1234";

export const DEMO_USERS: Array<{ email: string; name: string; role: Role }> = [
  { email: "admin@example.com", name: "Ada Admin", role: "ADMIN" },
  { email: "interviewer@example.com", name: "Ivan Interviewer", role: "INTERVIEWER" },
  { email: "interviewer2@example.com", name: "Iris Interviewer", role: "INTERVIEWER" },
  { email: "manager@example.com", name: "Maya Manager", role: "HIRING_MANAGER" },
  { email: "candidate@example.com", name: "Cam Candidate", role: "CANDIDATE" },
];

// Hashing is deliberately slow; tests create many users, so hash each distinct password once.
const hashes = new Map<string, Promise<string>>();
export function passwordHash(password: string): Promise<string> {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = bcrypt.hash(password, 10)));
  return hash;
}

let sequence = 0;

export async function createUser(
  db: PrismaClient,
  overrides: Partial<{ email: string; name: string; role: Role; password: string; active: boolean; emailVerifiedAt: Date | null }> = {},
) {
  sequence += 1;
  const role = overrides.role ?? "INTERVIEWER";
  const email = overrides.email ?? `${role.toLowerCase()}-${process.pid}-${Date.now()}-${sequence}@test.example`;
  return db.user.create({
    data: {
      email,
      name: overrides.name ?? `Test ${role.toLowerCase()} ${sequence}`,
      role,
      active: overrides.active ?? true,
      // Verified unless a test says otherwise: only a sign-up makes an unverified account.
      emailVerifiedAt: overrides.emailVerifiedAt === undefined ? new Date() : overrides.emailVerifiedAt,
      passwordHash: await passwordHash(overrides.password ?? DEMO_PASSWORD),
    },
  });
}

/** The demo accounts of DESIGN.md; safe to run again (existing users are left as they are). */
export async function ensureDemoUsers(db: PrismaClient) {
  const hash = await passwordHash(DEMO_PASSWORD);
  for (const user of DEMO_USERS) {
    await db.user.upsert({ where: { email: user.email }, create: { ...user, passwordHash: hash, emailVerifiedAt: new Date() }, update: {} });
  }
}
