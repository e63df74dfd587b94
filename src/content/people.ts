import * as v from 'valibot';
import { IdSchema } from './cue-payloads.ts';
import { jsonValueOffsets, locateJsonPath } from './json-locations.ts';
import { LocalizedSchema } from './localized.ts';
import { SourceListSchema } from './sources.ts';
import { MAX_LOCATED_PROBLEMS, moreProblems, validateJson, type Validated } from './validate-json.ts';

export const PERSON_THEATRES = ['europe', 'mediterranean', 'pacific', 'air-europe'] as const;

const IsoDateSchema = v.pipe(v.string(), v.isoDate('must be an ISO date such as "1944-11-26"'));

const FateSchema = v.strictObject({
  status: v.picklist(['killed', 'survived'], 'must be "killed" or "survived"'),
  date: v.optional(IsoDateSchema),
  place: v.optional(LocalizedSchema),
  note: v.optional(LocalizedSchema),
});

export const PersonSchema = v.strictObject({
  id: IdSchema,
  name: v.pipe(v.string(), v.nonEmpty('must not be empty')),
  fullName: v.optional(v.string()),
  birthName: v.optional(v.string()),
  role: LocalizedSchema,
  branch: LocalizedSchema,
  unit: v.optional(v.string()),
  theatres: v.pipe(v.array(v.picklist(PERSON_THEATRES, `must be one of ${PERSON_THEATRES.join(', ')}`)), v.minLength(1, 'must name at least one theatre')),
  fate: v.pipe(
    FateSchema,
    v.check((fate) => fate.status !== 'killed' || fate.date !== undefined, 'a person killed in action needs the "date"'),
  ),
  bio: LocalizedSchema,
  sources: SourceListSchema,
  unverified: v.optional(v.array(LocalizedSchema, 'must be a list of texts')),
});

export const PeopleSchema = v.strictObject({
  people: v.array(PersonSchema, 'must be a list of people'),
});

export type Person = v.InferOutput<typeof PersonSchema>;

/** Validates `people.json`; ids must be unique. */
export function parsePeople(text: string, file: string): Validated<Person[]> {
  const { value, problems } = validateJson(text, PeopleSchema, { file });
  if (!value) return { problems };
  const seen = new Set<string>();
  let offsets: Map<string, number> | undefined;
  let unlisted = 0;
  for (const [index, person] of value.people.entries()) {
    if (seen.has(person.id) && problems.length >= MAX_LOCATED_PROBLEMS) unlisted++;
    else if (seen.has(person.id)) {
      // Mapped once, and only when needed: mapping per duplicate made many duplicates quadratic.
      offsets ??= jsonValueOffsets(text);
      const position = locateJsonPath(text, offsets, ['people', index, 'id']);
      problems.push({ file, ...position, message: `people[${index}].id: duplicate person id "${person.id}"`, severity: 'error' });
    }
    seen.add(person.id);
  }
  if (unlisted > 0) problems.push(moreProblems(file, unlisted));
  return { value: value.people, problems };
}
