import * as v from 'valibot';
import type { ContentProblem } from './content-problem.ts';
import { formatJsonPath, jsonSyntaxErrorPosition, jsonValueOffsets, locateJsonPath, type JsonPath } from './json-locations.ts';

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
          ...shift(origin, jsonSyntaxErrorPosition(text, error)),
          message: `not valid JSON: ${detail}`,
          severity: 'error',
        },
      ],
    };
  }
  const result = v.safeParse(schema, data);
  if (result.success) return { value: result.output, problems: [] };
  const offsets = jsonValueOffsets(text);
  const problems = result.issues.map((issue): ContentProblem => {
    const path = pathOf(issue);
    const where = path.length > 0 ? `${formatJsonPath(path)}: ` : '';
    return {
      file: origin.file,
      ...shift(origin, locateJsonPath(text, offsets, path)),
      message: `${where}${issue.message}`,
      severity: 'error',
    };
  });
  return { problems };
}
