import "server-only";
import { hashSecretToken, newSecretToken } from "@/server/secret-tokens";

// A practice share link is a bearer token like the join link (src/server/secret-tokens.ts).
export const newShareToken = newSecretToken;
export const hashShareToken = hashSecretToken;
