import { describe, expect, it } from 'vitest';
import videojsEnglish from 'video.js/dist/lang/en.json';
import videojsFrench from 'video.js/dist/lang/fr.json';
import { detectLanguage, isInOtherLanguage, languageEvidence } from '../browser/language-detector.ts';

type Lang = 'fr' | 'en';

/** Sample arguments for a message function, chosen by the parameter's name (neutral values: names, numbers). */
function sampleArgument(name: string): unknown {
  if (/^(numbers)$/.test(name)) return [1, 2];
  if (/^(titles)$/.test(name)) return ['Caen', 'Bayeux'];
  if (/^(count|shown|total|reached|current|n|episode|seconds|month|percent)$/.test(name)) return 3;
  if (name === 'view') return 'france';
  if (name === 'kind') return 'museum';
  if (name === 'filter') return 'all';
  if (name === 'theatre') return 'europe';
  if (name === 'clock') return '12:34';
  if (name === 'day' || name === 'date') return '1944-06-06';
  return 'Caen';
}

function parameterNames(fn: (...args: never[]) => unknown): string[] {
  const source = fn.toString();
  const list = /^\s*(?:function[^(]*)?\(([^)]*)\)/.exec(source)?.[1] ?? /^\s*(\w+)\s*=>/.exec(source)?.[1] ?? '';
  return list
    .split(',')
    .map((part) => part.trim().replace(/[=:].*$/, '').trim())
    .filter(Boolean);
}

/** Every string of a messages object, paired by path with the other language's. */
function strings(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') found.set(path, value);
  else if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    const names = parameterNames(fn as (...args: never[]) => unknown);
    try {
      for (const [key, text] of strings(fn(...names.map(sampleArgument)), `${path}()`)) found.set(key, text);
    } catch {
      // a message whose sample arguments do not fit: skipped
    }
  } else if (Array.isArray(value)) value.forEach((item, i) => strings(item, `${path}[${i}]`).forEach((text, key) => found.set(key, text)));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, `${path}.${key}`).forEach((text, k) => found.set(k, text));
  return found;
}

type MessagesModule = Record<string, unknown>;
const modules = import.meta.glob<MessagesModule>('../../src/i18n/*messages.ts', { eager: true });

/** Every interface string of src/i18n, per language, keyed "file:path". */
function interfaceStrings(lang: Lang): Map<string, string> {
  const all = new Map<string, string>();
  for (const [file, module] of Object.entries(modules)) {
    for (const [name, exported] of Object.entries(module)) {
      if (!/MessagesFor$/.test(name) || typeof exported !== 'function') continue;
      for (const [key, text] of strings((exported as (lang: Lang) => unknown)(lang))) all.set(`${file.replace(/^.*\//, '')}:${name}${key}`, text);
    }
  }
  return all;
}

/**
 * Messages whose French and English differ but one side of which says nothing either way: a word
 * both languages share, a name. The detector cannot tell them; the page test relies on the rest.
 */
const NEUTRAL: Record<string, 'fr' | 'en' | 'both'> = {
  'people-messages.ts:peopleMessagesFor.portrait()': 'both', // « Portrait de Caen (illustration) » / "Portrait of Caen (illustration)": a name and shared words
  'comfort-messages.ts:comfortMessagesFor.descriptions': 'en', // "Audio description": both words are French too
  'description-messages.ts:descriptionMessagesFor.toggle': 'en', // "Audio description"
  'transcript-messages.ts:transcriptMessagesFor.heading': 'fr', // « Transcription »
  'comfort-messages.ts:comfortMessagesFor.transcript': 'fr', // « Transcription » is English too
  'people-messages.ts:peopleMessagesFor.fateLegend': 'fr', // « Sort »
  'people-messages.ts:peopleMessagesFor.fate': 'fr', // « Sort »
  'people-messages.ts:peopleMessagesFor.branch': 'en', // "Service"
  'shortcut-messages.ts:shortcutMessagesFor.keysHeader': 'fr', // « Touches »
  'shortcut-messages.ts:shortcutMessagesFor.or': 'en', // "or" (« or », gold)
  'shortcut-messages.ts:shortcutMessagesFor.actions.toggle-transcript': 'fr', // « Transcription (afficher / masquer) »: one word each way
  'warning-messages.ts:warningMessagesFor.categories.combat': 'en', // "combat"
  'warning-messages.ts:warningMessagesFor.change': 'en', // "Change"
  'warning-messages.ts:warningMessagesFor.continue': 'en', // "Continue"
};

describe('the language detector', () => {
  const fr = interfaceStrings('fr');
  const en = interfaceStrings('en');

  it('finds the interface strings (sanity)', () => {
    expect(fr.size).toBeGreaterThan(200);
    expect([...fr.keys()].sort()).toEqual([...en.keys()].sort());
  });

  it('never takes one of our French interface strings for English, nor the reverse', () => {
    const wrong = [
      ...[...fr].filter(([, text]) => isInOtherLanguage(text, 'fr')).map(([key, text]) => `fr ${key}: ${text} ${JSON.stringify(languageEvidence(text))}`),
      ...[...en].filter(([, text]) => isInOtherLanguage(text, 'en')).map(([key, text]) => `en ${key}: ${text} ${JSON.stringify(languageEvidence(text))}`),
    ];
    expect(wrong).toEqual([]);
  });

  it('catches every French string planted on an English page, and the reverse', () => {
    const missed: string[] = [];
    for (const [key, french] of fr) {
      const english = en.get(key)!;
      const neutral = NEUTRAL[key];
      // Codes ("fr-FR") and punctuation (" :") are not words of either language.
      const notWords = (text: string) => !/\p{L}{2}/u.test(text) || /^[a-z]{2}(-[A-Z]{2})?$/.test(text);
      if (french === english || neutral === 'both' || (notWords(french) && notWords(english))) continue;
      if (neutral !== 'fr' && !isInOtherLanguage(french, 'en')) missed.push(`fr under en ${key}: ${french}`);
      if (neutral !== 'en' && !isInOtherLanguage(english, 'fr')) missed.push(`en under fr ${key}: ${english}`);
    }
    expect(missed).toEqual([]);
  });

  it("knows video.js's own strings: its French is French, and any English left untranslated is caught", () => {
    const french = videojsFrench as Record<string, string>;
    const english = { ...(videojsEnglish as Record<string, string>), ...Object.fromEntries(Object.keys(french).map((key) => [key, key])) };
    const wrong: string[] = [];
    const missed: string[] = [];
    for (const [key, text] of Object.entries(english)) {
      const translated = french[key];
      // The font names video.js keeps in English inside its French ("(Proportional Sans-Serif)") are names.
      if (translated && isInOtherLanguage(translated, 'fr')) wrong.push(`${key} → ${translated}`);
      // Words French shares with English ("Pause", "Descriptions", "Transparent", "Opaque", "Magenta", "Cyan") say nothing.
      const shared = ['Magenta', 'Cyan', 'Opaque', 'Transparent', 'Semi-Transparent', 'Descriptions', 'Pause', 'Script'];
      if (translated !== text && !shared.includes(key) && !isInOtherLanguage(text, 'fr'))
        missed.push(text);
    }
    expect(wrong).toEqual([]);
    expect(missed).toEqual([]);
  });

  it('says nothing about proper names, dates and numbers', () => {
    for (const text of [
      'Pointe du Hoc',
      'Sainte-Mère-Église',
      'Band of Brothers',
      'Charles de Gaulle',
      'La Fière',
      'The Wall Street Journal',
      'Mémorial de Caen',
      '1944-06-06',
      '6–19 1944',
      '12:34',
      '101st Airborne Division',
      'Archie Sweeney',
      'Français',
      'English',
    ]) {
      expect(detectLanguage(text), text).toBeUndefined();
    }
  });

  it('reads a month as a date, except as a first name', () => {
    expect(detectLanguage('6 juin 1944')).toBe('fr');
    expect(detectLanguage('6 June 1944')).toBe('en');
    expect(detectLanguage('June Wandrey')).toBeUndefined();
    expect(detectLanguage('Lyon. 3 September 1944.')).toBe('en');
    expect(detectLanguage('On 4 August 1944, American troops enter Rennes.')).toBe('en');
    expect(isInOtherLanguage('Portrait de June Wandrey (illustration)', 'fr')).toBe(false);
  });

  it('reads whole sentences of content either way', () => {
    expect(detectLanguage('Les parachutistes sautent dans la nuit du 5 au 6 juin au-dessus de Sainte-Mère-Église.')).toBe('fr');
    expect(detectLanguage('Paratroopers jump into the night of 5 June over Sainte-Mère-Église, near Pointe du Hoc.')).toBe('en');
    expect(detectLanguage('Gen. Maxwell Taylor’s men land far from their drop zones.')).toBe('en');
    expect(detectLanguage('l’avancée vers Cherbourg')).toBe('fr');
  });

  it('flags a planted string, and lets the right language pass', () => {
    expect(isInOtherLanguage('Chapitre suivant', 'en')).toBe(true);
    expect(isInOtherLanguage('Playback Rate', 'fr')).toBe(true);
    expect(isInOtherLanguage('Next chapter', 'en')).toBe(false);
    expect(isInOtherLanguage('Vitesse de lecture', 'fr')).toBe(false);
    // Half-translated: as much French as English is reported.
    expect(isInOtherLanguage('Episode 6: chargement…', 'en')).toBe(true);
  });
});
