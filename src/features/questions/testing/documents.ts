// Builds question-bank documents in the importer's Markdown format for tests (Vitest and
// Playwright), so each test states only what it is about.
export type DocQuestion = {
  number: number;
  level?: "Junior" | "Middle" | "Senior" | "Staff";
  title: string;
  answer?: string;
  wrong?: Array<[string, string]>;
  probes?: Array<[string, string]>;
  fix?: string;
};

export function bankDocument(title: string, questions: DocQuestion[], intro = "A bank written for tests."): string {
  const lines = [`# ${title}`, "", intro, ""];
  let level: string | undefined;
  for (const q of questions) {
    const next = q.level ?? "Junior";
    if (next !== level) lines.push(`## ${next}`, "");
    level = next;
    lines.push(`### Q${q.number}. ${q.title}`, "", `**Model answer.** ${q.answer ?? `Answer to question ${q.number}.`}`, "");
    const wrong = q.wrong ?? [[`Wrong idea ${q.number}`, `why ${q.number} is wrong`]];
    if (wrong.length) lines.push("**Common wrong answers.**", "", ...wrong.map(([a, why]) => `- "${a}" (${why})`), "");
    for (const [question, answer] of q.probes ?? [[`Follow-up ${q.number}?`, `Expected ${q.number}.`]]) {
      lines.push(`**Follow-up.** *${question}* — ${answer}`, "");
    }
    if (q.fix) lines.push(`**Fix.** ${q.fix}`, "");
  }
  return lines.join("\n");
}

const LEVEL_NAMES = ["Junior", "Middle", "Senior", "Staff"] as const;

/**
 * `count` questions spread over the four levels, every one distinct. A `variant` changes every
 * question's answers, not its title: a question whose title and prompt both change is another
 * question to the importer (import/identity.ts), unless the document carries its id comment.
 */
export function largeBankDocument(title: string, count: number, variant = ""): string {
  const perLevel = Math.ceil(count / 4);
  const questions: DocQuestion[] = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    level: LEVEL_NAMES[Math.min(3, Math.floor(i / perLevel))],
    title: `Generated question ${i + 1} about scheduling and queues`,
    answer: `Model answer ${i + 1}${variant}: ${"workers share a bounded queue and a lock. ".repeat(6)}`,
    wrong: [
      [`Wrong answer ${i + 1}a`, `because ${i + 1}a ignores contention`],
      [`Wrong answer ${i + 1}b`, `because ${i + 1}b ignores ordering`],
    ],
    probes: [[`Probe ${i + 1}?`, `Expected probe answer ${i + 1}.`]],
  }));
  return bankDocument(title, questions);
}
