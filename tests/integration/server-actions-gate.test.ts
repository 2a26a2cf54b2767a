// Every exported server action × every kind of signed-in (or not) caller × generated malformed
// input: a caller without the permission is refused before anything else happens; a permitted
// caller with bad input gets a 4xx-style error, never an unexpected one; nothing throws.
import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { ROLES, type Permission, PERMISSIONS, type Role } from "@/lib/policy";
import { createUser } from "~tests/factories/users";
import { signInAs } from "~tests/setup/auth-stub";

vi.mock("@/server/auth", () => import("~tests/setup/auth-stub"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

// The gate of each action: the permission it demands. Sign-in/up/out are public by nature and
// tested end to end (tests/e2e/auth.spec.ts); they are listed so that no action goes unlisted.
const GATES: Record<string, Record<string, Permission | "signed-in" | "public">> = {
  account: { changePasswordAction: "signed-in", revokeSessionAction: "signed-in", setTimeZoneAction: "signed-in", detectTimeZoneAction: "signed-in" },
  auth: { signInAction: "public", signUpAction: "public", signOutAction: "public", forgotPasswordAction: "public", resetPasswordAction: "public", verifyEmailAction: "public", acceptWelcomeAction: "public" },
  banks: { setBankPurposeAction: "banks:manage", copyToPracticeAction: "banks:manage", editBankAction: "banks:edit", deleteBankAction: "banks:edit" },
  candidates: {
    recordDecisionAction: "decisions:record",
    editCandidateAction: "candidates:edit",
    mergeCandidatesAction: "candidates:merge",
    eraseCandidateAction: "candidates:erase",
    updateRetentionAction: "settings:manage",
  },
  kits: { saveKitAction: "kits:manage", deleteKitAction: "kits:manage", searchQuestionsAction: "kits:manage" },
  practice: {
    startRunAction: "practice:use",
    saveDraftAction: "practice:use",
    revealAction: "practice:use",
    gradeAction: "practice:use",
    skipQuestionAction: "practice:use",
    createShareAction: "practice:use",
    revokeShareAction: "practice:use",
    createMockAction: "practice:use",
    cancelMockAction: "practice:use",
  },
  questions: {
    createQuestionAction: "questions:edit",
    updateQuestionAction: "questions:edit",
    archiveQuestionAction: "questions:edit",
    restoreQuestionAction: "questions:edit",
    previewImportAction: "questions:import",
    confirmImportAction: "questions:import",
  },
  scorecards: { updateBlindModeAction: "settings:manage" },
  sessions: { createSessionAction: "sessions:create", regenerateLinkAction: "sessions:create", cancelSessionAction: "sessions:create", checkExposureAction: "sessions:create", updateSessionAction: "sessions:create" },
  users: {
    createUserAction: "users:manage",
    changeRoleAction: "users:manage",
    setActiveAction: "users:manage",
    updateSignUpPolicyAction: "settings:manage",
    createInvitationAction: "users:manage",
    revokeInvitationAction: "users:manage",
    editUserAction: "users:manage",
    sendResetLinkAction: "users:manage",
  },
};

const featuresDir = path.resolve("src/features");
const modules = readdirSync(featuresDir).filter((feature) => readdirSync(path.join(featuresDir, feature)).includes("actions.ts"));

type Result = { ok: boolean; error?: { code: string; message: string } };
const REFUSED = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
const malformed = fc.sample(fc.anything({ withNullPrototype: false, maxDepth: 3 }), { numRuns: 12, seed: 20261129 });
const INPUTS: unknown[] = [undefined, null, {}, [], "", "x".repeat(5000), 42, { id: "does-not-exist" }, { userId: 1, role: "GOD" }, ...malformed];

const users = new Map<Role, { id: string; email: string; name: string; role: Role }>();
beforeAll(async () => {
  for (const role of ROLES) users.set(role, await createUser(db as never, { role }));
});

it("lists every exported action of every feature", () => {
  for (const feature of modules) {
    // Read from the source: importing auth's actions would pull in next-auth, which needs a request.
    const source = readFileSync(path.join(featuresDir, feature, "actions.ts"), "utf8");
    // An action is an exported async function or an exported const (`= authorizedAction(…)`).
    const exported = [...source.matchAll(/^export (?:async function|function|const) (\w+)/gm)].map((match) => match[1]!);
    expect(Object.keys(GATES[feature] ?? {}).sort(), `actions of ${feature}`).toEqual(exported.sort());
  }
});

describe.each(modules.filter((feature) => feature !== "auth"))("%s actions", (feature) => {
  it.each(Object.entries(GATES[feature] ?? {}))("%s refuses the wrong callers and never fails unexpectedly", async (name, gate) => {
    const action = (await import(`@/features/${feature}/actions.ts`))[name] as (input: unknown) => Promise<Result>;
    const callers: Array<Role | null> = [null, ...ROLES];
    for (const role of callers) {
      signInAs(role ? users.get(role)! : null);
      const permitted = role !== null && (gate === "signed-in" || gate === "public" || (PERMISSIONS[gate as Permission] as readonly Role[]).includes(role));
      for (const input of INPUTS) {
        const result = await action(input);
        const where = `${name} as ${role ?? "anonymous"} with ${JSON.stringify(input)?.slice(0, 80)}`;
        if (!permitted) {
          expect(result.ok, where).toBe(false);
          expect(REFUSED, where).toContain(result.error?.code);
        } else if (!result.ok) {
          expect(result.error?.code, `${where}: ${result.error?.message}`).not.toBe("INTERNAL");
        }
      }
    }
    signInAs(null);
  }, 120_000);
});
