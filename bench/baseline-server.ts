// The baseline for candidate-state throughput: a minimal node:http + pg server answering the
// same question as GET /api/live/:token — the session's current question and revealed probes,
// looked up by the token's hash — with no framework, no auth layer and no rendering.
import { createHash } from "node:crypto";
import http from "node:http";
import pg from "pg";

const SQL = `
  SELECT s.status, s."currentIndex", s.revision, s."startedAt",
         (SELECT count(*) FROM "SessionQuestion" c WHERE c."sessionId" = s.id)::int AS total,
         qv.title, qv.prompt, qv.probes, sq."revealedProbes", sq."elapsedMs", sq."activeSince"
  FROM "InterviewSession" s
  LEFT JOIN "SessionQuestion" sq ON sq."sessionId" = s.id AND sq.position = s."currentIndex"
  LEFT JOIN "QuestionVersion" qv ON qv.id = sq."questionVersionId"
  WHERE s."tokenHash" = $1`;

export function startBaseline(databaseUrl: string, port: number): Promise<() => Promise<void>> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer(async (request, response) => {
    const token = /^\/api\/live\/([^/?]+)$/.exec(request.url ?? "")?.[1];
    if (!token) return void response.writeHead(404).end();
    const hash = createHash("sha256").update(token).digest("hex");
    const { rows } = await pool.query(SQL, [hash]);
    const row = rows[0];
    if (!row) return void response.writeHead(404).end();
    const probes = (row.probes ?? []) as Array<{ question: string }>;
    const body = JSON.stringify({
      status: row.status,
      revision: row.revision,
      position: { index: row.currentIndex, total: row.total },
      question: row.title ? { title: row.title, prompt: row.prompt, revealedProbes: probes.slice(0, row.revealedProbes).map((p) => ({ question: p.question })) } : null,
      timing: { elapsedMs: row.elapsedMs, activeSince: row.activeSince, serverNow: new Date().toISOString() },
    });
    response.writeHead(200, { "content-type": "application/json" }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () =>
      resolve(async () => {
        server.close();
        await pool.end();
      }),
    ),
  );
}
