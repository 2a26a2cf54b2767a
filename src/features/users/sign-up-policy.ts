import "server-only";
import { z } from "zod";
import { audit } from "@/server/audit";
import { assertCan, type SessionUser } from "@/server/auth-gates";
import { db } from "@/server/db";
import { DEFAULT_SIGN_UP_POLICY, SIGN_UP_POLICIES, signUpPolicySchema, type SignUpPolicy } from "./schemas";

// The sign-up policy lives in the Setting table under one key, so every app instance reads the
// same value; a missing or unreadable value is the default ("open").
export const SIGN_UP_POLICY_KEY = "signUpPolicy";

/** The policy in force. Public (the sign-up page says which applies), so it takes no user. */
export async function getSignUpPolicy(): Promise<SignUpPolicy> {
  const row = await db.setting.findUnique({ where: { key: SIGN_UP_POLICY_KEY }, select: { value: true } });
  return z.enum(SIGN_UP_POLICIES).catch(DEFAULT_SIGN_UP_POLICY).parse(row?.value ?? DEFAULT_SIGN_UP_POLICY);
}

export async function setSignUpPolicy(user: SessionUser, input: unknown): Promise<SignUpPolicy> {
  assertCan(user, "settings:manage");
  const { policy } = signUpPolicySchema.parse(input);
  const before = await getSignUpPolicy();
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({ where: { key: SIGN_UP_POLICY_KEY }, create: { key: SIGN_UP_POLICY_KEY, value: policy }, update: { value: policy } });
    await audit({ actorId: user.id, action: "settings.update", targetType: "setting", targetId: SIGN_UP_POLICY_KEY, details: { from: before, to: policy } }, tx);
  });
  return policy;
}
