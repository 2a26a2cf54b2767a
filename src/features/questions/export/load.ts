// Reads a bank for export: its live questions (archived ones are not part of the bank's document).
// Relative imports: `npm run export` loads this file under tsx.
import { readStoredContent, storedContentSelect } from "../content";
import { db } from "../../../server/db";
import { toLevelWord } from "../../../lib/levels";
import type { ExportBank } from "./bank-markdown";

export async function loadExportBank(where: { id: string } | { name: string }): Promise<ExportBank | null> {
  const bank = await db.bank.findUnique({
    where,
    select: {
      name: true,
      description: true,
      notes: true,
      tags: true,
      collection: true,
      questions: { where: { archivedAt: null }, orderBy: { number: "asc" }, select: { id: true, number: true, ...storedContentSelect } },
    },
  });
  if (!bank) return null;
  return {
    ...bank,
    questions: bank.questions.map((row) => {
      const { id, number, level, title, prompt, modelAnswer, wrongAnswers, probes, sections } = readStoredContent(row);
      return { id, number, level: toLevelWord(level), title, prompt, modelAnswer, wrongAnswers, probes, sections };
    }),
  };
}

/** "Message Queues" → "message-queues.md": the download's file name. */
export function exportFileName(bankName: string): string {
  return `${bankName.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "bank"}.md`;
}
