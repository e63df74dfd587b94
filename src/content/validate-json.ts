import * as v from 'valibot';
import type { ContentProblem } from './content-problem.ts';
import { formatJsonPath, jsonSyntaxErrorPosition, jsonValueOffsets, locateJsonPath, positionAt, type JsonPath } from './json-locations.ts';

export interface Validated<T> {
  readonly value?: T;
  readonly problems: ContentProblem[];
}

/** Where in the file the JSON text starts, when it is embedded (a cue payload inside a .vtt). */
export interface TextOrigin {
  readonly file: string;
  readonly line?: number;
  readonly col?: number;
}

function shift(origin: TextOrigin, position: { line: number; col: number } | undefined) {
  if (!position) return { line: origin.line, col: origin.col };
  if (origin.line === undefined) return position;
  return {
    line: origin.line + position.line - 1,
    col: position.line === 1 ? (origin.col ?? 1) + position.col - 1 : position.col,
  };
}

/**
 * At most this many problems are located per file: locating one costs a walk of the text, and no
 * one reads 100,000 messages. The rest are counted in one last problem (see `moreProblems`).
 */
export const MAX_LOCATED_PROBLEMS = 100;

/** The problem that stands for `count` problems left unlisted. */
export function moreProblems(file: string, count: number): ContentProblem {
  return { file, message: `${count} more problems like these, not listed`, severity: 'error' };
}

/** Deeper than any content file needs: deeper JSON is refused before anything walks it recursively. */
export const MAX_JSON_DEPTH = 64;

/** The offset of the bracket that nests deeper than MAX_JSON_DEPTH in valid JSON text, if any. */
function tooDeepOffset(text: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === '[' || char === '{') {
      if (++depth > MAX_JSON_DEPTH) return i;
    } else if (char === ']' || char === '}') depth--;
  }
  return undefined;
}

function pathOf(issue: v.BaseIssue<unknown>): JsonPath {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/**
 * Parses JSON text and checks it against a schema. Every problem names the field's path and
 * points at its line; nothing throws.
 */
export function validateJson<TSchema extends v.GenericSchema>(
  text: string,
  schema: TSchema,
  origin: TextOrigin,
): Validated<v.InferOutput<TSchema>> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          file: origin.file,
          ...shift(origin, jsonSyntaxErrorPosition(text)),
          message: `not valid JSON: ${detail}`,
          severity: 'error',
        },
      ],
    };
  }
  const deep = tooDeepOffset(text);
  if (deep !== undefined) {
    const message = `nested more than ${MAX_JSON_DEPTH} levels deep: not read`;
    return { problems: [{ file: origin.file, ...shift(origin, positionAt(text, deep)), message, severity: 'error' }] };
  }
  const result = v.safeParse(schema, data);
  if (result.success) return { value: result.output, problems: [] };
  const offsets = jsonValueOffsets(text);
  const problems = result.issues.slice(0, MAX_LOCATED_PROBLEMS).map((issue): ContentProblem => {
    const path = pathOf(issue);
    const where = path.length > 0 ? `${formatJsonPath(path)}: ` : '';
    return {
      file: origin.file,
      ...shift(origin, locateJsonPath(text, offsets, path)),
      message: `${where}${issue.message}`,
      severity: 'error',
    };
  });
  if (result.issues.length > MAX_LOCATED_PROBLEMS) problems.push(moreProblems(origin.file, result.issues.length - MAX_LOCATED_PROBLEMS));
  return { problems };
}
