import * as v from 'valibot';
import type { Lang } from '../timeline/format-time.ts';

export type { Lang };

/** A text in both languages, or one plain string used for both. */
export type Localized = string | { readonly fr: string; readonly en: string };

export const LocalizedSchema = v.union(
  [
    v.pipe(v.string(), v.nonEmpty('must not be empty')),
    v.strictObject({
      fr: v.pipe(v.string(), v.nonEmpty('must not be empty')),
      en: v.pipe(v.string(), v.nonEmpty('must not be empty')),
    }),
  ],
  'must be a string or {"fr": "…", "en": "…"}',
);

export function localize(text: Localized, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'fr' || value === 'en';
}
