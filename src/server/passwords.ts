import "server-only";
import bcrypt from "bcryptjs";

// bcryptjs is pure JavaScript, so installs never need a native build or a downloaded binary.
const COST = 10;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

let dummyHash: string | undefined;

/** Checked when the email is unknown, so an unknown email and a wrong password take the same time. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= await bcrypt.hash("probe-unknown-user", COST);
  await bcrypt.compare(password, dummyHash);
}
