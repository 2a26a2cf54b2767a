// Runs a command with DATABASE_URL set: the operator's, or the embedded dev cluster's.
//   tsx scripts/with-db.ts node scripts/prisma.mjs migrate status
import { spawnSync } from "node:child_process";
import { openAppDatabase } from "./lib/database";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/with-db.ts COMMAND [ARGS...]");
  process.exit(1);
}
const database = await openAppDatabase();
// On stderr: the command's own stdout may be read by a program.
console.error(database.description);
const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } });
await database.stop();
process.exit(result.status ?? 1);
