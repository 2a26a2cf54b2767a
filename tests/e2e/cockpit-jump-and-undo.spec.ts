// The cockpit's question list (mouse and keyboard) and the undo of a reveal, with real browsers: two
// panelists and the candidate, each in a context of their own. The candidate's view follows both.
import type { Page } from "@playwright/test";
import { createBank, createQuestion } from "../factories/questions";
import { createSession } from "../factories/sessions";
import { expect, signIn, test } from "./support/fixtures";

/** Waits until the cockpit has its own answer to the last action (shortcuts are ignored while one is in flight). */
const settled = (page: Page) => expect(page.getByRole("button", { name: "All questions" })).toBeEnabled();

test("jump to any question from the list, by mouse and keyboard; undo a reveal within 10 s; the candidate follows", async ({ page, browser, db }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const bank = await createBank(db, { name: `Jump e2e ${stamp}` });
  const questions = [];
  for (const n of [1, 2, 3]) {
    questions.push(
      await createQuestion(db, {
        bankId: bank.id,
        number: n,
        title: `Jump ${stamp} Q${n}`,
        probes: [
          { question: `Probe ${stamp}.${n}.1: and then?`, answer: `EXPECTED ${n}.1` },
          { question: `Probe ${stamp}.${n}.2: and why?`, answer: `EXPECTED ${n}.2` },
        ],
      }),
    );
  }
  const ivan = await db.user.findUniqueOrThrow({ where: { email: "interviewer@example.com" } });
  const iris = await db.user.findUniqueOrThrow({ where: { email: "interviewer2@example.com" } });
  const { session, token } = await createSession(db, { creatorId: ivan.id, interviewerIds: [iris.id], questionIds: questions.map((q) => q.id) });

  await signIn(page, "interviewer@example.com");
  await page.goto(`/sessions/${session.id}/run`);
  await page.getByRole("button", { name: "Start interview" }).click();
  await expect(page.getByTestId("session-status")).toHaveText("Live");

  const candidateContext = await browser.newContext();
  const candidate = await candidateContext.newPage();
  await candidate.goto(`/join/${token}`);
  await expect(candidate.getByTestId("question-title")).toHaveText(questions[0]!.title);

  const irisContext = await browser.newContext();
  const irisPage = await irisContext.newPage();
  await signIn(irisPage, "interviewer2@example.com");
  await irisPage.goto(`/sessions/${session.id}/run`);
  await expect(irisPage.getByTestId("cockpit-position")).toHaveText("Question 1 of 3");

  // Rate the first question with its key, so the list has a rating to show.
  await page.keyboard.press("3");
  await expect(page.getByRole("radio", { name: /^3 · Model/ })).toBeChecked();

  // `g` opens the list; the current question is marked; `3` jumps to the third question.
  await page.keyboard.press("g");
  const list = page.getByRole("dialog", { name: "All questions" });
  await expect(list).toBeVisible();
  await expect(list.getByTestId("question-entry-0")).toHaveAttribute("aria-current", "step");
  await expect(list.getByTestId("question-entry-0")).toContainText("Current · rated 3");
  await expect(list.getByTestId("question-entry-2")).toContainText("Not yet asked · not rated");
  await page.keyboard.press("3");
  await expect(list).toBeHidden();
  await expect(page.getByTestId("cockpit-position")).toHaveText("Question 3 of 3");
  await expect(candidate.getByTestId("question-title")).toHaveText(questions[2]!.title);
  await expect(irisPage.getByTestId("cockpit-position")).toHaveText("Question 3 of 3");

  // Arrow keys and Enter: from the third question, up one to the second.
  await settled(page);
  await page.keyboard.press("g");
  await expect(list.getByTestId("question-entry-2")).toBeFocused();
  await expect(list.getByTestId("question-entry-0")).toContainText("Visited · rated 3");
  await page.keyboard.press("ArrowUp");
  await expect(list.getByTestId("question-entry-1")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("cockpit-position")).toHaveText("Question 2 of 3");
  await expect(candidate.getByTestId("question-title")).toHaveText(questions[1]!.title);

  // The mouse: the header's button, then a click on the first question.
  await page.getByRole("button", { name: "All questions" }).click();
  await list.getByTestId("question-entry-0").click();
  await expect(page.getByTestId("cockpit-position")).toHaveText("Question 1 of 3");
  await expect(candidate.getByTestId("question-title")).toHaveText(questions[0]!.title);

  // Reveal, then undo with the button while its countdown runs: the candidate loses the probe again.
  const probe1 = `Probe ${stamp}.1.1: and then?`;
  await page.getByRole("button", { name: "Reveal next probe" }).click();
  await expect(candidate.getByTestId("probes")).toContainText(probe1);
  const undo = page.getByRole("button", { name: "Undo reveal" });
  await expect(undo).toBeVisible();
  await expect(page.getByTestId("undo-countdown")).toHaveText(/possible for (10|9|8|7|6|5) s/);
  // Only the panelist who revealed may undo it.
  await expect(irisPage.getByTestId("probe-0")).toHaveAttribute("data-state", "revealed");
  await expect(irisPage.getByRole("button", { name: "Undo reveal" })).toHaveCount(0);
  await undo.click();
  await expect(candidate.getByTestId("probes")).toHaveCount(0);
  await expect(page.getByTestId("probe-0")).toHaveAttribute("data-state", "next");
  await expect(irisPage.getByTestId("probe-0")).toHaveAttribute("data-state", "next");
  await expect(undo).toHaveCount(0);

  // Reveal with `r`, undo with `u`.
  await settled(page);
  await page.keyboard.press("r");
  await expect(candidate.getByTestId("probes")).toContainText(probe1);
  await expect(undo).toBeVisible();
  await page.keyboard.press("u");
  await expect(candidate.getByTestId("probes")).toHaveCount(0);

  // Two panelists: Ivan reveals, Iris reveals the next one. Ivan's undo is gone (the last action is
  // Iris's), and hers takes back only her own probe.
  await settled(page);
  await page.getByRole("button", { name: "Reveal next probe" }).click();
  await expect(irisPage.getByTestId("probe-0")).toHaveAttribute("data-state", "revealed");
  await irisPage.getByRole("button", { name: "Reveal next probe" }).click();
  await expect(candidate.getByTestId("probes").getByRole("listitem")).toHaveCount(2);
  await expect(page.getByTestId("probe-1")).toHaveAttribute("data-state", "revealed");
  await expect(undo).toHaveCount(0);
  await irisPage.getByRole("button", { name: "Undo reveal" }).click();
  await expect(candidate.getByTestId("probes").getByRole("listitem")).toHaveCount(1);
  await expect(candidate.getByTestId("probes")).toContainText(probe1);

  // After 10 seconds a reveal is final: the button goes away by itself.
  await settled(page);
  await page.getByRole("button", { name: "Reveal next probe" }).click();
  await expect(undo).toBeVisible();
  await expect(undo).toHaveCount(0, { timeout: 15_000 });
  await expect(candidate.getByTestId("probes").getByRole("listitem")).toHaveCount(2);

  // Both keys are in the shortcut help.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByText("All questions: jump to any")).toBeVisible();
  await expect(help.getByText("Undo your last reveal")).toBeVisible();
  await page.keyboard.press("Escape");

  expect(await db.sessionQuestion.findFirstOrThrow({ where: { sessionId: session.id, position: 0 } })).toMatchObject({ revealedProbes: 2 });
  await candidateContext.close();
  await irisContext.close();
});
