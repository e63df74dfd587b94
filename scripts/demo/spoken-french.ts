// The narration is generated from the same French text that the reader sees on screen. The reader
// reads digits ("le 4 juin 1944", "la 2e DB", "35 000 hommes"); the voice (espeak-ng) is given
// words ("le quatre juin mille neuf cent quarante-quatre"). Numbers become words with n2words.
import { toCardinal, toOrdinal } from 'n2words/fr-FR';

const SPACE = '[ \\u00a0\\u202f]';
const BEFORE = '(?<![\\p{L}\\p{N}])(?<!\\d[.,])';
const AFTER = '(?![\\p{L}\\p{N}])(?![.,]\\d)';
const NUMBER = `\\d{1,3}(?:${SPACE}\\d{3})+|\\d+`;

/** Every form the voice can be given, in the order they are tried at one position. */
const FORMS = new RegExp(
  [
    `${BEFORE}(?<hour>\\d{1,2}) h(?: (?<minute>\\d{2}))?${AFTER}`,
    `${BEFORE}(?<ordinal>\\d+)(?<suffix>er|re|ère|ème|e|ᵉ|ᵉʳ|ʳᵉ)${AFTER}`,
    `${BEFORE}(?<letters>\\p{Lu}{1,3})-(?<designation>\\d+)${AFTER}`,
    `${BEFORE}(?<whole>\\d+),(?<fraction>\\d+)${AFTER}`,
    `${BEFORE}(?<number>${NUMBER})(?<percent>${SPACE}?%)?${AFTER}`,
  ].join('|'),
  'gu',
);

function valueOf(digits: string): number {
  return Number(digits.replace(/\D/g, ''));
}

function cardinal(digits: string): string {
  return toCardinal(valueOf(digits));
}

function ordinal(digits: string, suffix: string): string {
  const n = valueOf(digits);
  if (n === 1) return /^(re|ʳᵉ)$/.test(suffix) ? 'première' : 'premier';
  return toOrdinal(n);
}

function spell(groups: Record<string, string | undefined>): string {
  if (groups.hour !== undefined) {
    const hours = valueOf(groups.hour);
    const hour = `${hours === 1 ? 'une' : cardinal(groups.hour)} ${hours > 1 ? 'heures' : 'heure'}`;
    return groups.minute !== undefined && valueOf(groups.minute) > 0 ? `${hour} ${cardinal(groups.minute)}` : hour;
  }
  if (groups.ordinal !== undefined) return ordinal(groups.ordinal, groups.suffix ?? 'e');
  if (groups.designation !== undefined) return `${groups.letters} ${cardinal(groups.designation)}`;
  if (groups.whole !== undefined) return `${cardinal(groups.whole)} virgule ${cardinal(groups.fraction ?? '0')}`;
  return `${cardinal(groups.number ?? '0')}${groups.percent ? ' pour cent' : ''}`;
}

/** The text with every number the voice can read spelled out in French words. */
export function spokenFrench(text: string): string {
  return text.replace(FORMS, (...args: unknown[]) => spell(args[args.length - 1] as Record<string, string | undefined>));
}

/**
 * The pieces of `text` holding digits in a form the voice would misread ("3.5", "42nd", "10km",
 * "V2"): the content checker reports each, since the narration is generated from this text.
 */
export function unspeakableNumbers(text: string): string[] {
  const rest = text.replace(FORMS, ' ');
  return [...rest.matchAll(/[\p{L}\p{N}.,%]*\d[\p{L}\p{N}.,%]*/gu)].map((match) => match[0].replace(/[.,]+$/, ''));
}
