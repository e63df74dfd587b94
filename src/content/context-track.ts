import type { TimeSpan } from '../timeline/interval-index.ts';
import type { ContentProblem } from './content-problem.ts';
import {
  CardPayloadSchema,
  CONTEXT_CUE_TYPES,
  PersonPayloadSchema,
  WarningPayloadSchema,
  type CardPayload,
  type PersonPayload,
  type WarningPayload,
} from './cue-payloads.ts';
import { validateJson } from './validate-json.ts';
import type { ParsedCue } from './webvtt-file.ts';

/** Where a cue sits in time and in its file, added to each payload. */
interface Timed extends TimeSpan {
  /** The cue identifier, or the payload id, or `<type>-<line>`. */
  readonly key: string;
  readonly line: number;
}

export type ContextCard = CardPayload & Timed;
export type ContentWarning = WarningPayload & Timed;
export type Appearance = PersonPayload & Timed;

export interface ContextTrack {
  readonly cards: ContextCard[];
  readonly warnings: ContentWarning[];
  readonly appearances: Appearance[];
  readonly problems: ContentProblem[];
  /** Cues of a type this version does not know: skipped, so that the format can grow. */
  readonly ignored: ContentProblem[];
}

const SCHEMAS = { card: CardPayloadSchema, warning: WarningPayloadSchema, person: PersonPayloadSchema } as const;

function typeOf(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && 'type' in value ? value.type : undefined;
  } catch {
    return undefined;
  }
}

/** Reads the JSON payload of each metadata cue of a context track, locating every problem. */
export function contextFromCues(cues: readonly ParsedCue[], file: string): ContextTrack {
  const track: ContextTrack = { cards: [], warnings: [], appearances: [], problems: [], ignored: [] };
  for (const cue of cues) {
    // The payload starts on the line after the timing; an empty one is reported on the timing itself.
    const origin = { file, line: cue.text === '' ? cue.line : cue.line + 1, col: 1 };
    const type = typeOf(cue.text);
    if (typeof type === 'string' && !(CONTEXT_CUE_TYPES as readonly string[]).includes(type)) {
      track.ignored.push({ ...origin, message: `unknown cue type "${type}": cue ignored`, severity: 'warning' });
      continue;
    }
    const schema = SCHEMAS[type as keyof typeof SCHEMAS];
    if (!schema) {
      const { problems } = validateJson(cue.text, WarningPayloadSchema, origin);
      const syntax = problems.find((problem) => problem.message.startsWith('not valid JSON'));
      track.problems.push(syntax ?? { ...origin, message: `cue payload needs "type": one of ${CONTEXT_CUE_TYPES.join(', ')}`, severity: 'error' });
      continue;
    }
    const { value, problems } = validateJson(cue.text, schema, origin);
    if (!value) {
      track.problems.push(...problems);
      continue;
    }
    const timed = { start: cue.start, end: cue.end, line: cue.line, key: cue.id.trim() || ('id' in value && value.id) || `${value.type}-${cue.line}` };
    if (value.type === 'card') track.cards.push({ ...value, ...timed });
    else if (value.type === 'warning') track.warnings.push({ ...value, ...timed });
    else track.appearances.push({ ...value, ...timed });
  }
  return track;
}
