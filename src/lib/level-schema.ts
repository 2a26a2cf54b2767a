// A level from a form or an API: the enum (JUNIOR), as the database holds it (src/lib/levels.ts).
// Apart from levels.ts so that browser code showing levels does not load zod.
import { z } from "zod";
import { LEVELS } from "./levels";

export const levelSchema = z.enum(LEVELS, { message: "Choose a level" });
