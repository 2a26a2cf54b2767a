// A bank's purpose and practice copies, from the bank page: an interviewer makes a bank a practice
// bank and back, copies chosen interview questions into a new practice bank, and a candidate is
// offered the copies and never the interview bank; a hiring manager sees the purpose only.
import { createBank, createQuestion } from "../factories/questions";
import { createUser } from "../factories/users";
import { expect, signIn, test } from "./support/fixtures";

const SHOTS = "/tmp/banks";

test("an interviewer chooses a bank's purpose and copies questions into a new practice bank that candidates are offered", async ({ page, browser, db }) => {
  const stamp = Date.now();
  const bank = await createBank(db, { name: `Team bank ${stamp}` });
  const [q1, q2, q3] = [
    await createQuestion(db, { bankId: bank.id, number: 1, level: "JUNIOR", title: `Copy me first ${stamp}` }),
    await createQuestion(db, { bankId: bank.id, number: 2, level: "SENIOR", title: `Copy me too ${stamp}` }),
    await createQuestion(db, { bankId: bank.id, number: 3, level: "JUNIOR", title: `Keep me for interviews ${stamp}` }),
  ];

  await signIn(page, "interviewer@example.com");
  await page.goto("/questions/banks");
  const purpose = page.getByLabel(`Purpose of ${bank.name}`);
  await expect(purpose).toHaveValue("interview");
  await purpose.selectOption("practice");
  await expect(page.getByText("Every candidate account will be able to practise these 3 questions")).toBeVisible();
  await page.getByRole("heading", { name: bank.name }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}-purpose.png` });
  await page.getByRole("button", { name: "Make it a practice bank" }).click();
  await expect(page.getByText("Saved: practice bank.")).toBeVisible();
  await expect.poll(async () => (await db.bank.findUniqueOrThrow({ where: { id: bank.id } })).purpose).toBe("PRACTICE");
  // A practice bank offers no copying; back to an interview bank, it does.
  await expect(page.locator(`a[href="/questions/copy?bank=${bank.id}"]`)).toHaveCount(0);
  await purpose.selectOption("interview");
  await page.getByRole("button", { name: "Make it an interview bank" }).click();
  await expect(page.getByText("Saved: interview bank.")).toBeVisible();
  expect(await db.auditEntry.count({ where: { action: "bank.purpose-change", targetId: bank.id } })).toBe(2);

  await page.locator(`a[href="/questions/copy?bank=${bank.id}"]`).click();
  await expect(page.getByRole("heading", { name: "Copy questions to a practice bank" })).toBeVisible();
  await page.getByRole("button", { name: "Copy 0 questions" }).click();
  await expect(page.getByText("Choose at least one question")).toBeVisible();
  await page.getByLabel(q1.title).check();
  await page.getByLabel(q2.title).check();
  await page.getByLabel("Practice bank").selectOption("new");
  await page.getByLabel("Name of the new practice bank").fill(`Warm-up ${stamp}`);
  await page.getByRole("button", { name: "Copy 2 questions" }).click();
  await expect(page.getByText(`Copied 2 questions into “Warm-up ${stamp}”`)).toBeVisible();
  await page.screenshot({ path: `${SHOTS}-copy.png`, fullPage: true });

  const practice = await db.bank.findUniqueOrThrow({ where: { name: `Warm-up ${stamp}` }, include: { questions: { orderBy: { number: "asc" } } } });
  expect(practice.purpose).toBe("PRACTICE");
  expect(practice.questions.map((q) => [q.title, q.copiedFromId])).toEqual([
    [q1.title, q1.id],
    [q2.title, q2.id],
  ]);
  expect(practice.questions.map((q) => q.id)).not.toContain(q1.id);

  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await signIn(candidate, (await createUser(db, { role: "CANDIDATE" })).email);
  await expect(candidate).toHaveURL(/\/practice$/);
  const banks = candidate.getByLabel("Bank");
  await expect(banks.locator("option", { hasText: `Warm-up ${stamp}` })).toHaveCount(1);
  await expect(banks.locator("option", { hasText: bank.name })).toHaveCount(0);
  await expect(candidate.getByText(q3.title)).toHaveCount(0);
  await candidateContext.close();

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, "manager@example.com");
  await manager.goto("/questions/banks");
  await expect(manager.getByRole("heading", { name: bank.name })).toBeVisible();
  await expect(manager.getByText("Interview bank").first()).toBeVisible();
  await expect(manager.getByLabel(`Purpose of ${bank.name}`)).toHaveCount(0);
  await manager.getByRole("heading", { name: bank.name }).scrollIntoViewIfNeeded();
  await manager.screenshot({ path: `${SHOTS}-manager.png` });
  expect((await manager.goto(`/questions/copy?bank=${bank.id}`))?.status()).toBe(403);
  await managerContext.close();
});
