import { withNoStore } from "@/lib/security-headers";
import { handlers } from "@/server/auth";

// Auth.js's own routes (sign-in callback, CSRF token, session): none of their answers is cached.
export const GET = async (request: Parameters<typeof handlers.GET>[0]) => withNoStore(await handlers.GET(request));
export const POST = async (request: Parameters<typeof handlers.POST>[0]) => withNoStore(await handlers.POST(request));
