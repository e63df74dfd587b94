import * as v from 'valibot';
import { IdSchema } from './cue-payloads.ts';
import { SOURCE_KINDS, SourceUrlSchema } from './sources.ts';
import { jsonValueOffsets, locateJsonPath } from './json-locations.ts';
import { MAX_LOCATED_PROBLEMS, moreProblems, validateJson, type Validated } from './validate-json.ts';

const Text = v.pipe(v.string('must be a string'), v.nonEmpty('must not be empty'));
/** Both languages are required: a note is read in the reader's language, with no fallback. */
const Bilingual = v.strictObject({ fr: Text, en: Text }, 'must be {"fr": "…", "en": "…"}');

const ParagraphSchema = v.strictObject({
  fr: Text,
  en: Text,
  /** The bibliography URLs this paragraph rests on. */
  sources: v.pipe(v.array(SourceUrlSchema, 'must be a list of URLs'), v.minLength(1, 'must cite at least one source of the bibliography')),
});

const ReferenceSchema = v.strictObject({
  url: SourceUrlSchema,
  publisher: Text,
  kind: v.picklist(SOURCE_KINDS, `must be one of ${SOURCE_KINDS.join(', ')}`),
  title: v.optional(v.union([Text, Bilingual], 'must be a string or {"fr": "…", "en": "…"}')),
});

/**
 * A teacher's note for one episode, in the spirit of the INA's *Jalons*: a historian's context in
 * a few paragraphs (each citing its sources), what to discuss with a class, a word on the
 * sensitive footage, and the bibliography of every source used.
 */
export const TeacherNoteSchema = v.strictObject({
  episode: IdSchema,
  context: v.pipe(v.array(ParagraphSchema, 'must be a list of paragraphs'), v.minLength(1, 'must have at least one paragraph')),
  discuss: v.pipe(v.array(Bilingual, 'must be a list of questions'), v.minLength(1, 'must have at least one question')),
  sensitive: v.optional(Bilingual),
  bibliography: v.pipe(v.array(ReferenceSchema, 'must be a list of {"url", "publisher", "kind"}'), v.minLength(1, 'must list at least one source')),
});

export type TeacherNote = v.InferOutput<typeof TeacherNoteSchema>;

/** Validates a teacher's note; a paragraph citing a URL missing from the bibliography is an error. */
export function parseTeacherNote(text: string, file: string): Validated<TeacherNote> {
  const result = validateJson(text, TeacherNoteSchema, { file });
  const note = result.value;
  if (!note) return result;
  const listed = new Set(note.bibliography.map((reference) => reference.url));
  const problems = [...result.problems];
  const offsets = jsonValueOffsets(text);
  let unlisted = 0;
  for (const [index, paragraph] of note.context.entries()) {
    for (const [i, url] of paragraph.sources.entries()) {
      if (listed.has(url)) continue;
      if (problems.length >= MAX_LOCATED_PROBLEMS) {
        unlisted++;
        continue;
      }
      const position = locateJsonPath(text, offsets, ['context', index, 'sources', i]);
      problems.push({ file, ...position, message: `context[${index}].sources[${i}]: ${url} is not in the bibliography`, severity: 'error' });
    }
  }
  if (unlisted > 0) problems.push(moreProblems(file, unlisted));
  return { value: note, problems };
}
