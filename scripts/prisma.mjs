#!/usr/bin/env node
// Every Prisma CLI call goes through here: it points the CLI at our WebAssembly schema engine so
// no native engine is downloaded, which machines that reach only the npm registry cannot do.
//   node scripts/prisma.mjs migrate deploy
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(root, "package.json"));

export function runPrisma(args, { env = process.env, stdio = "inherit" } = {}) {
  const cli = require.resolve("prisma/build/index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio,
    encoding: "utf8",
    env: {
      ...env,
      PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "tools/prisma-wasm-schema-engine.mjs"),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
      PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
    },
  });
  if (result.error) throw result.error;
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  process.exit(runPrisma(process.argv.slice(2)).status ?? 1);
}
