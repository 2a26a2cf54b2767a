import { z } from "zod";

export const auditFilterSchema = z.object({
  action: z.string().trim().max(60).optional().transform((v) => v || undefined),
  actor: z.string().trim().max(254).optional().transform((v) => v || undefined),
  before: z.string().datetime({ offset: true }).optional().catch(undefined),
});

export type AuditFilter = z.infer<typeof auditFilterSchema>;
