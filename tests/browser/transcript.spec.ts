import { expect, test, type Locator, type Page } from '@playwright/test';
import { parseTextTrack } from '../../src/content/text-track.ts';
import { demoChapters, mediaTime, readProjectFile, rememberWarnings, waitForMedia } from './fixtures.ts';

// The interactive transcript, placed outside dv-player with player="player": it follows the film in its own scroll box, seeks on a line,
// is one tab stop, finds words, and reloads in the other language.

const SUBTITLES = parseTextTrack(readProjectFile('subtitles/episode-06.fr.vtt'), 'fr').cues;
const ENGLISH = parseTextTrack(readProjectFile('subtitles/episode-06.en.vtt'), 'en').cues;
const CHAPTERS = demoChapters('chapters/episode-06.fr.vtt');
/** Served in place of the French descriptions (whether or not the real file exists yet); the English one is made missing. */
const DESCRIPTIONS = ['WEBVTT', '', '00:00:08.200 --> 00:00:09.400', 'Carte : la Normandie, Bayeux entourée.', '', '00:01:56.000 --> 00:01:58.000', 'Titre : La route de Paris.', ''].join('\n');

/** The row of subtitle `i`: the two descriptions above (at 0:08 and 1:56) come before some of them. */
const DESCRIPTION_STARTS = [8.2, 116];
const rowOf = (i: number) => i + DESCRIPTION_STARTS.filter((start) => start <= SUBTITLES[i]!.start).length;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
function occurrences(texts: readonly string[], word: string): number {
  return texts.reduce((sum, text) => sum + bare(text).split(bare(word)).length - 1, 0);
}

const panelBox = (panel: Locator) => panel.locator('[part="lines"]');
const rows = (panel: Locator) => panelBox(panel).locator('button.line');

/** Where a row is in its panel's scroll box: fully visible or not, and the box's scroll position. */
function placeInBox(panel: Locator, index: number) {
  return panel.evaluate((element, i) => {
    const box = element.shadowRoot!.querySelector<HTMLElement>('[part="lines"]')!;
    const row = box.querySelectorAll('button.line')[i]!;
    const [b, r] = [box.getBoundingClientRect(), row.getBoundingClientRect()];
    return { visible: r.top >= b.top - 1 && r.bottom <= b.bottom + 1, scrollTop: box.scrollTop, panelTop: Math.round(element.getBoundingClientRect().top) };
  }, index);
}

async function seekTo(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
}

test('the transcript follows the film, seeks, is one tab stop, finds words, and changes language', async ({ page }) => {
  await rememberWarnings(page, { mode: 'off' });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.route('**/subtitles/episode-06.descriptions.fr.vtt', (route) => route.fulfill({ status: 200, contentType: 'text/vtt', body: DESCRIPTIONS }));
  await page.route('**/subtitles/episode-06.descriptions.en.vtt', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/?episode=episode-06');
  await waitForMedia(page);
  // The panels' code arrives once the page is idle (or when their tab opens).
  await page.evaluate(() => customElements.whenDefined('dv-transcript'));
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('dv-transcript'), { id: 'transcript', player: 'player' })));
  const panel = page.locator('#transcript');

  // Lines in reading order under the chapters' headings; descriptions marked by a word, not only a colour.
  await expect(panel.getByRole('heading', { name: 'Transcription', level: 2 })).toBeVisible();
  await expect(rows(panel)).toHaveCount(SUBTITLES.length + 2);
  await expect(panel.getByRole('heading', { level: 3 })).toHaveCount(CHAPTERS.length);
  await expect(panel.getByRole('heading', { level: 3 }).nth(1)).toHaveText(/^1:15\s+La Bretagne et la Loire$/);
  const description = rows(panel).filter({ hasText: 'Bayeux entourée' });
  await expect(description).toHaveClass(/description/);
  await expect(description).toHaveText(/^\s*0:08\s*Description\s:\s+Carte : la Normandie/);
  await expect(rows(panel).first()).toHaveText(new RegExp(`^\\s*0:00\\s*${escape(SUBTITLES[0]!.text.slice(0, 20))}`));

  // One tab stop for the whole list; targets of 24 px at least; no sideways scrolling at 375 px.
  await expect(panelBox(panel).locator('[tabindex="0"]')).toHaveCount(1);
  const sizes = await panel.evaluate((element) => {
    const root = element.shadowRoot!;
    const heights = [...root.querySelectorAll('button, input')].slice(0, 12).map((control) => control.getBoundingClientRect().height);
    const box = root.querySelector<HTMLElement>('[part="lines"]')!;
    return { page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, box: [box.scrollWidth, box.clientWidth], lowest: Math.min(...heights) };
  });
  expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
  expect(sizes.box[0]).toBeLessThanOrEqual(sizes.box[1]!);
  expect(sizes.lowest).toBeGreaterThanOrEqual(24);

  // The current line follows the film and is kept in view by the panel's own scroll box, never the page's.
  // (The page may still move by itself: scroll anchoring keeps the panel where it is on screen.)
  await panel.scrollIntoViewIfNeeded();
  const panelTop = (await placeInBox(panel, 0)).panelTop;
  await page.evaluate(() => {
    const calls = ((window as unknown as { pageScrolls: string[] }).pageScrolls = [] as string[]);
    for (const name of ['scrollTo', 'scrollBy', 'scroll'] as const) {
      const original = window[name].bind(window) as (...args: unknown[]) => void;
      (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => (calls.push(name), original(...args));
    }
    const into = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element, ...args: Parameters<Element['scrollIntoView']>) {
      calls.push('scrollIntoView');
      into.apply(this, args);
    };
  });
  const pageScrolls = () => page.evaluate(() => (window as unknown as { pageScrolls: string[] }).pageScrolls);
  const far = SUBTITLES.length - 8;
  await seekTo(page, SUBTITLES[far]!.start + 0.2);
  await expect(rows(panel).nth(rowOf(far))).toHaveAttribute('aria-current', 'true');
  await expect(panelBox(panel).locator('[aria-current="true"]')).toHaveCount(1);
  await expect.poll(async () => (await placeInBox(panel, rowOf(far))).visible).toBe(true);
  expect(Math.abs((await placeInBox(panel, rowOf(far))).panelTop - panelTop)).toBeLessThanOrEqual(2);

  // A click on a line asks the player to go there (trigger "transcript").
  const target = rowOf(far) + 2; // in view: a viewer clicks what they see
  const targetRow = rows(panel).nth(target);
  const targetStart = Number(await targetRow.getAttribute('data-start'));
  await targetRow.click();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(targetStart, 1);
  await expect(targetRow).toHaveAttribute('aria-current', 'true');
  const log = await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.log.map((entry) => `${entry.kind}:${entry.trigger}`));
  expect(log).toContain('seek:transcript');

  // The viewer scrolls the list: it stops following, and "Revenir au passage en cours" resumes.
  const back = panel.getByRole('button', { name: 'Revenir au passage en cours' });
  await expect(back).toHaveCount(0);
  await panelBox(panel).hover();
  await page.mouse.wheel(0, 1500);
  await expect(back).toBeVisible();
  const scrolled = (await placeInBox(panel, target)).scrollTop;
  const early = rowOf(4);
  await seekTo(page, SUBTITLES[4]!.start + 0.1);
  await expect(rows(panel).nth(early)).toHaveAttribute('aria-current', 'true');
  expect((await placeInBox(panel, early)).scrollTop).toBe(scrolled);
  await back.click();
  await expect(back).toHaveCount(0);
  await expect.poll(async () => (await placeInBox(panel, early)).visible).toBe(true);

  // The keyboard: Tab reaches the current line, the arrows and End move, Enter seeks; the list holds still meanwhile.
  await panel.getByRole('searchbox').focus();
  for (let i = 0; i < 8 && !(await rows(panel).nth(early).evaluate((row) => row.matches(':focus'))); i += 1) await page.keyboard.press('Tab');
  await expect(rows(panel).nth(early)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(rows(panel).nth(early + 1)).toBeFocused();
  await expect(rows(panel).nth(early + 1)).toHaveAttribute('tabindex', '0');
  await expect(rows(panel).nth(early)).toHaveAttribute('tabindex', '-1');
  await expect(back).toBeVisible();
  await page.keyboard.press('End');
  const last = rows(panel).last();
  await expect(last).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(Number(await last.getAttribute('data-start')), 1);
  await page.keyboard.press('Home');
  await expect(rows(panel).first()).toBeFocused();
  expect(Math.abs((await placeInBox(panel, 0)).panelTop - panelTop)).toBeLessThanOrEqual(2);
  // The next tab stop is "back to the current line": from the keyboard, it takes the focus there.
  await page.keyboard.press('Tab');
  await expect(back).toBeFocused();
  await page.keyboard.press('Enter');
  const lastRow = (await rows(panel).count()) - 1;
  await expect(rows(panel).nth(lastRow)).toBeFocused();
  await expect.poll(async () => (await placeInBox(panel, lastRow)).visible).toBe(true);

  // Search, without regard to case or accents: count, highlights, next/previous, the current match in view.
  const texts = [...SUBTITLES.map((cue) => cue.text), 'Carte : la Normandie, Bayeux entourée.', 'Titre : La route de Paris.'];
  const word = 'liberee';
  const expected = occurrences(texts, word);
  expect(expected).toBeGreaterThan(1);
  const search = panel.getByRole('searchbox', { name: 'Rechercher dans la transcription' });
  await search.fill(word);
  const status = panel.getByRole('status');
  await expect(status).toHaveText(`${expected} résultats`);
  await expect(panelBox(panel).locator('mark')).toHaveCount(expected);
  for (const text of await panelBox(panel).locator('mark').allTextContents()) expect(bare(text)).toBe(word);
  await search.press('Enter');
  await expect(status).toHaveText(`Résultat 1 sur ${expected}`);
  const currentMark = panelBox(panel).locator('mark.current');
  await expect(currentMark).toHaveCount(1);
  await search.press('Shift+Enter');
  await expect(status).toHaveText(`Résultat ${expected} sur ${expected}`);
  const markRow = Number(await currentMark.evaluate((mark) => mark.closest('button')!.dataset['index']));
  await expect.poll(async () => (await placeInBox(panel, markRow)).visible).toBe(true);
  await panel.getByRole('button', { name: 'Résultat suivant' }).click();
  await expect(status).toHaveText(`Résultat 1 sur ${expected}`);
  await search.fill('zzzq');
  await expect(status).toHaveText('Aucun résultat');
  await search.fill('');
  expect(await pageScrolls()).toEqual([]);

  // The other language: the English subtitles; a missing descriptions file is only a located problem.
  await page.evaluate(() => (document.querySelector('dv-player')!.locale = 'en'));
  await expect(panel.getByRole('heading', { name: 'Transcript', level: 2 })).toBeVisible();
  await expect(rows(panel)).toHaveCount(ENGLISH.length);
  await expect(panel.getByText('Picture descriptions unavailable')).toBeVisible();
  await panel.getByText('Picture descriptions unavailable').click();
  await expect(panel.getByText(/episode-06\.descriptions\.en\.vtt could not be loaded \(HTTP 404/)).toBeVisible();
  await panel.getByRole('searchbox', { name: 'Search the transcript' }).fill('Bayeux');
  await expect(panel.getByRole('status')).toHaveText(`${occurrences(ENGLISH.map((cue) => cue.text), 'Bayeux')} matches`);

});
