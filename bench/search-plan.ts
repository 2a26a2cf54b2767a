// The search's query plans at 10,000 generated questions, for tuning (issue 19): EXPLAIN ANALYZE
// of exactly the statement the app runs (src/features/questions/search-sql.ts), for typed queries
// of one to three words from the bank's vocabulary and for broad single terms; the last one finds
// few title or prompt hits, so its third tier (matches elsewhere, in list order) is read.
//   npx tsx bench/search-plan.ts [query …]
import pg from "pg";
import { PREFER_INDEX_SQL, searchSql } from "../src/features/questions/search-sql";
import { startDatabase } from "./lib/app";
import { insertQuestions } from "./lib/data";

const QUERIES = process.argv.slice(2).length ? process.argv.slice(2) : ["deadlock", "cache", "snapshot isolation", "token bucket leaky", "gorout", "histogram switch vector"];

const database = await startDatabase();
try {
  await insertQuestions(database.databaseUrl, 10_000);
  const client = new pg.Client({ connectionString: database.databaseUrl });
  await client.connect();
  for (const q of QUERIES) {
    const statement = searchSql({ q, limit: 50, offset: 0 }, { withTotal: false });
    await client.query("BEGIN");
    await client.query(PREFER_INDEX_SQL.text);
    // Warm once, then the plan of a second run.
    await client.query(statement.text, statement.values);
    const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values);
    await client.query("ROLLBACK");
    const matches = await client.query(`SELECT count(*)::int AS n FROM "Question" WHERE "searchVector" @@ websearch_to_tsquery('english', $1)`, [q]);
    console.log(`\n=== q=${JSON.stringify(q)} (whole-word matches: ${matches.rows[0].n} of 10,000)`);
    console.log(plan.rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n"));
  }
  await client.end();
} finally {
  await database.stop();
}
