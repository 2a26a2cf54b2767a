// A question's version history in the browser: edited twice in the editor, then two versions
// compared; the diff is marked with ins/del and − / + signs, not colour alone.
import { createBank, createQuestion } from "../factories/questions";
import { expect, signIn, test } from "./support/fixtures";

test("an interviewer edits a question twice and compares any two versions", async ({ page, db }) => {
  const stamp = Date.now();
  const bank = await createBank(db, { name: `History e2e ${stamp}` });
  const question = await createQuestion(db, { bankId: bank.id, title: `History ${stamp}: what is a lock?`, prompt: "Explain a lock.\nWhen would you use one?" });

  await signIn(page, "interviewer@example.com");
  for (const prompt of ["Explain a lock.\nWhen would you avoid one?", "Explain a lock.\nWhen would you avoid one?\nName an alternative."]) {
    await page.goto(`/questions/${question.id}/edit`);
    await page.getByLabel("Prompt").fill(prompt);
    await page.getByRole("button", { name: "Save as new version" }).click();
    await expect(page).toHaveURL(new RegExp(`/questions/${question.id}$`));
  }

  await page.getByRole("link", { name: "Version history" }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${question.id}/history$`));
  const versions = page.getByTestId("version-list");
  await expect(versions.getByRole("row")).toHaveCount(4);
  await expect(page.getByTestId("version-3")).toContainText("Ivan Interviewer");
  await expect(page.getByTestId("version-1")).toContainText("not recorded");

  // By default the latest change: one added line.
  const diff = page.getByTestId("version-diff");
  await expect(diff.getByRole("heading", { name: "Changes from version 2 to version 3" })).toBeVisible();
  await expect(diff.getByTestId("diff-prompt").locator("ins")).toHaveText(["+added: Name an alternative."]);
  await expect(diff.getByTestId("diff-prompt").locator("del")).toHaveCount(0);

  // Any two: version 1 against version 3, chosen in the form.
  await page.getByLabel("From", { exact: true }).selectOption("1");
  await page.getByLabel("To", { exact: true }).selectOption("3");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=1&to=3/);
  await expect(diff.getByRole("heading", { name: "Changes from version 1 to version 3" })).toBeVisible();
  const prompt = diff.getByRole("group", { name: /^Prompt: − version 1, \+ version 3$/ });
  await expect(prompt.locator("del")).toHaveText(["−removed: When would you use one?"]);
  await expect(prompt.locator("ins")).toHaveText(["+added: When would you avoid one?", "+added: Name an alternative."]);
  await expect(diff).toContainText("Unchanged: Level, Title, Model answer, Wrong answers, Probes, Sections.");

  // A version the question never had is said so, and the latest change shown instead.
  await page.goto(`/questions/${question.id}/history?from=1&to=9`);
  await expect(page.getByText("This question has no version 9")).toBeVisible();
});
