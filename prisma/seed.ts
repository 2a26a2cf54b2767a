// Demo data for local use: the demo accounts, the demo question bank (for interviews), the practice
// bank (for candidates' solo practice) and a finished session.
// Idempotent: running it again changes nothing that is already there.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import { ensureDemoUsers } from "../tests/factories/users";
import { closeDemoBankConnection, loadDemoBank } from "./demo/load-demo-bank";
import { loadPracticeBank } from "./demo/load-practice-bank";
import { seedDemoSession } from "./demo/seed-demo-session";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set; run `npm run db:seed`, which provides it.");
  process.exit(1);
}

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
try {
  await ensureDemoUsers(db);
  console.log("Seeded demo users.");
  const bank = await loadDemoBank();
  console.log(bank ? `Seeded the demo bank "${bank.bankName}" (${bank.created} questions).` : "Demo bank already present.");
  const practice = await loadPracticeBank();
  console.log(practice ? `Seeded the practice bank "${practice.bankName}" (${practice.created} questions).` : "Practice bank already present.");
  console.log((await seedDemoSession(db)) ? "Seeded a finished demo interview with two scorecards." : "Demo interview already present.");
} finally {
  await db.$disconnect();
  await closeDemoBankConnection();
}
