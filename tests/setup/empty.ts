// Stands in for the `server-only` package under Vitest, which runs server modules directly.
export {};
