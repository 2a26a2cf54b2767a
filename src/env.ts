// The only module that reads process.env. Everything else imports `env` and gets typed,
// validated values, so a misconfiguration fails at start with a clear message.
import { z } from "zod";

const schema = z
  .object({
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    // Set by scripts/serve.ts when it runs the app for local use (embedded database, generated secret).
    PROBE_LOCAL: z.enum(["0", "1"]).default("0"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    PUBLIC_URL: z.string().url().optional(),
    PORT: z.coerce.number().int().positive().default(3000),
  })
  .superRefine((value, ctx) => {
    if (!value.AUTH_SECRET && value.NODE_ENV === "production" && value.PROBE_LOCAL !== "1") {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production" });
    }
  });

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return {
    ...parsed.data,
    // Outside production a fixed development secret is acceptable; scripts/serve.ts generates a real one.
    AUTH_SECRET: parsed.data.AUTH_SECRET ?? "probe-development-secret-not-for-production-use",
    isProduction: parsed.data.NODE_ENV === "production" && parsed.data.PROBE_LOCAL !== "1",
  };
}

let cached: ReturnType<typeof load> | undefined;

export const env = new Proxy({} as ReturnType<typeof load>, {
  // Read lazily: `next build` imports modules without a database configured.
  get: (_target, key: string) => (cached ??= load())[key as keyof ReturnType<typeof load>],
});
