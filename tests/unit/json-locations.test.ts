import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJsonPath, jsonSyntaxErrorPosition, jsonValueOffsets, locateJsonPath, type JsonPath, type TextPosition } from '../../src/content/json-locations.ts';

/** Locates paths in `text` as the content parsers do: offsets mapped once, then looked up. */
function jsonPathLocator(text: string): (path: JsonPath) => TextPosition | undefined {
  const offsets = jsonValueOffsets(text);
  return (path) => locateJsonPath(text, offsets, path);
}

/** The offset of a 1-based line and column in `text` (lines end at '\n'). */
function offsetOf(text: string, { line, col }: TextPosition): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, text) => sum + text.length + 1, 0) + col - 1;
}

describe('jsonSyntaxErrorPosition', () => {
  const cases: [string, string, TextPosition][] = [
    ['an unterminated string, at the end of its line', '{\n  "a": "abc\n}', { line: 2, col: 12 }],
    ['an unterminated string, at the end of the file', '{"a": "abc', { line: 1, col: 11 }],
    ['a trailing comma in an object, at the closing brace', '{\n  "a": 1,\n}', { line: 3, col: 1 }],
    ['a trailing comma in an array, at the closing bracket', '[1, 2, ]', { line: 1, col: 8 }],
    ['a line comment', '{\n  // note\n  "a": 1\n}', { line: 2, col: 3 }],
    ['a block comment', '{ /* note */ "a": 1 }', { line: 1, col: 3 }],
    ['a missing colon, at the value', '{\n  "a" 1\n}', { line: 2, col: 7 }],
    ['a missing comma', '{"a": 1 "b": 2}', { line: 1, col: 9 }],
    ['a bad escape, at the escaped character', '{"a": "x\\qy"}', { line: 1, col: 10 }],
    ['a bad \\u escape, at the first non-hex digit', '{"a": "\\u12G4"}', { line: 1, col: 12 }],
    ['a file cut in an array, at its end', '{"a": [1, 2', { line: 1, col: 12 }],
    ['a file cut in a literal', '{"a": tr', { line: 1, col: 7 }],
    ['an empty file', '', { line: 1, col: 1 }],
    ['a file of blank lines, at its end', '  \n ', { line: 2, col: 2 }],
    ['a byte order mark', '\uFEFF{"a": 1}', { line: 1, col: 1 }],
    ['a NUL byte in a string', '{"a": "x\u0000y"}', { line: 1, col: 9 }],
    ['a NUL byte after the value', '{"a": 1}\u0000', { line: 1, col: 9 }],
    ['a raw tab in a string', '{"a": "x\ty"}', { line: 1, col: 9 }],
    ['single quotes', "{'a': 1}", { line: 1, col: 2 }],
    ['an unquoted key', '{\n  a: 1\n}', { line: 2, col: 3 }],
    ['a number cut after its point, after the point', '[1.]', { line: 1, col: 4 }],
    ['a leading zero', '[01]', { line: 1, col: 3 }],
    ['NaN', '[NaN]', { line: 1, col: 2 }],
    ['a second value', '{}\n{}', { line: 2, col: 1 }],
    ['a non-breaking space', '{\u00a0}', { line: 1, col: 2 }],
    ['CRLF line endings, counting columns without the CR', '{\r\n  "a": 1,\r\n  "b": x\r\n}', { line: 3, col: 8 }],
    ['CRLF line endings and a trailing comma', '{\r\n  "a": 1,\r\n}', { line: 3, col: 1 }],
    ['CRLF line endings and an unterminated string, at the CR', '{\r\n  "a": "abc\r\n}', { line: 2, col: 12 }],
    // The engine's message quotes the text: a quoted "position 99" must not be read as the place.
    ['text that quotes a position', '["position 99", x]', { line: 1, col: 17 }],
    ['text that quotes a line and column', '["line 9 column 9", x]', { line: 1, col: 21 }],
  ];
  it.each(cases)('locates %s', (_, text, position) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonSyntaxErrorPosition(text)).toEqual(position);
  });

  it('does not throw on text nested deeper than the call stack, nor on a long string spoilt at its end', () => {
    const deep = '['.repeat(200_000);
    expect(() => JSON.parse(deep)).toThrow();
    expect(() => jsonSyntaxErrorPosition(deep)).not.toThrow();
    const long = `{"a": "${'x'.repeat(10_000_000)}\\q"}`;
    expect(jsonSyntaxErrorPosition(long)).toEqual({ line: 1, col: 10_000_009 });
  });

  it('finds nothing in valid JSON', () => {
    expect(jsonSyntaxErrorPosition('{\r\n  "a": [1, "\\u00e9\\n"]\r\n}\n')).toBeUndefined();
  });

  it('reports an error wherever JSON.parse refuses the text, and none where it accepts it', () => {
    const pieces = ['{', '}', '[', ']', '"a"', '"', ':', ',', '1', '-', '.', 'e', '0', 'true', 'nul', ' ', '\n', '\\', '/', "'", '\u0000', '\uFEFF'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        const position = jsonSyntaxErrorPosition(text);
        expect(position === undefined).toBe(valid);
        if (position) expect(offsetOf(text, position)).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('jsonValueOffsets and locateJsonPath', () => {
  const text = ['{', '  "episodes": [', '    { "title": "Un", "tags": ["a", "b"] },', '    {', '      "title": "Deux"', '    }', '  ],', '  "count": 2', '}'].join('\n');
  const locate = jsonPathLocator(text);

  it('locates a member at its key and an element at its value', () => {
    expect(locate(['episodes'])).toEqual({ line: 2, col: 3 });
    expect(locate(['episodes', 0])).toEqual({ line: 3, col: 5 });
    expect(locate(['episodes', 0, 'title'])).toEqual({ line: 3, col: 7 });
    expect(locate(['episodes', 0, 'tags', 1])).toEqual({ line: 3, col: 36 });
    expect(locate(['episodes', 1, 'title'])).toEqual({ line: 5, col: 7 });
    expect(locate(['count'])).toEqual({ line: 8, col: 3 });
  });

  it('locates the whole text at its value, past leading blank lines', () => {
    expect(jsonPathLocator('\n\n  [1]')([])).toEqual({ line: 3, col: 3 });
  });

  it('falls back to the deepest part of the path that exists', () => {
    expect(locate(['episodes', 1, 'number'])).toEqual({ line: 4, col: 5 });
    expect(locate(['episodes', 7, 'title'])).toEqual({ line: 2, col: 3 });
    expect(locate(['count', 'of'])).toEqual({ line: 8, col: 3 });
    expect(locate(['episodes', 'title'])).toEqual({ line: 2, col: 3 });
    expect(locate(['nothing'])).toEqual({ line: 1, col: 1 });
  });

  it('does not mistake a key that looks like a path for the path', () => {
    const tricky = '{\n  "a": [{ "b": 1 }],\n  "a[0].b": 2,\n  "a.b": 3\n}';
    expect(jsonPathLocator(tricky)(['a', 0, 'b'])).toEqual({ line: 2, col: 11 });
    expect(jsonPathLocator(tricky)(['a[0].b'])).toEqual({ line: 3, col: 3 });
  });

  it('locates a duplicated key at its last occurrence, the one JSON.parse keeps, and looks inside that one only', () => {
    const duplicated = '{\n  "a": { "x": 1 },\n  "a": { "y": 2 }\n}';
    expect(JSON.parse(duplicated)).toEqual({ a: { y: 2 } });
    const locateDuplicated = jsonPathLocator(duplicated);
    expect(locateDuplicated(['a'])).toEqual({ line: 3, col: 3 });
    expect(locateDuplicated(['a', 'y'])).toEqual({ line: 3, col: 10 });
    expect(locateDuplicated(['a', 'x'])).toEqual({ line: 3, col: 3 });
  });

  it('does not throw on valid JSON nested deeper than the call stack', () => {
    const deep = `{\n  "a": ${'['.repeat(200_000)}${']'.repeat(200_000)}\n}`;
    expect(() => JSON.parse(deep)).not.toThrow();
    expect(() => jsonPathLocator(deep)(['a', 0, 0])).not.toThrow();
  });

  it('counts columns without the CR of CRLF line endings', () => {
    const crlf = '{\r\n  "a": {\r\n    "b": [10, 20]\r\n  }\r\n}\r\n';
    expect(jsonPathLocator(crlf)(['a', 'b', 1])).toEqual({ line: 3, col: 15 });
  });

  it("points every path of any JSON.stringify'd value at its key, or its value's text", () => {
    function* paths(value: unknown, path: JsonPath = []): Generator<[JsonPath, unknown]> {
      yield [path, value];
      if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* paths(item, [...path, index]);
      else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* paths(item, [...path, key]);
    }
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), fc.boolean(), (value, indent, crlf) => {
        const layout = JSON.stringify(value, null, indent);
        const written = crlf ? layout.replaceAll('\n', '\r\n') : layout;
        const locate = jsonPathLocator(written);
        for (const [path, item] of paths(value)) {
          const position = locate(path);
          expect(position, formatJsonPath(path)).toBeDefined();
          let at = offsetOf(written, position!);
          const key = path.at(-1);
          if (typeof key === 'string') {
            expect(written.startsWith(JSON.stringify(key), at), formatJsonPath(path)).toBe(true);
            at += JSON.stringify(key).length;
            at += /^\s*:\s*/.exec(written.slice(at))![0].length;
          }
          const itemText = JSON.stringify(item);
          if (indent === undefined) expect(written.startsWith(itemText, at), formatJsonPath(path)).toBe(true);
          else expect(written[at], formatJsonPath(path)).toBe(itemText[0]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatJsonPath', () => {
  it('writes a path as code would', () => {
    expect(formatJsonPath(['episodes', 0, 'title'])).toBe('episodes[0].title');
    expect(formatJsonPath([2, 'a'])).toBe('[2].a');
    expect(formatJsonPath([])).toBe('');
  });
});
