import { describe, expect, it } from "vitest";
import { newPasswordSchema, signInSchema } from "@/lib/credentials";

describe("auth schemas", () => {
  it("normalises emails so sign-in is case-insensitive", () => {
    expect(signInSchema.parse({ email: "  Ada@Example.COM ", password: "x" }).email).toBe("ada@example.com");
  });

  it.each([
    ["short", false],
    ["password", false],
    ["Password123", false],
    ["a-long-enough-passphrase", true],
  ])("new password %s accepted = %s", (value, ok) => {
    expect(newPasswordSchema.safeParse(value).success).toBe(ok);
  });
});
