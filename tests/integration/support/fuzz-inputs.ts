// fast-check arbitraries for hostile HTTP input: route params, search params and request bodies.
// Each mixes the real ids of the fuzz world (so the good path runs too) with unknown ids, things
// that are not ids at all, wrong types, huge and deeply nested values, NUL and odd unicode.
import fc from "fast-check";

/** A request body as sent: raw text (often not JSON) and the content type that came with it. */
export type BodyCase = { text: string; contentType: string | null };

const HUGE = "x".repeat(1_200_000);
const deepArray = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;

/** Strings a careless handler trips over: NUL, lone surrogates, RTL marks, paths, SQL, huge. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "\udfff\ud800",
    "\u202e\u200b\ufeff",
    "../../etc/passwd",
    "%00%2e%2e",
    "'; DROP TABLE \"User\"; --",
    "null",
    "undefined",
    "[object Object]",
    "NaN",
    "-1",
    "1e309",
    "<script>alert(1)</script>",
    "a".repeat(65),
    "a".repeat(10_000),
  ),
);

/** Free text in an otherwise valid body: ordinary, or hostile (NUL, lone surrogates, huge). */
export const freeText: fc.Arbitrary<string> = fc.oneof(fc.string({ maxLength: 50 }), nastyString);

/** Numbers at and past every edge a schema might assume. */
export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 0.5, -0.0, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e308, Number.MAX_VALUE),
);

/** Any JSON value of the wrong kind for a field: strings, numbers, nulls, arrays, objects. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(nastyString, { maxLength: 5 }),
);

/** An id-shaped parameter: a real id, a well-formed unknown one, or something that is no id. */
export function idParam(real: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...real), weight: 2 },
    { arbitrary: fc.stringMatching(/^c[a-z0-9]{24}$/), weight: 1 },
    { arbitrary: nastyString, weight: 3 },
  );
}

/** A position within a session: valid ones, out of range ones and non-numbers. */
export const positionParam: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("0", "1"),
  fc.integer({ min: -5, max: 100 }).map(String),
  fc.constantFrom("1e3", "0x1", "Infinity", " 1 ", "1.5", "9".repeat(40)),
  nastyString,
);

/**
 * A valid object with keys dropped, values swapped for hostile ones and unknown keys added, or
 * the valid object itself now and then.
 */
export function mutatedObject(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> {
  return valid.chain((object) => {
    const keys = Object.keys(object);
    return fc.oneof(
      { arbitrary: fc.constant(object), weight: 2 },
      {
        arbitrary: fc.subarray(keys).map((kept) => Object.fromEntries(kept.map((key) => [key, object[key]]))),
        weight: 2,
      },
      {
        arbitrary: keys.length
          ? fc.tuple(fc.constantFrom(...keys), nastyValue).map(([key, value]) => ({ ...object, [key]: value }))
          : fc.constant(object),
        weight: 4,
      },
      { arbitrary: fc.dictionary(nastyString, nastyValue, { maxKeys: 4 }).map((extra) => ({ ...extra, ...object })), weight: 1 },
    );
  });
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=fuzz",
  "application/octet-stream",
  null,
] as const;

/** A request body: mostly JSON built from `valid`, else text that is not JSON or not sane JSON. */
export function bodyCase(valid: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<BodyCase> {
  const text = fc.oneof(
    { arbitrary: mutatedObject(valid).map((value) => JSON.stringify(value) ?? "null"), weight: 6 },
    { arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)), weight: 1 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 200 }), weight: 1 },
    {
      arbitrary: fc.constantFrom(
        "",
        "{",
        "{not json",
        "\u0000\u0001\u0002",
        '{"a":"\\ud800"}',
        '{"a":"\\u0000"}',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}',
        deepArray(20_000),
        deepObject(5_000),
        `{"notes":"${HUGE}"}`,
        `"${HUGE}"`,
        "\x89PNG\r\n\x1a\n\u0000\u0000\u0000\rIHDR",
      ),
      weight: 2,
    },
  );
  return fc.record({ text, contentType: fc.constantFrom(...CONTENT_TYPES) });
}

/** A search string from known keys with valid and hostile values, unknown keys and repeats. */
export function searchCase(keys: readonly string[], validValues: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof({ arbitrary: fc.constantFrom(...keys), weight: 4 }, { arbitrary: nastyString, weight: 1 });
  const value = fc.oneof(
    { arbitrary: fc.constantFrom(...validValues), weight: 3 },
    { arbitrary: nastyNumber.map(String), weight: 1 },
    { arbitrary: nastyString, weight: 2 },
  );
  return fc.array(fc.tuple(key, value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString());
}
