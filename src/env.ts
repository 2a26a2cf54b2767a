// The only module that reads process.env. Everything else imports `env` and gets typed,
// validated values, so a misconfiguration fails at start with a clear message.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const schema = z
  .object({
    DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    // Set by scripts/serve.ts when it runs the app for local use (embedded database, generated secret).
    PROBE_LOCAL: z.enum(["0", "1"]).default("0"),
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Set by Next.js in its server ("nodejs"); unset in scripts and tests. */
    NEXT_RUNTIME: z.enum(["nodejs", "edge"]).optional(),
    PUBLIC_URL: z.string().url().optional(),
    PORT: z.coerce.number().int().positive().default(3000),
    /**
     * How many reverse proxies stand in front of the app. 0 (the default): X-Forwarded-For is not
     * believed, the client's address is the connection's (src/server/client-address.ts). N: the
     * address is the Nth entry from the right of X-Forwarded-For, the one the outermost proxy added.
     */
    TRUST_PROXY: z.coerce.number({ message: "TRUST_PROXY must be a number of proxies" }).int().min(0).max(10).default(0),
    /** A join link stops working this many hours after its interview ended or was due to end. */
    /**
     * Where mail goes: smtp://user:pass@host:587 (or smtps://…:465). Unset: Probe runs its own small
     * SMTP receiver and keeps what it sends in the database, for admins to read at Admin → Mail.
     */
    SMTP_URL: z.preprocess(
      (value) => (value === "" ? undefined : value),
      z.string().url({ message: "SMTP_URL must be a URL such as smtp://user:pass@host:587" }).refine((value) => /^smtps?:\/\//.test(value), "SMTP_URL must start with smtp:// or smtps://").optional(),
    ),
    /** The From of every message (and the ORGANIZER of calendar invitations). */
    MAIL_FROM: z.string().trim().email({ message: "MAIL_FROM must be an email address" }).default("probe@localhost.localdomain"),
    JOIN_LINK_TTL_HOURS: z.coerce.number({ message: "JOIN_LINK_TTL_HOURS must be a number of hours" }).positive().max(24 * 365).default(24),
    /**
     * The bearer token Prometheus sends to GET /api/metrics. Unset (or empty): the endpoint does not
     * exist (404). Long enough that guessing it is hopeless.
     */
    /** The least severe log line written (src/server/log.ts). Under Vitest: warn, unless set. */
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).optional(),
    METRICS_TOKEN: z.preprocess((value) => (value === "" ? undefined : value), z.string().min(24, "METRICS_TOKEN must be at least 24 characters").optional()),
  })
  .superRefine((value, ctx) => {
    if (!value.AUTH_SECRET && value.NODE_ENV === "production" && value.PROBE_LOCAL !== "1") {
      ctx.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "AUTH_SECRET is required in production" });
    }
  });

/**
 * The secret that signs session cookies on a developer's machine when AUTH_SECRET is unset: made
 * once, at random, and kept in `.data/auth-secret` (mode 600), so no two machines share one and
 * no fixed secret exists anywhere (issue 14). Refuses, with what to do, where none can be kept.
 */
export function localAuthSecret(root = process.cwd()): string {
  const file = path.join(root, ".data", "auth-secret");
  try {
    const kept = readKept(file);
    if (kept) return kept;
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": of two processes starting at once, one writes and the other reads what it wrote.
      writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const made = readKept(file);
    if (!made) throw new Error(`${file} holds no usable secret`);
    return made;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`AUTH_SECRET is not set and no local secret could be kept in ${file} (${reason}). Set AUTH_SECRET to 32 or more random characters, for example: openssl rand -base64 32`);
  }
}

function readKept(file: string): string | null {
  try {
    const value = readFileSync(file, "utf8").trim();
    return value.length >= 32 ? value : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

function load() {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const values = { ...parsed.data, isProduction: parsed.data.NODE_ENV === "production" && parsed.data.PROBE_LOCAL !== "1" };
  let secret = values.AUTH_SECRET;
  return Object.defineProperty(values, "AUTH_SECRET", {
    // Never a fixed fallback: outside production a per-machine secret is made (and kept) instead,
    // on first use, so a command that never signs a cookie (the import CLI) never makes one.
    get: () => (secret ??= localAuthSecret()),
    enumerable: true,
  }) as typeof values & { AUTH_SECRET: string };
}

let cached: ReturnType<typeof load> | undefined;

export const env = new Proxy({} as ReturnType<typeof load>, {
  // Read lazily: `next build` imports modules without a database configured.
  get: (_target, key: string) => (cached ??= load())[key as keyof ReturnType<typeof load>],
});
