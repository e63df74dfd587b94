// Checks an episode script before anything is generated. Cards and warnings are checked against
// the player's own schemas (src/content/cue-payloads.ts), so that what the script writes is what
// the player reads. Problems are reported, not fixed.
import { readFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import * as v from 'valibot';
import { CardPayloadSchema, WarningPayloadSchema } from '../../src/content/cue-payloads.ts';
import { narrationTexts } from './narration-check.ts';
import { unspeakableNumbers } from './spoken-french.ts';

const ID = /^[a-z0-9-]+$/;

function schemaErrors(schema, value, where) {
  const result = v.safeParse(schema, value);
  if (result.success) return [];
  return result.issues.map((issue) => `${where}${(issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${item.key}`)).join('')}: ${issue.message}`);
}

export function checkEpisode(episode, file, peopleFile, root) {
  const errors = [];
  const notes = [];
  const localized = (value, where) => {
    if (!value || typeof value.fr !== 'string' || typeof value.en !== 'string' || !value.fr.trim() || !value.en.trim()) errors.push(`${where}: needs {"fr", "en"}`);
  };
  let people = null;
  try {
    people = new Set(JSON.parse(readFileSync(peopleFile, 'utf8')).people.map((p) => p.id));
  } catch {
    notes.push(`could not read ${relative(root, peopleFile)}: person ids not checked`);
  }
  const checkPeople = (list, where) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return errors.push(`${where}: people must be a list`);
    for (const id of list) {
      if (typeof id !== 'string' || !ID.test(id)) errors.push(`${where}: bad person id ${JSON.stringify(id)}`);
      else if (people && !people.has(id)) notes.push(`${where}: person "${id}" is not in public/people.json`);
    }
  };
  const ids = { chapter: new Set(), card: new Set(), warning: new Set() };
  const unique = (kind, id, where) => {
    if (typeof id !== 'string' || !ID.test(id)) return errors.push(`${where}: bad ${kind} id ${JSON.stringify(id)}`);
    if (ids[kind].has(id)) errors.push(`${where}: duplicate ${kind} id "${id}"`);
    ids[kind].add(id);
  };
  const checkWarning = (warning, where) => {
    if (warning === undefined) return;
    unique('warning', warning.id, where);
    errors.push(...schemaErrors(WarningPayloadSchema, { type: 'warning', ...warning }, where));
    localized(warning.text, `${where}.text`);
  };
  const words = (text) => text.trim().split(/\s+/).length;

  if (typeof episode.id !== 'string' || !ID.test(episode.id)) errors.push('id must match [a-z0-9-]+');
  else if (basename(file, '.json') !== episode.id) notes.push(`id "${episode.id}" differs from the file name ${basename(file)}`);
  if (!Number.isInteger(episode.number)) errors.push('number must be an integer');
  if (!episode.title || !(episode.title.fr ?? episode.title.en)) errors.push('title: needs "fr" or "en" (leave out a language with no sourced title)');
  if (!Array.isArray(episode.chapters) || episode.chapters.length === 0) errors.push('needs chapters');
  for (const [ci, chapter] of (episode.chapters ?? []).entries()) {
    const cw = `chapters[${ci}] (${chapter.id})`;
    unique('chapter', chapter.id, cw);
    localized(chapter.title, `${cw}.title`);
    localized(chapter.intro, `${cw}.intro`);
    checkPeople(chapter.people, cw);
    checkWarning(chapter.warning, `${cw}.warning`);
    if (!Array.isArray(chapter.segments)) errors.push(`${cw}: needs segments`);
    for (const [si, segment] of (chapter.segments ?? []).entries()) {
      const card = segment.card;
      const sw = `${cw}.segments[${si}]`;
      if (!card) {
        errors.push(`${sw}: needs a card`);
        continue;
      }
      const where = `${sw} (card ${card.id})`;
      unique('card', card.id, where);
      errors.push(...schemaErrors(CardPayloadSchema, { type: 'card', ...card }, where));
      localized(card.title, `${where}.title`);
      localized(card.text, `${where}.text`);
      if (card.dateNote !== undefined) localized(card.dateNote, `${where}.dateNote`);
      checkPeople(card.people, `${where}.people`);
      checkPeople(segment.people, `${sw}.people`);
      checkWarning(segment.warning, `${sw}.warning`);
      if (card.text?.fr && card.text?.en) {
        const [fr, en] = [words(card.text.fr), words(card.text.en)];
        if (fr < 25 || fr > 60 || en < 25 || en > 60) notes.push(`${where}: text has ${fr} words (fr) / ${en} (en), outside 25–60`);
      }
    }
  }
  for (const { path, text } of narrationTexts(episode)) {
    for (const piece of unspeakableNumbers(text)) errors.push(`${path.join('.')}: the voice cannot read "${piece}": write it as the reader reads it ("le 4 juin 1944", "la 2e DB", "35 000")`);
  }
  for (const id of ids.card) if (ids.warning.has(id)) notes.push(`id "${id}" is used by both a card and a warning`);
  return { errors, notes };
}
