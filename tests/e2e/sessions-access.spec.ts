// Pages of the sessions and kits features refuse the people they must refuse, with real status
// codes; and a kit built from the bank becomes a session in the kit's order.
import { createBank, createQuestion } from "../factories/questions";
import { createSession } from "../factories/sessions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

test("who may open a session's overview and cockpit", async ({ page, db }) => {
  const ivan = await db.user.findUniqueOrThrow({ where: { email: "interviewer@example.com" } });
  const question = await createQuestion(db);
  const { session, token } = await createSession(db, { creatorId: ivan.id, questionIds: [question.id], candidateName: "Access Candidate" });
  const overview = `/sessions/${session.id}`;
  const cockpit = `${overview}/run`;

  // Not signed in: sent to sign in.
  await page.goto(cockpit);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  // A hiring manager reads the overview but never opens the cockpit, nor creates sessions.
  await signIn(page, "manager@example.com");
  await expect(page).toHaveURL(/\/home$/);
  expect((await page.goto(overview))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Interview with Access Candidate" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Run" })).toHaveCount(0);
  await expect(page.getByTestId("join-link")).toHaveCount(0);
  expect((await page.goto(cockpit))?.status()).toBe(403);
  expect((await page.goto("/sessions/new"))?.status()).toBe(403);
  expect((await page.goto("/kits"))?.status()).toBe(403);
  await page.context().clearCookies();

  // An interviewer who is not on the panel sees neither; an unknown session is a 404.
  const stranger = await createUser(db, { role: "INTERVIEWER" });
  await signIn(page, stranger.email);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByTestId("home-sessions")).toBeVisible();
  await expect(page.getByText("Access Candidate")).toHaveCount(0);
  await page.goto("/sessions");
  await expect(page.getByText("Access Candidate")).toHaveCount(0);
  expect((await page.goto(overview))?.status()).toBe(403);
  expect((await page.goto(cockpit))?.status()).toBe(403);
  expect((await page.goto("/sessions/no-such-session"))?.status()).toBe(404);
  await page.context().clearCookies();

  // A candidate account gets nothing of the interviewer side.
  await signIn(page, "candidate@example.com");
  await expect(page).toHaveURL(/\/practice$/);
  for (const path of ["/sessions", overview, cockpit, "/kits"]) expect((await page.goto(path))?.status()).toBe(403);

  // The join link works without any account, and a made-up one is a 404 page.
  await page.context().clearCookies();
  expect((await page.goto(`/join/${token}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Waiting for your interviewer" })).toBeVisible();
  expect((await page.goto(`/join/${"x".repeat(43)}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This interview link is no longer active" })).toBeVisible();
});

test("an interviewer builds a kit from the bank and starts a session from it", async ({ page, db }) => {
  const stamp = Date.now();
  const bank = await createBank(db, { name: `Kit bank ${stamp}` });
  const junior = await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR", title: `Kit ${stamp} junior question` });
  const senior = await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR", title: `Kit ${stamp} senior question` });
  await createQuestion(db, { bankId: bank.id, number: 3, level: "STAFF", title: `Kit ${stamp} staff question` });

  await signIn(page, "interviewer@example.com");
  await expect(page).toHaveURL(/\/home$/);
  await page.goto("/kits/new");
  await page.getByLabel("Name").fill(`Kit ${stamp}`);
  await page.getByLabel("Search the bank").fill(`Kit ${stamp}`);
  await expect(page.getByTestId("picker-results").getByRole("listitem")).toHaveCount(3);
  await page.getByLabel("Level").selectOption("SENIOR");
  await expect(page.getByTestId("picker-results").getByRole("listitem")).toHaveCount(1);
  await page.getByRole("button", { name: `Add ${senior.title}` }).click();
  await page.getByLabel("Level").selectOption("");
  await page.getByRole("button", { name: `Add ${junior.title}` }).click();
  await page.getByRole("button", { name: `Move ${junior.title} up` }).click();
  await page.getByLabel(`Minutes for ${senior.title}`).fill("15");
  await expect(page.getByTestId("total-time")).toHaveText("2 questions · 25 minutes in total");
  await page.getByRole("button", { name: "Create kit" }).click();
  await expect(page).toHaveURL(/\/kits\/(?!new$)[^/]+$/);
  await expect(page.getByTestId("picked-item")).toHaveText([new RegExp(junior.title), new RegExp(senior.title)]);

  await page.getByRole("link", { name: "Start a session from this kit" }).click();
  await page.getByLabel("Candidate name").fill("Kit Candidate");
  await page.getByRole("button", { name: "Create session" }).click();
  await expect(page).toHaveURL(/\/sessions\/(?!new$)[^/]+$/);
  await expect(page.getByText(`Kit ${stamp}`, { exact: true }).first()).toBeVisible();
  const rows = page.getByRole("listitem").filter({ hasText: `Kit ${stamp}` });
  await expect(rows).toHaveText([new RegExp(`${junior.title}.*10 min`), new RegExp(`${senior.title}.*15 min`)]);
});
