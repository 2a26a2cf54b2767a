import "server-only";
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

// A small SMTP receiver (smtp-server + mailparser): the embedded mailbox's door when no SMTP_URL
// is set, and the real receiver tests deliver to. It listens on loopback only, on a free port,
// without authentication or TLS: nothing outside this machine can reach it.

export const MAX_MESSAGE_BYTES = 5 * 1024 * 1024;

export type ReceivedMail = { parsed: ParsedMail; size: number; envelopeTo: string[] };

export type Receiver = { port: number; close(): Promise<void> };

export async function startReceiver(onMail: (mail: ReceivedMail) => Promise<void>, options: { port?: number } = {}): Promise<Receiver> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: MAX_MESSAGE_BYTES,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) return callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
        const raw = Buffer.concat(chunks);
        simpleParser(raw)
          .then((parsed) => onMail({ parsed, size: raw.length, envelopeTo: session.envelope.rcptTo.map((r) => r.address) }))
          .then(() => callback(), (error: Error) => callback(error));
      });
    },
  });
  server.on("error", (error) => console.warn("[mail] receiver error", error));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
