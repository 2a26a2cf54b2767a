// The browser code every signed-in page and the cockpit load first must not reach zod (30 KB gzip):
// an isomorphic helper with a schema at its top level brings all of it into the first load, which
// is how the cockpit weighed 200 KB (issue 19). Schemas live in their own files (lib/*-schema.ts),
// imported by the server's input parsing only. This walks the static value imports from each
// entry; type-only imports, lazy `import()`s and "use server" files (the browser gets a reference,
// not the code) are not followed.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname);
const STATIC_VALUE_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']/gm;

const ENTRIES = [
  "components/shell/nav-links.tsx",
  "features/account/components/time-zone-detector.tsx",
  "features/auth/components/sign-out-form.tsx",
  "lib/query-provider.tsx",
  "lib/time-zone-context.tsx",
  "features/sessions/components/cockpit/cockpit.tsx",
  "features/questions/components/level-badge.tsx",
];

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(SRC, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((file) => existsSync(file) && !file.endsWith("/")) ?? null;
}

/** The chain of files from `entry` to a file that imports `pkg`, or null when none does. */
function pathToPackage(entry: string, pkg: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    if (/^\s*["']use server["']/.test(text)) return null;
    for (const [, spec] of text.matchAll(STATIC_VALUE_IMPORT)) {
      if (spec === pkg || spec!.startsWith(`${pkg}/`)) return [...chain, path.relative(SRC, file)];
      const next = resolve(file, spec!);
      const found = next && next.startsWith(SRC) ? walk(next, [...chain, path.relative(SRC, file)]) : null;
      if (found) return found;
    }
    return null;
  };
  return walk(path.join(SRC, entry), []);
}

describe("first-load browser code", () => {
  it.each(ENTRIES)("%s does not reach zod", (entry) => {
    expect(pathToPackage(entry, "zod")).toBeNull();
  });

  it("the walk finds zod where it is imported (the check can fail)", () => {
    expect(pathToPackage("lib/time-zone-schema.ts", "zod")).toEqual(["lib/time-zone-schema.ts"]);
    expect(pathToPackage("features/account/schemas.ts", "zod")).not.toBeNull();
  });
});
