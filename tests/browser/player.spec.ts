import { expect, test } from '@playwright/test';
import { showSource } from '../../src/content/sources.ts';
import { formatClock } from '../../src/timeline/format-time.ts';
import {
  bigPlayButton,
  chapterButtons,
  chapterList,
  collectPageErrors,
  demoChapters,
  demoContext,
  isPaused,
  mediaTime,
  rememberWarnings,
  waitForMedia,
} from './fixtures.ts';

const chapters = demoChapters();

test.describe('the demo episode', () => {
  test('plays in a real video.js player', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Point de non-retour');
    const player = page.locator('.video-js');
    await expect(player).toHaveAttribute('aria-label', /Point de non-retour/);
    await bigPlayButton(page).click();
    await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(1);
    expect(await isPaused(page)).toBe(false);
    expect(errors).toEqual([]);
  });

  test('lists every chapter as a button named with its title and start time', async ({ page }) => {
    await page.goto('/');
    await expect(chapterList(page)).toBeVisible();
    const buttons = chapterButtons(page);
    await expect(buttons).toHaveCount(chapters.length);
    expect(chapters.length).toBeGreaterThanOrEqual(4);
    await waitForMedia(page);
    for (const [index, chapter] of chapters.entries()) {
      const name = await buttons.nth(index).textContent();
      expect(name).toContain(chapter.title);
      expect(name).toContain(formatClock(chapter.start));
    }
  });

  test('a chapter click seeks to its start, plays, and marks it current', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    const target = chapters[3]!;
    await chapterButtons(page).nth(3).click();
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(target.start);
    expect(await mediaTime(page)).toBeLessThan(target.start + 3);
    await expect(chapterButtons(page).nth(3)).toHaveAttribute('aria-current', 'true');
    await expect(chapterList(page).locator('[aria-current]')).toHaveCount(1);
    await expect.poll(() => isPaused(page)).toBe(false);
  });

  test('aria-current follows playback across a chapter boundary on the cue change, before any timeupdate', async ({ page }) => {
    // The boundary ends a sensitive stretch: warnings off, this test is about chapter sync.
    await rememberWarnings(page, { mode: 'off' });
    await page.goto('/');
    await waitForMedia(page);
    const boundary = chapters[1]!.start;
    // Record, in order, the list marking the next chapter and the first timeupdate past the boundary.
    // Ordering, not milliseconds: a busy machine delays both (lags are measured by `npm run bench`).
    await page.evaluate((boundary) => {
      const root = document.querySelector('dv-chapter-list')!.shadowRoot!;
      const video = document.querySelector('video')!;
      const record = window as unknown as { events: string[]; markedAt?: number };
      record.events = [];
      video.addEventListener('timeupdate', () => {
        if (video.currentTime >= boundary && !record.events.includes('timeupdate')) record.events.push('timeupdate');
      });
      new MutationObserver(() => {
        const current = root.querySelector('[aria-current]');
        if (current && current === root.querySelectorAll('button')[1] && record.markedAt === undefined) {
          record.markedAt = video.currentTime;
          record.events.push('marked');
        }
      }).observe(root, { subtree: true, attributes: true, attributeFilter: ['aria-current'] });
    }, boundary);
    await chapterButtons(page).first().click();
    await page.evaluate((time) => document.querySelector('dv-player')!.playerRemote!.seek(time, 'api'), boundary - 0.8);
    await expect(chapterButtons(page).nth(1)).toHaveAttribute('aria-current', 'true', { timeout: 10_000 });
    const { markedAt, events } = await page.evaluate(() => {
      const record = window as unknown as { events: string[]; markedAt?: number };
      return { markedAt: record.markedAt, events: record.events };
    });
    expect(markedAt).toBeGreaterThanOrEqual(boundary);
    // Driven by the hidden track's cuechange, not by timeupdate polling.
    expect(events[0]).toBe('marked');
  });

  test('a host page can veto a seek request, and every request reaches the remote with its trigger', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    await page.evaluate(() => {
      document.addEventListener('dv-seek-request', (event) => {
        if (event.detail.trigger === 'chapter-list') event.preventDefault();
      }, { capture: true });
    });
    await chapterButtons(page).nth(2).click();
    await expect.poll(() => isPaused(page)).toBe(false);
    expect(await mediaTime(page)).toBeLessThan(chapters[2]!.start);
    await page.getByRole('button', { name: 'Chapitre suivant' }).click();
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(chapters[1]!.start);
    const log = await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.log.map((request) => `${request.kind}:${request.trigger}`));
    expect(log).toEqual(['play:chapter-list', 'seek:chapter-nav']);
  });

  test('previous and next chapter buttons move between chapter starts', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    const next = page.getByRole('button', { name: 'Chapitre suivant' });
    const previous = page.getByRole('button', { name: 'Chapitre précédent' });
    await expect(previous).toBeDisabled();
    await next.click();
    await expect.poll(() => mediaTime(page)).toBeCloseTo(chapters[1]!.start, 1);
    await next.click();
    await expect.poll(() => mediaTime(page)).toBeCloseTo(chapters[2]!.start, 1);
    await expect(chapterButtons(page).nth(2)).toHaveAttribute('aria-current', 'true');
    await previous.click();
    await expect.poll(() => mediaTime(page)).toBeCloseTo(chapters[1]!.start, 1);
    await expect(page.getByText(`Chapitre en cours\u00a0: ${chapters[1]!.title}`)).toBeVisible();
  });

  test('the progress bar shows chapter segments and the chapter title in its tooltip', async ({ page }) => {
    // A returning viewer: the advisory is one line, so the control bar fits a 720 px screen.
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    await page.goto('/');
    await waitForMedia(page);
    const marks = page.locator('.vjs-progress-holder .dv-chapter-mark');
    await expect(marks).toHaveCount(chapters.length);
    // The context track is in (stretches drawn): the advisory above the video has its final height.
    await expect(page.locator('.vjs-progress-holder .dv-stretch-mark')).toHaveCount(demoContext().warnings.length);
    const holder = page.locator('.vjs-progress-holder');
    await bigPlayButton(page).click();
    // The advisory above the video can push the control bar below a 720 px screen: bring it into view.
    await page.locator('.video-js').hover();
    await holder.scrollIntoViewIfNeeded();
    await expect(holder).toBeVisible();
    const box = (await holder.boundingBox())!;
    const duration = await page.evaluate(() => document.querySelector('video')!.duration);
    const target = chapters[2]!;
    const x = box.x + (box.width * (target.start + 2)) / duration;
    const tooltip = page.locator('.vjs-mouse-display .vjs-time-tooltip');
    // video.js writes the tooltip on mousemove, in an animation frame: hover again until it has.
    const hoverUntil = async (atX: number, text: string) =>
      expect(async () => {
        await page.mouse.move(atX - 3, box.y + box.height / 2);
        await page.mouse.move(atX, box.y + box.height / 2, { steps: 3 });
        await expect(tooltip).toContainText(text, { timeout: 1000 });
      }).toPass({ timeout: 15_000 });
    await hoverUntil(x, target.title);
    // A sensitive stretch: hatched on the bar, its kinds in the tooltip.
    const stretch = demoContext().warnings[0]!;
    await hoverUntil(box.x + (box.width * (stretch.start + 3)) / duration, '⚠ combats');
  });

  test('opens the episode named by ?episode= and lists unavailable episodes without links', async ({ page }) => {
    await page.goto('/?episode=episode-07');
    // No source gives episode 7 a French title: the number stands alone.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Épisode 7');
    const episodes = page.getByRole('navigation', { name: 'Épisodes', exact: true });
    await expect(episodes.getByRole('listitem')).toHaveCount(10);
    await expect(episodes.getByRole('link')).toHaveCount(2);
    await expect(episodes.getByRole('link', { name: /^7 Épisode 7$/ })).toHaveAttribute('aria-current', 'page');
  });

  test('shows the context cards of the moment, with their date note and sources', async ({ page }) => {
    await page.goto('/');
    await waitForMedia(page);
    const cards = page.getByRole('region', { name: 'Contexte' });
    const withNote = demoContext().cards.find((card) => card.dateNote && typeof card.title !== 'string')!;
    await page.evaluate((time) => document.querySelector('dv-player')!.playerRemote!.seek(time, 'api'), withNote.start + 0.5);
    const title = typeof withNote.title === 'string' ? withNote.title : withNote.title.fr;
    const card = cards.getByRole('article').filter({ has: page.getByRole('heading', { name: title }) });
    await expect(card).toBeVisible();
    const source = showSource(withNote.sources[0]!);
    const link = card.getByRole('list', { name: 'Sources' }).getByRole('link').first();
    await expect(link).toHaveAttribute('href', source.url);
    await expect(link).toContainText(source.publisher);
    await card.getByText('À propos de la date').click();
    const note = typeof withNote.dateNote === 'string' ? withNote.dateNote : withNote.dateNote!.fr;
    await expect(card).toContainText(note.slice(0, 40));
    await page.evaluate((time) => document.querySelector('dv-player')!.playerRemote!.seek(time, 'api'), withNote.end + 0.1);
    await expect(card).toHaveCount(0);
  });

  test('fits a 375 px wide phone without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/');
    await waitForMedia(page);
    await expect(chapterButtons(page).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('disposes the video.js player when its element leaves the page', async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.goto('/');
    await waitForMedia(page);
    const counts = await page.evaluate(async () => {
      const player = document.querySelector('dv-player')!;
      const parent = player.parentElement!;
      player.remove();
      await new Promise((resolve) => setTimeout(resolve, 50));
      const afterRemove = document.querySelectorAll('.video-js, video').length;
      parent.append(player);
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { afterRemove, afterReturn: document.querySelectorAll('.video-js').length };
    });
    expect(counts).toEqual({ afterRemove: 0, afterReturn: 1 });
    await waitForMedia(page);
    await expect(chapterButtons(page)).toHaveCount(chapters.length);
    expect(errors).toEqual([]);
  });
});
