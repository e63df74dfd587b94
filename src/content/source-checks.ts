import { dateBounds, type CardPayload } from './cue-payloads.ts';
import { localize } from './localized.ts';
import { onlyWeakSources, type Source } from './sources.ts';

/** A problem found in one card or profile, before the checker locates it in its file. */
export interface Finding {
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/**
 * What a teacher would object to in a list of sources: bare URLs that show a reader only a host
 * name, and a list made of weak sources only (shops, scraper copies, forums, blogs, video hosts).
 */
export function sourceFindings(sources: readonly Source[]): Finding[] {
  const findings: Finding[] = [];
  for (const [index, source] of sources.entries()) {
    if (typeof source === 'string') {
      findings.push({ message: `sources[${index}]: a bare URL; give {"url", "publisher", "kind"} so that readers see who says it`, severity: 'warning' });
    }
  }
  if (onlyWeakSources(sources)) {
    findings.push({
      message: 'sources: only weak sources (blog, forum, shop, copy, video); find a museum, archive, encyclopedia or newspaper page, or say in the text that only a weak source exists',
      severity: 'warning',
    });
  }
  return findings;
}

/**
 * Each place's own date must fall within the card's date; in a card with several places, each
 * place has its own date or a note saying why it has none (so that a map can light each town on
 * its day, and never on a day no source gives).
 */
export function placeFindings(card: Pick<CardPayload, 'date' | 'places'>): Finding[] {
  const findings: Finding[] = [];
  const card_ = dateBounds(card.date);
  for (const [index, place] of card.places.entries()) {
    const name = localize(place.name, 'fr');
    if (place.date !== undefined) {
      const own = dateBounds(place.date);
      if (own.from < card_.from || own.to > card_.to) {
        findings.push({ message: `places[${index}] (${name}): date ${place.date} is outside the card's date ${card.date}`, severity: 'error' });
      }
    }
    if (place.dateNote !== undefined && typeof place.dateNote === 'string') {
      findings.push({ message: `places[${index}] (${name}).dateNote: needs both "fr" and "en"`, severity: 'error' });
    }
    if (card.places.length > 1 && place.date === undefined && place.dateNote === undefined) {
      findings.push({ message: `places[${index}] (${name}): no date of its own, and no dateNote saying that none is sourced`, severity: 'warning' });
    }
  }
  return findings;
}
