// Shared Playwright fixtures: sign in as a role, and a Prisma client on the e2e database for
// factories (creating users, sessions) and for checking what was stored.
import { test as base, expect, type Page } from "@playwright/test";
import { PrismaPg } from "@prisma/adapter-pg";
import { readFileSync } from "node:fs";
import path from "node:path";
import { PrismaClient } from "../../../src/generated/prisma/client";
import { DEMO_PASSWORD } from "../../factories/users";

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Wait for the outcome (left the sign-in page, or an error shown) so the next step does not race it.
  await page.waitForFunction(
    () => !location.pathname.startsWith("/sign-in") || !!document.querySelector("form [role=alert]")?.textContent,
  );
}

// Worker-scoped so that beforeAll hooks can build fixtures with it too.
export const test = base.extend<object, { db: PrismaClient }>({
  db: [
    // Playwright requires the destructuring form even when no other fixture is used.
    async ({}, provide) => {
      const url = readFileSync(path.resolve(`.data/e2e-db-url-${process.env.E2E_PORT ?? 3210}`), "utf8").trim();
      const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
      await provide(db);
      await db.$disconnect();
    },
    { scope: "worker" },
  ],
});

export { expect };
