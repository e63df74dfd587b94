import * as v from 'valibot';
import { LocalizedSchema } from './localized.ts';
import { SourceListSchema } from './sources.ts';

/** The payload types a context track may carry; others are ignored with a console warning. */
export const CONTEXT_CUE_TYPES = ['card', 'warning', 'person'] as const;

export const WARNING_CATEGORIES = ['combat', 'death', 'corpses', 'executions', 'massacre', 'injury', 'suicide', 'distress'] as const;
export type WarningCategory = (typeof WARNING_CATEGORIES)[number];

export const THEATRES = ['france', 'europe', 'pacific'] as const;

export const IdSchema = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9-]+$/, 'must match [a-z0-9-]+'));

const IsoDate = /^\d{4}-\d{2}-\d{2}$/;
export const DateSchema = v.pipe(
  v.string('must be an ISO date string'),
  v.check((value) => {
    const parts = value.split('/');
    return parts.length <= 2 && parts.every((part) => IsoDate.test(part) && !Number.isNaN(Date.parse(part)));
  }, 'must be an ISO date "1944-06-07" or a range "1944-07-09/1944-07-19"'),
);

/** The first and last day of a date or range checked by DateSchema, as "YYYY-MM-DD" strings. */
export function dateBounds(value: string): { readonly from: string; readonly to: string } {
  const [from = value, to = from] = value.split('/');
  return { from, to };
}

const PlaceSchema = v.strictObject({
  name: LocalizedSchema,
  /** This place's own date (its liberation, a landing…), within the card's date. */
  date: v.optional(DateSchema),
  /** Why the place has no date of its own, or where sources disagree on it. */
  dateNote: v.optional(LocalizedSchema),
  /** The coordinates are approximate or not checked against a gazetteer (the map says so). */
  unverified: v.optional(v.boolean('must be true or false')),
  lat: v.pipe(v.number('must be a number'), v.minValue(-90, 'must be a latitude from -90 to 90'), v.maxValue(90, 'must be a latitude from -90 to 90')),
  lon: v.pipe(v.number('must be a number'), v.minValue(-180, 'must be a longitude from -180 to 180'), v.maxValue(180, 'must be a longitude from -180 to 180')),
});

export const CardPayloadSchema = v.strictObject({
  type: v.literal('card'),
  id: v.optional(IdSchema),
  title: LocalizedSchema,
  date: DateSchema,
  dateNote: v.optional(LocalizedSchema),
  places: v.pipe(v.array(PlaceSchema, 'must be a list of {"name", "lat", "lon"}'), v.minLength(1, 'must name at least one place')),
  theatre: v.optional(v.picklist(THEATRES, `must be one of ${THEATRES.join(', ')}`)),
  text: LocalizedSchema,
  sources: SourceListSchema,
  people: v.optional(v.array(IdSchema, 'must be a list of person ids')),
  unverified: v.optional(v.boolean('must be true or false')),
});

export const WarningPayloadSchema = v.strictObject({
  type: v.literal('warning'),
  id: v.optional(IdSchema),
  categories: v.pipe(
    v.array(v.picklist(WARNING_CATEGORIES, `must be one of ${WARNING_CATEGORIES.join(', ')}`), 'must be a list of categories'),
    v.minLength(1, 'must name at least one category'),
  ),
  text: LocalizedSchema,
});

export const PersonPayloadSchema = v.strictObject({
  type: v.literal('person'),
  id: IdSchema,
  note: v.optional(LocalizedSchema),
});

export type CardPayload = v.InferOutput<typeof CardPayloadSchema>;
export type WarningPayload = v.InferOutput<typeof WarningPayloadSchema>;
export type PersonPayload = v.InferOutput<typeof PersonPayloadSchema>;
