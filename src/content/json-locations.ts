import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** Where something sits in a text: 1-based line and column. */
export interface TextPosition {
  readonly line: number;
  readonly col: number;
}

export type JsonPath = readonly (string | number)[];

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
 * jsonc-parser's tree of `text` as strict JSON (no comments, no trailing commas), and its errors in
 * text order. Nested deeper than the call stack allows, there is no tree, and the errors found so far.
 */
function strictTree(text: string): { root?: Node; errors: ParseError[] } {
  const errors: ParseError[] = [];
  try {
    return { root: parseTree(text, errors, { disallowComments: true, allowTrailingComma: false }), errors };
  } catch {
    return { errors };
  }
}

/** A string token's valid start, up to the character or escape that spoils it (unescaped: from space up, but '"' and '\'). */
const VALID_STRING_START = /^"(?:[ !#-[\]-\uffff]+|\\["\\/bfnrt]|\\u[\da-fA-F]{4})*(?:\\(?:u[\da-fA-F]{0,3})?)?/;
const STRING_ERRORS = new Set(['UnexpectedEndOfString', 'InvalidEscapeCharacter', 'InvalidUnicode', 'InvalidCharacter']);

/**
 * Where `JSON.parse` failed, found by jsonc-parser rather than read from the engine's message, whose
 * wording differs between browsers and quotes the text. An error inside a string or a number is
 * narrowed from the token to its first bad character.
 */
export function jsonSyntaxErrorPosition(text: string): TextPosition | undefined {
  const [first] = strictTree(text).errors;
  if (!first) return undefined;
  const code = printParseErrorCode(first.error);
  const { offset, length } = first;
  if (STRING_ERRORS.has(code)) return positionAt(text, offset + VALID_STRING_START.exec(text.slice(offset, offset + length))![0].length);
  return positionAt(text, code === 'UnexpectedEndOfNumber' ? offset + length : offset);
}

/** `episodes[0].title` */
export function formatJsonPath(path: JsonPath): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`))
    .join('');
}

/**
 * Maps every path in a JSON text that `JSON.parse` accepted to the offset of its value, or of its key
 * in an object, so that a schema error on `episodes[0].number` can point at its line. Of keys written
 * twice, the last counts, as in `JSON.parse`.
 */
export function jsonValueOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>();
  const visit = (node: Node | undefined, path: JsonPath, offset: number): void => {
    if (!node) return;
    offsets.set(JSON.stringify(path), offset);
    if (node.type === 'array') node.children?.forEach((item, index) => visit(item, [...path, index], item.offset));
    if (node.type !== 'object') return;
    const members = new Map(node.children?.map((member) => [member.children?.[0]?.value as string, member]));
    for (const [key, member] of members) visit(member.children?.[1], [...path, key], member.offset);
  };
  const { root } = strictTree(text);
  try {
    visit(root, [], root?.offset ?? 0);
  } catch {
    // Nested deeper than the call stack allows: the paths mapped so far stand.
  }
  return offsets;
}

/** The position of the deepest part of `path` found in `text`'s offsets. */
export function locateJsonPath(text: string, offsets: Map<string, number>, path: JsonPath): TextPosition | undefined {
  for (let length = path.length; length >= 0; length--) {
    const offset = offsets.get(JSON.stringify(path.slice(0, length)));
    if (offset !== undefined) return positionAt(text, offset);
  }
  return undefined;
}
