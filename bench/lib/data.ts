// Bulk benchmark data written straight with SQL: generating 10,000 questions through the app
// would measure the generator, not the thing under test.
import pg from "pg";
import { textGenerator } from "./text";

export async function insertQuestions(databaseUrl: string, count: number): Promise<void> {
  const gen = textGenerator(42);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const bank = await client.query(
      `INSERT INTO "Bank" (id, name, description, "updatedAt") VALUES (gen_random_uuid()::text, 'Benchmark bank', 'Generated', now()) RETURNING id`,
    );
    const bankId = bank.rows[0].id as string;
    const levels = ["JUNIOR", "MIDDLE", "SENIOR", "STAFF"];
    for (let start = 1; start <= count; start += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - start + 1) }, (_, i) => {
        const n = start + i;
        return {
          number: n,
          level: levels[n % 4]!,
          title: gen.sentence(4, 9),
          prompt: gen.paragraph(2),
          modelAnswer: gen.paragraph(4),
          wrongAnswers: JSON.stringify([{ answer: gen.sentence(5, 10), why: gen.sentence(4, 8) }, { answer: gen.sentence(5, 10), why: gen.sentence(4, 8) }]),
          probes: JSON.stringify([{ question: gen.sentence(5, 10), answer: gen.paragraph(1) }, { question: gen.sentence(5, 10), answer: gen.paragraph(1) }]),
        };
      });
      await client.query(
        `INSERT INTO "Question" (id, "bankId", number, level, title, prompt, "modelAnswer", "wrongAnswers", probes, "updatedAt")
         SELECT gen_random_uuid()::text, $1, r.number, r.level::"Level", r.title, r.prompt, r."modelAnswer", r."wrongAnswers"::jsonb, r.probes::jsonb, now()
         FROM jsonb_to_recordset($2::jsonb) AS r(number int, level text, title text, prompt text, "modelAnswer" text, "wrongAnswers" text, probes text)`,
        [bankId, JSON.stringify(rows)],
      );
    }
    await client.query(
      `INSERT INTO "QuestionVersion" (id, "questionId", version, level, title, prompt, "modelAnswer", "wrongAnswers", probes, sections)
       SELECT gen_random_uuid()::text, q.id, q.version, q.level, q.title, q.prompt, q."modelAnswer", q."wrongAnswers", q.probes, q.sections
       FROM "Question" q WHERE q."bankId" = $1`,
      [bankId],
    );
    await client.query(`ANALYZE "Question"`);
  } finally {
    await client.end();
  }
}

export async function someQuestionIds(databaseUrl: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT q.id FROM "Question" q JOIN "Bank" b ON b.id = q."bankId" WHERE b.name = 'Benchmark bank' ORDER BY q.number LIMIT $1`,
      [count],
    );
    return rows.map((row) => row.id as string);
  } finally {
    await client.end();
  }
}
