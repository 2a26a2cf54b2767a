// Settings the e2e web server (server.ts) and any extra app instance a test starts must share.
export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";
