import "server-only";
import * as Y from "yjs";
import type { PadAuthor } from "@/generated/prisma/client";
import { isCodeLanguage, type CodeLanguage } from "@/lib/code-languages";
import type { SessionUser } from "@/server/auth-gates";
import { promptLanguage } from "@/server/code-blocks";
import { db } from "@/server/db";
import { authorizeSession } from "../access";
import { panelPad } from "./pad-access";
import { readPad } from "./reads";
import type { PadAuthorKind, PadHistory, PadStep, PadSummary } from "./types";
import { PAD_TEXT } from "./update-check";

// Reading a session's pads after (or during) the interview: the final code of each, for the
// scorecard and the debrief, and one pad's history as steps for the playback slider. Whoever may
// view the session (its panel, admins, hiring managers) may read its pads.

const AUTHOR_KIND = { CANDIDATE: "candidate", INTERVIEWER: "interviewer" } as const satisfies Record<PadAuthor, PadAuthorKind>;

const languageOf = (stored: string | null, prompt: string): CodeLanguage => (isCodeLanguage(stored) ? stored : promptLanguage(prompt));

/** Every pad of the session that was ever written, in question order, with its text as it stands. */
export async function getSessionPads(user: SessionUser, sessionId: string): Promise<PadSummary[]> {
  await authorizeSession(user, "view", sessionId);
  const pads = await db.codePad.findMany({
    where: { sessionQuestion: { sessionId }, headSeq: { gt: 0 } },
    select: {
      language: true,
      headSeq: true,
      sessionQuestionId: true,
      sessionQuestion: { select: { position: true, questionVersion: { select: { title: true, prompt: true } } } },
    },
    orderBy: { sessionQuestion: { position: "asc" } },
  });
  return Promise.all(
    pads.map(async (pad) => {
      const read = await readPad(pad.sessionQuestionId, 0);
      const doc = new Y.Doc();
      if (read?.update) Y.applyUpdate(doc, read.update);
      const text = doc.getText(PAD_TEXT).toString();
      doc.destroy();
      const { position, questionVersion } = pad.sessionQuestion;
      return { position, title: questionVersion.title, language: languageOf(pad.language, questionVersion.prompt), text, updates: pad.headSeq };
    }),
  );
}

/** One pad's stored updates replayed in order, each as the change it made to the text, with when and who. */
export async function getPadHistory(user: SessionUser, sessionId: string, position: number): Promise<PadHistory> {
  await authorizeSession(user, "view", sessionId);
  const target = await panelPad(db, sessionId, position);
  const question = await db.sessionQuestion.findUnique({
    where: { id: target.sessionQuestionId },
    select: {
      questionVersion: { select: { prompt: true } },
      pad: {
        select: {
          language: true,
          updates: { orderBy: { seq: "asc" }, select: { data: true, author: true, createdAt: true, authorUser: { select: { name: true } } } },
        },
      },
    },
  });
  const prompt = question?.questionVersion.prompt ?? "";
  const updates = question?.pad?.updates ?? [];
  const doc = new Y.Doc();
  const text = doc.getText(PAD_TEXT);
  let delta: PadStep["delta"] = [];
  text.observe((event) => {
    delta = event.delta as PadStep["delta"];
  });
  const steps: PadStep[] = updates.map((update) => {
    delta = [];
    Y.applyUpdate(doc, update.data);
    const step: PadStep = { at: update.createdAt.toISOString(), author: AUTHOR_KIND[update.author], delta };
    // Only an interviewer's update names its author.
    if (update.authorUser) step.name = update.authorUser.name;
    return step;
  });
  doc.destroy();
  return { language: languageOf(question?.pad?.language ?? null, prompt), steps };
}
