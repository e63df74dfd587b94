import type { ContentProblem } from './content-problem.ts';

/** A start tag of a host page, read from its HTML source: its attributes, and where it is. */
export interface SourceTag {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly line: number;
  readonly col: number;
}

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

function decode(value: string): string {
  return value.replace(/&(amp|quot|apos|lt|gt);/g, (_, name: string) => ENTITIES[name]!);
}

/**
 * The start tags named `names` in an HTML page, in order, with their attributes (names lower-cased,
 * values decoded) and their line and column. Comments are skipped. A reader for the checker, not a
 * browser: it is enough for the attributes a site owner writes on `dv-player` and on links.
 */
export function readTags(html: string, names: readonly string[]): SourceTag[] {
  const lineStarts = [0];
  for (let index = html.indexOf('\n'); index !== -1; index = html.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const place = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, col: offset - lineStarts[low]! + 1 };
  };
  const wanted = new Set(names.map((name) => name.toLowerCase()));
  const tags: SourceTag[] = [];
  const tag = /<!--[\s\S]*?-->|<([a-zA-Z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
  for (const match of html.matchAll(tag)) {
    const name = match[1]?.toLowerCase();
    if (!name || !wanted.has(name)) continue;
    const attributes = new Map<string, string>();
    for (const attribute of (match[2] ?? '').matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
      attributes.set(attribute[1]!.toLowerCase(), decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
    }
    tags.push({ name, attributes, ...place(match.index) });
  }
  return tags;
}

/** Seconds of difference between a link's fallback `t=` and its card's start before it is said. */
const FALLBACK_TOLERANCE = 1;

/**
 * The moment links of a host page (`<a data-player data-card>`, for `dv-moment-links`), checked
 * against the page's players (`<dv-player id episode>`) and their episodes' cards: a player id the
 * page does not have, an episode the manifest does not list, a card the episode's context track does
 * not have, a link with neither a card nor a time, and (a warning) a fallback `href` whose `t=` is
 * not the card's start. `cardsOf` gives an episode's cards (id → start), or undefined when the
 * manifest has no such episode.
 */
export function checkMomentLinks(html: string, file: string, cardsOf: (episode: string) => ReadonlyMap<string, number> | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (tag: SourceTag, message: string, severity: 'error' | 'warning' = 'error'): ContentProblem => ({ file, line: tag.line, col: tag.col, message, severity });
  const tags = readTags(html, ['dv-player', 'a']);
  const players = new Map<string, string | undefined>();
  for (const tag of tags.filter((item) => item.name === 'dv-player')) {
    const id = tag.attributes.get('id');
    const episode = tag.attributes.get('episode');
    if (id) players.set(id, episode);
    if (episode !== undefined && !cardsOf(episode)) problems.push(at(tag, `dv-player: the manifest has no episode "${episode}"`));
  }
  for (const link of tags.filter((item) => item.name === 'a' && item.attributes.has('data-player'))) {
    const playerId = link.attributes.get('data-player')!;
    const card = link.attributes.get('data-card');
    const time = link.attributes.get('data-time');
    if (!players.has(playerId)) {
      problems.push(at(link, `data-player="${playerId}": no <dv-player id="${playerId}"> on this page`));
      continue;
    }
    if (card === undefined) {
      if (time === undefined || !Number.isFinite(Number(time)) || time.trim() === '') problems.push(at(link, 'a moment link needs data-card (a card id) or data-time (seconds)'));
      continue;
    }
    const episode = players.get(playerId);
    const cards = episode === undefined ? undefined : cardsOf(episode);
    if (!cards) continue;
    const start = cards.get(card);
    if (start === undefined) {
      problems.push(at(link, `data-card="${card}": ${episode}'s context track has no card with this id`));
      continue;
    }
    const fallback = fallbackTime(link.attributes.get('href'));
    if (fallback !== undefined && Math.abs(fallback - start) > FALLBACK_TOLERANCE) {
      problems.push(at(link, `href opens the full player at ${fallback} s, but the card "${card}" starts at ${start} s`, 'warning'));
    }
  }
  return problems;
}

/** The `t=` (plain seconds) of a link's address, if it has one. */
function fallbackTime(href: string | undefined): number | undefined {
  if (!href) return undefined;
  const value = new URL(href, 'https://page.invalid/').searchParams.get('t');
  const seconds = value === null ? Number.NaN : Number(value);
  return Number.isFinite(seconds) ? seconds : undefined;
}
