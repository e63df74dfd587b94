import { expect, test, type Page } from '@playwright/test';
import { localize } from '../../src/content/localized.ts';
import { showSource } from '../../src/content/sources.ts';
import { formatHistoricDate } from '../../src/i18n/format-date.ts';
import { sourceMessagesFor } from '../../src/i18n/source-messages.ts';
import { demoContext, readProjectFile, rememberWarnings, waitForMedia } from './fixtures.ts';

// What a history teacher checks before showing the player to a class: who says each fact, each
// town's own date, the episode's titles as sourced, and the teacher's note.

async function seekTo(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
}

function contextRegion(page: Page, lang: 'fr' | 'en') {
  return page.getByRole('region', { name: lang === 'fr' ? 'Contexte' : 'Context' });
}

test.beforeEach(async ({ page }) => {
  // Warnings off: these tests seek anywhere and look at the cards, not at the warning gate.
  await rememberWarnings(page, { mode: 'off' });
});

test('a card names each source by publisher and kind, linking to it, in French then English', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const card = demoContext().cards.find((item) => item.sources.length >= 2 && item.sources.every((source) => typeof source !== 'string'))!;
  await seekTo(page, card.start + 0.5);
  for (const lang of ['fr', 'en'] as const) {
    // The other language in place (no reload).
    if (lang === 'en') await page.getByRole('link', { name: 'English' }).click();
    const article = contextRegion(page, lang).getByRole('article').filter({ has: page.getByRole('heading', { name: localize(card.title, lang) }) });
    const sources = article.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    await expect(sources).toHaveCount(card.sources.length);
    for (const [index, source] of card.sources.entries()) {
      const shown = showSource(source);
      await expect(sources.nth(index).getByRole('link')).toHaveAttribute('href', shown.url);
      await expect(sources.nth(index)).toContainText(shown.publisher);
      await expect(sources.nth(index)).toContainText(`(${sourceMessagesFor(lang).kind(shown.kind!)})`);
    }
    // a bare host name is never what a reader sees
    await expect(sources.first().getByRole('link')).not.toHaveText(new URL(showSource(card.sources[0]!).url).hostname);
  }
});

test('a card over several towns lists each town with its own date or why it has none', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const card = demoContext()
    .cards.filter((item) => item.places.length >= 4)
    .sort((a, b) => b.places.length - a.places.length)[0]!;
  await seekTo(page, card.start + 0.5);
  const article = contextRegion(page, 'fr').getByRole('article').filter({ has: page.getByRole('heading', { name: localize(card.title, 'fr') }) });
  const summary = article.getByText(`Lieu par lieu (${card.places.length})`);
  await summary.focus();
  await page.keyboard.press('Enter');
  const items = article.locator('details.places li');
  await expect(items).toHaveCount(card.places.length);
  for (const [index, place] of card.places.entries()) {
    const item = items.nth(index);
    await expect(item).toContainText(localize(place.name, 'fr'));
    if (place.date) await expect(item).toContainText(formatHistoricDate(place.date, 'fr'));
    if (place.dateNote) await expect(item).toContainText(localize(place.dateNote, 'fr').slice(0, 30));
    expect(place.date ?? place.dateNote, `${localize(place.name, 'fr')} has a date or a note`).toBeDefined();
  }
});

test('no card text shows a date spelled in words', async () => {
  const spelled = /\b(premier|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)(-\w+)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b|mille neuf cent/i;
  for (const file of ['chapters/episode-06.context.vtt', 'chapters/episode-07.context.vtt']) {
    for (const card of demoContext(file).cards) {
      expect(localize(card.text, 'fr'), `${file} ${card.key}`).not.toMatch(spelled);
    }
  }
});

test('episode titles: sourced ones shown, the number alone where none is sourced, no placeholder', async ({ page }) => {
  const manifest = JSON.parse(readProjectFile('public/manifest.json')) as { episodes: { number: number; title?: { fr?: string; en?: string } }[] };
  for (const lang of ['fr', 'en'] as const) {
    await page.goto(`/?lang=${lang}`);
    const list = page.getByRole('navigation', { name: lang === 'fr' ? 'Épisodes' : 'Episodes' }).getByRole('listitem');
    await expect(list).toHaveCount(manifest.episodes.length);
    for (const [index, episode] of manifest.episodes.entries()) {
      const title = episode.title?.[lang];
      await expect(list.nth(index)).toContainText(title ?? `${lang === 'fr' ? 'Épisode' : 'Episode'} ${episode.number}`);
    }
    await expect(page.locator('body')).not.toContainText(/non confirmé|not confirmed|titre traduit/i);
  }
});

test("the teacher's note opens from the keyboard, with its context, questions and numbered sources, in French then English", async ({ page }) => {
  await page.goto('/');
  for (const lang of ['fr', 'en'] as const) {
    if (lang === 'en') {
      await page.getByRole('link', { name: 'English' }).click();
      await page.locator('dv-teacher-note summary').click();
    }
    const note = JSON.parse(readProjectFile('public/notes/episode-06.json')) as {
      context: { fr: string; en: string; sources: string[] }[];
      discuss: { fr: string; en: string }[];
      bibliography: { url: string; publisher: string }[];
    };
    const summary = page.locator('dv-teacher-note summary');
    await expect(summary).toContainText(lang === 'fr' ? 'Note pour l’enseignant' : 'Teacher’s note');
    const body = page.locator('dv-teacher-note .body');
    await expect(body).toBeHidden();
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(body).toBeVisible();
    await expect(body).toContainText(note.context[0]![lang].slice(0, 60));
    await expect(body.locator('ol').first().getByRole('listitem')).toHaveCount(note.discuss.length);
    const references = body.locator('ol.bibliography > li');
    await expect(references).toHaveCount(note.bibliography.length);
    await expect(references.first().getByRole('link')).toHaveAttribute('href', note.bibliography[0]!.url);
    // the first paragraph's sources are given by their numbers in the bibliography
    const numbers = note.context[0]!.sources.map((url) => note.bibliography.findIndex((reference) => reference.url === url) + 1).sort((x, y) => x - y);
    await expect(body.locator('p .refs').first()).toHaveText(`[source${numbers.length > 1 ? 's' : ''} ${numbers.join(', ')}]`);
  }
});

test('a broken teacher note says where it is broken, and the player plays on', async ({ page }) => {
  await page.route('**/notes/episode-06.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{\n  "episode": "episode-06",\n  "context": [\n' }));
  await page.goto('/');
  await expect(page.locator('dv-teacher-note').getByRole('status')).toContainText(/notes\/episode-06\.json:\d+:\d+ not valid JSON/);
  await waitForMedia(page);
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
  await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime)).toBeGreaterThan(0.3);
});
