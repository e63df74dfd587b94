import { expect, test, type Page } from '@playwright/test';
import { localize } from '../../src/content/localized.ts';
import { demoContext, rememberWarnings, waitForMedia } from './fixtures.ts';

// The companion around the video: the history of cards passed in this viewing, the tabs, and
// panels placed outside the player with player="…".

const CARDS = [...demoContext().cards].sort((a, b) => a.start - b.start);

async function seekTo(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
}

function mediaTime(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('video')!.currentTime);
}

test.beforeEach(async ({ page }) => {
  await rememberWarnings(page, { mode: 'off' });
});

test('cards passed in this viewing are listed newest first, and "Revoir ce moment" goes back to one', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const region = page.getByRole('region', { name: 'Contexte' });
  const [first, second, third] = CARDS;
  for (const card of [first!, second!, third!]) {
    await seekTo(page, card.start + 0.3);
    await expect(region.locator(`article[data-card="${card.key}"]`)).toBeVisible();
  }
  const history = region.getByRole('region', { name: /Déjà vues/ });
  const items = history.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(localize(second!.title, 'fr'));
  await expect(items.nth(1)).toContainText(localize(first!.title, 'fr'));
  // A card skipped over by a seek was never on screen: it never enters the history.
  const later = CARDS.at(-1)!;
  await seekTo(page, later.start + 0.3);
  await expect(items).toHaveCount(3);
  await expect(history).not.toContainText(localize(CARDS.at(-2)!.title, 'fr'));

  await items.nth(1).getByRole('button', { name: `Revoir ce moment : ${localize(second!.title, 'fr')}` }).click();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(second!.start, 0);
  await expect(region.locator(`article[data-card="${second!.key}"]`)).toBeVisible();
  // While it is on screen again, it is not in the history.
  await expect(history).not.toContainText(localize(second!.title, 'fr'));
});

test('a new card is announced politely, by its title only', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForMedia(page);
  const live = page.locator('dv-context-cards').locator('[aria-live="polite"]');
  await expect(live).toHaveCount(1);
  const card = CARDS[3]!;
  const focusBefore = await page.evaluate(() => document.activeElement?.tagName);
  await seekTo(page, card.start + 0.3);
  await expect(live).toHaveText(`New card: ${localize(card.title, 'en')}`);
  expect(await page.evaluate(() => document.activeElement?.tagName), 'focus stays where it was').toBe(focusBefore);
});

test('the companion tabs follow the WAI-ARIA pattern: arrows, Home, End, one tab stop', async ({ page }) => {
  await page.goto('/');
  const tablist = page.getByRole('tablist', { name: 'Autour du film' });
  const tabs = tablist.getByRole('tab');
  await expect(tabs).toHaveText(['Contexte', 'Transcription', 'Personnes', 'Carte', 'Chronologie']);
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Contexte' })).toBeVisible();
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#dv-panel-transcript')).not.toHaveAttribute('hidden');
  await expect(page.locator('#dv-panel-context')).toHaveAttribute('hidden');
  await expect(page.getByRole('tabpanel', { name: 'Contexte' })).toBeHidden();
  await page.keyboard.press('End');
  await expect(tabs.nth(4)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(0)).toBeFocused();
  expect(await tabs.evaluateAll((list) => list.filter((tab) => tab.getAttribute('tabindex') === '0').length)).toBe(1);
});

test('panels placed outside the player with player="player" follow it and send it their requests', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  // The panels' code arrives once the page is idle (or when their tab opens).
  await page.evaluate(() => Promise.all(['dv-liberation-map', 'dv-card-timeline'].map((tag) => customElements.whenDefined(tag))));
  await page.evaluate(() => {
    const aside = document.createElement('aside');
    aside.id = 'outside';
    aside.append(
      Object.assign(document.createElement('dv-chapter-list'), { player: 'player' }),
      Object.assign(document.createElement('dv-context-cards'), { player: 'player' }),
      Object.assign(document.createElement('dv-liberation-map'), { player: 'player' }),
      Object.assign(document.createElement('dv-card-timeline'), { player: 'player' }),
    );
    document.body.append(aside);
  });
  const outside = page.locator('#outside');
  const card = CARDS[2]!;
  await seekTo(page, card.start + 0.3);
  await expect(outside.locator('dv-context-cards').locator(`article[data-card="${card.key}"]`)).toBeVisible();
  // The map and the timeline outside the player follow it too, and their jumps reach it.
  const map = outside.locator('dv-liberation-map');
  await expect(map.locator(`button[data-card="${card.key}"]`).first()).toHaveAttribute('data-state', 'current');
  const timeline = outside.locator('dv-card-timeline');
  await expect(timeline.locator(`button[data-key="${card.key}"]`)).toHaveAttribute('aria-current', 'true');
  const later = CARDS[5]!;
  await timeline.locator(`button[data-key="${later.key}"]`).click();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(later.start, 0);
  await expect(map.locator(`button[data-card="${later.key}"]`).first()).toHaveAttribute('data-state', 'current');
  const mapPlace = map.locator(`button[data-card="${card.key}"]`).first();
  await mapPlace.click();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(card.start, 0);
  const chapterButtons = outside.locator('dv-chapter-list').getByRole('button');
  await expect(chapterButtons.first()).toBeVisible();
  await chapterButtons.nth(4).click();
  const start = Number(await chapterButtons.nth(4).getAttribute('data-start'));
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(start);
  await expect(chapterButtons.nth(4)).toHaveAttribute('aria-current', 'true');
  // The request went through the player's remote, like any other.
  const triggers = await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.log.map((entry) => entry.trigger));
  expect(triggers).toContain('chapter-list');
});

test('a panel whose player appears later links to it then', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  await page.evaluate(() => {
    const list = Object.assign(document.createElement('dv-chapter-list'), { player: 'late-player' });
    list.id = 'early-list';
    document.body.append(list);
  });
  await expect(page.locator('#early-list').getByText('Chargement des chapitres…')).toBeVisible();
  await page.evaluate(() => {
    document.querySelector('dv-player')!.id = 'late-player';
    // a new node makes the panel look again
    document.body.append(document.createElement('span'));
  });
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.seek(1, 'api'));
  await expect(page.locator('#early-list').getByRole('button').first()).toBeVisible();
});

test('on a phone the video stays on top while the panels scroll', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/');
  await waitForMedia(page);
  await page.locator('dv-chapter-list').getByRole('button').last().scrollIntoViewIfNeeded();
  const top = await page.locator('.dv-media-host').evaluate((element) => element.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(-1);
  expect(top).toBeLessThan(5);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
