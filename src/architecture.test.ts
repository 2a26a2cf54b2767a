// The layering rules, read from the source (STYLE.md, "One way per job"): features import
// downwards only, never each other in a circle; src/lib, src/server and src/components know no
// feature; "use server" appears only in a feature's actions.ts, so every exposed entry point is
// one grep away; every server action gets the signed-in user first; and roles are compared only
// in the permission table (src/lib/policy.ts). Each failure names the offending files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname);
const SKIP = new Set(["generated"]);

type Import = { file: string; spec: string; target: string | null };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) && dir === SRC ? [] : sourceFiles(full);
    return /\.(ts|tsx|mts)$/.test(entry.name) ? [full] : [];
  });
}

// Static imports and re-exports (`import … from "x"`, `import "x"`, `export … from "x"`) and
// dynamic `import("x")`. Comments are dropped first so an example in a comment is not an import.
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

function importsOf(file: string, text: string): Import[] {
  const code = withoutComments(text);
  return [...code.matchAll(IMPORT)].map((match) => {
    const spec = (match[1] ?? match[2])!;
    const target = spec.startsWith("@/") ? path.join(SRC, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(file), spec) : null;
    return { file, spec, target };
  });
}

/** The area a path under src/ belongs to: "features/<name>", "lib", "server", "components", "app", … */
export function areaOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  return parts[0] === "features" && parts.length > 1 ? `features/${parts[1]}` : parts[0]!;
}

const featureOf = (area: string) => (area.startsWith("features/") ? area.slice("features/".length) : null);

/** Edges between features, each with the imports that make it. */
export function featureEdges(imports: readonly Import[]): Map<string, Map<string, Import[]>> {
  const edges = new Map<string, Map<string, Import[]>>();
  for (const imp of imports) {
    if (!imp.target) continue;
    const from = featureOf(areaOf(imp.file));
    const to = featureOf(areaOf(imp.target));
    if (!from || !to || from === to) continue;
    const out = edges.get(from) ?? new Map<string, Import[]>();
    out.set(to, [...(out.get(to) ?? []), imp]);
    edges.set(from, out);
  }
  return edges;
}

/** The strongly connected groups of two or more features (Tarjan): each is a cycle, or several. */
export function cycles(edges: ReadonlyMap<string, ReadonlyMap<string, unknown>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return groups;
}

/**
 * The exported server actions of one actions.ts, each with whether it gets the signed-in user
 * before anything else (docs/decisions/0007-one-authorization-style.md). Two forms pass:
 * `export const x = authorizedAction(…)` (src/server/authorized-action.ts), and an
 * `export async function` whose first awaited call, past a wrapping `runAction(`, is
 * `requireUser()`. Any other export (a re-export, a const built otherwise) fails.
 */
export function serverActions(text: string): Array<{ name: string; userFirst: boolean }> {
  const code = withoutComments(text);
  const starts = [...code.matchAll(/^export\s+(?!type\b)(async\s+function\s+|function\s+|const\s+|let\s+|var\s+|default\s+|\{)(\w*)/gm)];
  return starts.map((match, index) => {
    const segment = code.slice(match.index, starts[index + 1]?.index ?? code.length);
    const name = match[2] || segment.split("\n")[0]!.trim();
    if (/^export\s+const\s+\w+\s*=\s*authorizedAction\(/.test(segment)) return { name, userFirst: true };
    if (!match[1]!.startsWith("async")) return { name, userFirst: false };
    const awaited = [...segment.matchAll(/\bawait\s+([\w.]+)\s*\(/g)].map((call) => call[1]).filter((callee) => callee !== "runAction");
    return { name, userFirst: awaited[0] === "requireUser" };
  });
}

// Sign-in, sign-up and sign-out run before anyone is signed in; they are the only public actions
// (tests/e2e/auth.spec.ts covers them, and the gate test lists them as public).
const PUBLIC_ACTIONS = path.join(SRC, "features", "auth", "actions.ts");

const USE_SERVER = /^\s*["']use server["'];?\s*$/m;
// `role === "ADMIN"`, `"ADMIN" === role`, `["ADMIN", "INTERVIEWER"].includes(…)`: a role rule written in place.
const ROLE_NAME = `["'\`](?:ADMIN|INTERVIEWER|HIRING_MANAGER|CANDIDATE)["'\`]`;
const ROLE_COMPARISON = new RegExp(`[!=]==?\\s*${ROLE_NAME}|${ROLE_NAME}\\s*[!=]==?|\\[\\s*${ROLE_NAME}[^\\]]*\\]\\s*\\.includes\\(`);
const PERMISSION_TABLE = path.join(SRC, "lib", "policy.ts");
const rel = (file: string) => path.relative(path.dirname(SRC), file);
const describeImport = (imp: Import) => `${rel(imp.file)} imports "${imp.spec}"`;

const files = sourceFiles(SRC);
const texts = new Map(files.map((file) => [file, readFileSync(file, "utf8")]));
const imports = files.flatMap((file) => importsOf(file, texts.get(file)!));

describe("architecture", () => {
  it("reads the imports of the whole source tree", () => {
    // Guards the reader itself: a regex that matched nothing would make every rule pass.
    expect(files.length).toBeGreaterThan(100);
    expect(imports.filter((imp) => imp.spec.startsWith("@/features/")).length).toBeGreaterThan(100);
  });

  it("has no import cycle between features", () => {
    const edges = featureEdges(imports);
    const problems = cycles(edges).flatMap((group) => {
      const inGroup = new Set(group);
      const offending = group.flatMap((from) =>
        [...(edges.get(from) ?? new Map<string, Import[]>())].filter(([to]) => inGroup.has(to)).flatMap(([, list]) => list.map(describeImport)),
      );
      return [`features ${group.join(" ↔ ")} import each other:`, ...offending.map((line) => `  ${line}`)];
    });
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("keeps src/lib, src/server and src/components free of feature imports", () => {
    const problems = imports
      .filter((imp) => ["lib", "server", "components"].includes(areaOf(imp.file)) && imp.target && featureOf(areaOf(imp.target)))
      .map(describeImport);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("compares roles only in the permission table", () => {
    const problems = files
      .filter((file) => file !== PERMISSION_TABLE && !/\.test\.tsx?$/.test(file))
      .flatMap((file) => texts.get(file)!.split("\n").flatMap((line, index) => (ROLE_COMPARISON.test(line) ? [`${rel(file)}:${index + 1}: ${line.trim()}`] : [])));
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it("gets the signed-in user first in every server action", () => {
    const actionFiles = files.filter((file) => path.basename(file) === "actions.ts" && featureOf(areaOf(file)) && file !== PUBLIC_ACTIONS);
    const actions = actionFiles.flatMap((file) => serverActions(texts.get(file)!).map((action) => ({ file, ...action })));
    // Guards the reader: a pattern that found no actions would make the rule pass.
    expect(actions.length).toBeGreaterThan(20);
    const problems = actions.filter((action) => !action.userFirst).map((action) => `${rel(action.file)}: ${action.name} does not open with requireUser() and is not built with authorizedAction()`);
    expect(problems, problems.join("\n")).toEqual([]);
  });

  it('says "use server" only in a feature\'s actions.ts', () => {
    const problems = files
      .filter((file) => USE_SERVER.test(texts.get(file)!))
      .filter((file) => !(path.basename(file) === "actions.ts" && featureOf(areaOf(file))))
      .map((file) => `${rel(file)} says "use server"`);
    expect(problems, problems.join("\n")).toEqual([]);
  });
});

describe("the checks themselves", () => {
  const at = (file: string) => path.join(SRC, file);
  const imp = (file: string, target: string): Import => ({ file: at(file), spec: `@/${target}`, target: at(target) });

  it("finds a two-way import and a longer cycle, and leaves a one-way chain alone", () => {
    const edges = featureEdges([
      imp("features/a/x.ts", "features/b/y"),
      imp("features/b/y.ts", "features/a/z"),
      imp("features/c/x.ts", "features/d/y"),
      imp("features/d/y.ts", "features/e/z"),
      imp("features/e/z.ts", "features/c/w"),
      imp("features/f/x.ts", "features/g/y"),
      imp("features/a/x.ts", "lib/levels"),
    ]);
    expect(cycles(edges)).toEqual([["a", "b"], ["c", "d", "e"]]);
    expect(edges.get("f")?.get("g")?.map(describeImport)).toEqual(["src/features/f/x.ts imports \"@/features/g/y\""]);
  });

  it("tells an action that gets the user first from one that does not", () => {
    const source = [
      '"use server";',
      "export const built = authorizedAction(async (user, input) => save(user, input));",
      "export async function wrapped(input: unknown) {",
      "  return runAction(async () => {",
      "    const user = await requireUser();",
      "    return save(user, input);",
      "  });",
      "}",
      "export async function parsesFirst(input: unknown) {",
      "  const parsed = await parse(input);",
      "  const user = await requireUser();",
      "}",
      "// export const commented = authorizedAction(x);",
      "export const bare = runAction;",
      "export { reexported } from './elsewhere';",
      "export type Shape = { ok: boolean };",
    ].join("\n");
    expect(serverActions(source)).toEqual([
      { name: "built", userFirst: true },
      { name: "wrapped", userFirst: true },
      { name: "parsesFirst", userFirst: false },
      { name: "bare", userFirst: false },
      { name: "export { reexported } from './elsewhere';", userFirst: false },
    ]);
  });

  it("reads import, re-export, type-only and dynamic imports, and skips comments", () => {
    const found = importsOf(
      at("features/a/x.ts"),
      ['import { b } from "@/features/b/y";', 'import type { C } from "../c/z";', 'export { d } from "@/features/d";', 'const e = await import("@/features/e/w");', '// import { f } from "@/features/f";', 'import "server-only";'].join("\n"),
    );
    expect(found.map((i) => i.spec)).toEqual(["@/features/b/y", "../c/z", "@/features/d", "@/features/e/w", "server-only"]);
    expect(found.map((i) => i.target && areaOf(i.target))).toEqual(["features/b", "features/c", "features/d", "features/e", null]);
  });
});
