import { createFinishedSession } from "../factories/finished-sessions";
import { createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

test("the session builder warns when the candidate has already been asked a question", async ({ page, db }) => {
  const interviewer = await createUser(db, { role: "INTERVIEWER" });
  const seenBefore = await createQuestion(db, { title: `Already asked ${Date.now()}` });
  const fresh = await createQuestion(db, { title: `Never asked ${Date.now()}` });
  const email = `seen-${Date.now()}@example.com`;
  await createFinishedSession(db, { candidate: { name: "Sam Seen", email }, interviewers: [interviewer], questions: [seenBefore] });
  const kit = await db.kit.create({
    data: { name: `Exposure kit ${Date.now()}`, createdById: interviewer.id, items: { create: [{ questionId: seenBefore.id, position: 0 }, { questionId: fresh.id, position: 1 }] } },
  });

  await signIn(page, interviewer.email);
  await page.goto(`/sessions/new?kit=${kit.id}`);
  await page.getByLabel("Candidate name").fill("Sam Seen");
  await page.getByLabel("Candidate email (optional)").fill(email);
  const warning = page.getByTestId("exposure-warning");
  await expect(warning).toContainText("Sam Seen has already seen 1 of these questions");
  await expect(page.getByText(seenBefore.title)).toBeVisible();
  await expect(page.getByText(fresh.title)).toHaveCount(0);

  await page.getByLabel("Candidate email (optional)").fill("someone-else@example.com");
  await expect(warning).toHaveCount(0);
});
