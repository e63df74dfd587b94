/** Where something sits in a text: 1-based line and column. */
export interface TextPosition {
  readonly line: number;
  readonly col: number;
}

/** The line and column of a character offset in `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * Where `JSON.parse` failed. V8's messages only sometimes carry a position ("at position 42",
 * "(line 3 column 5)"), so when they do not, a strict scan of the text finds the first bad character.
 */
export function jsonSyntaxErrorPosition(text: string, error: unknown): TextPosition {
  const message = error instanceof Error ? error.message : String(error);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), col: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) return positionAt(text, Number(position[1]));
  return positionAt(text, firstJsonSyntaxErrorOffset(text));
}

/** The offset of the first character that makes `text` invalid JSON (text.length if it ends too soon). */
export function firstJsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const expect = (char: string) => (text[i] === char ? i++ : fail());
  const string = () => {
    expect('"');
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    expect('"');
  };
  const value = (): void => {
    space();
    const char = text[i];
    if (char === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        string();
        space();
        expect(':');
        value();
        space();
        if (text[i] === ',') i++;
        else return void expect('}');
      }
    } else if (char === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        space();
        if (text[i] === ',') i++;
        else return void expect(']');
      }
    } else if (char === '"') {
      string();
    } else {
      const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i));
      if (!literal) fail();
      i += literal![0].length;
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (offset) {
    return typeof offset === 'number' ? offset : 0;
  }
}

export type JsonPath = readonly (string | number)[];

/** `episodes[0].title` */
export function formatJsonPath(path: JsonPath): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Maps every value's path in a valid JSON text to the offset where it (or its key) starts, so that a
 * schema error on `episodes[0].number` can point at its line. Expects text that `JSON.parse` accepted.
 */
export function jsonValueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const readValue = (path: JsonPath, keyOffset: number): void => {
    skipSpace();
    offsets.set(formatJsonPath(path), keyOffset >= 0 ? keyOffset : i);
    const char = text[i];
    if (char === '{') {
      i++;
      skipSpace();
      while (text[i] !== '}' && i < text.length) {
        skipSpace();
        const keyStart = i;
        const key = readString();
        skipSpace();
        i++; // ':'
        readValue([...path, key], keyStart);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (char === '[') {
      i++;
      skipSpace();
      let index = 0;
      while (text[i] !== ']' && i < text.length) {
        readValue([...path, index++], -1);
        skipSpace();
        if (text[i] === ',') i++;
        skipSpace();
      }
      i++;
    } else if (char === '"') {
      readString();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    }
  };
  readValue([], 0);
  return offsets;
}

/** The position of the deepest known part of `path` in `text`. */
export function locateJsonPath(text: string, offsets: Map<string, number>, path: JsonPath): TextPosition | undefined {
  for (let length = path.length; length >= 0; length--) {
    const offset = offsets.get(formatJsonPath(path.slice(0, length)));
    if (offset !== undefined) return positionAt(text, offset);
  }
  return undefined;
}
