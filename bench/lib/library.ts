// A generated library of interview documents in the family's Markdown shape (front matter, level
// sections, labelled parts), the way a team keeps a roadmap of them: what `npm run import -- DIR` reads.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { textGenerator } from "./text";

export type Library = { dir: string; documents: number; questions: number };

// Heading sets a library really mixes: the plain words, their synonyms, and a second round.
const LEVEL_HEADINGS = [
  ["Junior", "Middle", "Senior", "Staff"],
  ["Beginner", "Intermediate", "Advanced", "Expert"],
  ["Junior Questions", "Middle Questions", "Senior Questions", "Staff Questions"],
] as const;
const EXTRA_SECTIONS = ["More Junior Questions", "Senior — bonus round", "Behavioural"] as const;

/**
 * Writes `documents` files into `dir` (folders of 50, as a roadmap nests them) with 20 to 28
 * questions each (24 on average), and returns how many questions they hold in all.
 */
export function writeLibrary(dir: string, documents = 500, seed = 15): Library {
  const gen = textGenerator(seed);
  let questions = 0;
  for (let index = 1; index <= documents; index++) {
    const count = 20 + Math.floor(gen.random() * 9);
    const folder = path.join(dir, `area-${String(Math.ceil(index / 50)).padStart(2, "0")}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `topic-${String(index).padStart(3, "0")}.md`), libraryDocument(gen, index, count));
    questions += count;
  }
  return { dir, documents, questions };
}

function libraryDocument(gen: ReturnType<typeof textGenerator>, index: number, count: number): string {
  const topic = `${gen.word()} ${gen.word()}`;
  const title = `Topic ${index}: ${topic}`;
  const levels = LEVEL_HEADINGS[index % LEVEL_HEADINGS.length]!;
  // One document in three continues after its last level with one more section of questions.
  const extra = index % 3 === 0 ? EXTRA_SECTIONS[(index / 3) % EXTRA_SECTIONS.length]! : null;
  const sections: string[] = [...levels, ...(extra ? [extra] : [])];
  const perSection = Math.ceil(count / sections.length);
  const lines = [
    "---",
    `title: "${title}"`,
    `parent: Area ${Math.ceil(index / 50)}`,
    "grand_parent: Roadmaps",
    `nav_order: ${index}`,
    `tags: [${gen.word().replace(/_/g, "-")}, generated]`,
    "---",
    "",
    `# ${title} — interview questions`,
    "",
    `> ${gen.sentence(8, 14)}`,
    "",
  ];
  for (let n = 1; n <= count; n++) {
    if ((n - 1) % perSection === 0) lines.push(`## ${sections[Math.floor((n - 1) / perSection)]}`, "");
    lines.push(...question(gen, n));
  }
  lines.push("## Closing", "", gen.paragraph(2), "");
  return lines.join("\n");
}

function question(gen: ReturnType<typeof textGenerator>, n: number): string[] {
  const lines = [`### Q${n}. ${gen.sentence(5, 10).replace(/\.$/, "?")}`, ""];
  if (n % 6 === 0) lines.push("```sql", `SELECT ${gen.word()} FROM jobs WHERE id = $1 FOR UPDATE;`, "```", "");
  // Characters a re-serialiser would escape: the stored text must stay the document's own.
  const aside = n % 4 === 0 ? ` A retry after ~${n} ms holds \`LOCK*\` on *${gen.word()}*.` : "";
  lines.push(`**Model answer.** ${gen.paragraph(2)}${aside}`, "");
  if (n % 2 === 1) {
    lines.push("**Common wrong answers.**", "", `- "${gen.sentence(5, 10)}" (${gen.sentence(4, 8)})`, `- "${gen.sentence(5, 10)}" (${gen.sentence(4, 8)})`, "");
  }
  lines.push(`**Follow-up.** *${gen.sentence(5, 10).replace(/\.$/, "?")}* — ${gen.paragraph(1)}`, "");
  if (n % 5 === 0) lines.push(`**Fix.** ${gen.paragraph(1)}`, "");
  return lines;
}
