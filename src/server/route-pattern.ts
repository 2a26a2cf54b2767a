import "server-only";

// The route a request reached, as its file names it: `/api/sessions/[id]/reveal`, never the raw
// path with ids in it, so a metric labelled with it has a bounded number of series. Built from
// the path and the params Next resolved: a segment that is a param's value becomes `[name]`; every
// other segment of a matched route is a fixed word of the route tree.

type Params = Record<string, string | string[] | undefined>;

export function routePattern(pathname: string, params: Params | undefined): string {
  const single = new Map<string, string>();
  let catchAll: { label: string; parts: Set<string> } | null = null;
  for (const [name, value] of Object.entries(params ?? {})) {
    if (Array.isArray(value)) catchAll = { label: `[...${name}]`, parts: new Set(value) };
    else if (typeof value === "string") single.set(value, `[${name}]`);
  }
  const out: string[] = [];
  for (const raw of pathname.split("/").filter(Boolean)) {
    const segment = safeDecode(raw);
    const named = single.get(segment);
    if (named) out.push(named);
    else if (catchAll?.parts.has(segment)) {
      if (out.at(-1) !== catchAll.label) out.push(catchAll.label);
    } else out.push(segment);
  }
  return `/${out.join("/")}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
