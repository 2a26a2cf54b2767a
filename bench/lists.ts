// The hiring manager's lists at 10,000 candidates, through the real HTTP pages as a signed-in
// manager's browser asks for them (server rendering, authorization and the SQL, all included):
// the candidate list (first page, a search, filters, another order, a deep page) and calibration
// over all history.
import pg from "pg";
import { encodeCursor } from "../src/lib/cursor";
import { bulkCreatedAt, bulkId, bulkSurname, insertBulkCandidates } from "../tests/factories/bulk-candidates";
import { percentiles } from "./lib/stats";

export const LIST_CANDIDATES = 10_000;

/** 10,000 candidates, each with a finished (or scheduled) interview by the demo interviewers. */
export async function insertCandidates(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const users = await client.query(`SELECT id, email FROM "User" WHERE email IN ('interviewer@example.com', 'interviewer2@example.com', 'manager@example.com')`);
    const id = (email: string) => users.rows.find((u) => u.email === email)?.id as string;
    const versions = await client.query(
      `SELECT v.id FROM "QuestionVersion" v JOIN "Question" q ON q.id = v."questionId" JOIN "Bank" b ON b.id = q."bankId"
       WHERE b.name = 'Benchmark bank' AND v.version = 1 ORDER BY q.number LIMIT 3`,
    );
    await insertBulkCandidates((sql, params) => client.query(sql, params), {
      count: LIST_CANDIDATES,
      interviewerIds: [id("interviewer@example.com"), id("interviewer2@example.com")],
      questionVersionIds: versions.rows.map((row) => row.id as string),
      decidedById: id("manager@example.com"),
    });
  } finally {
    await client.end();
  }
}

async function timed(url: string, cookie: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { cookie } });
  const html = await response.text();
  const took = performance.now() - started;
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  if (!html.includes("</html>")) throw new Error(`${url} sent an incomplete page`);
  return took;
}

export async function measureLists(baseUrl: string, managerCookie: string, requests = 200) {
  const middle = LIST_CANDIDATES / 2;
  const deep = encodeCursor({ dir: "next", sort: "recent", key: [new Date(bulkCreatedAt(middle).getTime() + 3_600_000).toISOString(), bulkId(middle)] });
  const pages = [
    "/candidates",
    `/candidates?q=${encodeURIComponent(bulkSurname(4242))}`,
    "/candidates?status=ready&level=SENIOR",
    "/candidates?sort=name",
    `/candidates?cursor=${deep}`,
  ];
  const samples: number[] = [];
  for (let i = 0; i < requests + 10; i++) {
    const took = await timed(`${baseUrl}${pages[i % pages.length]}`, managerCookie);
    if (i >= 10) samples.push(took); // the first requests warm caches and JIT
  }
  const calibration: number[] = [];
  for (let i = 0; i < 12; i++) {
    const took = await timed(`${baseUrl}/candidates/calibration`, managerCookie);
    if (i >= 2) calibration.push(took);
  }
  const list = percentiles(samples);
  const cal = percentiles(calibration);
  return {
    candidates: LIST_CANDIDATES,
    listPage: { p50: list.p50, p95: list.p95, requests, pages },
    calibrationPage: { p50: cal.p50, p95: cal.p95, requests: calibration.length },
  };
}
