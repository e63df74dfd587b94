import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ContextCard } from '../../src/content/context-track.ts';
import { localize } from '../../src/content/localized.ts';
import { formatHistoricDate } from '../../src/i18n/format-date.ts';
import { demoContext, rememberWarnings, waitForMedia } from './fixtures.ts';

// The timeline: the episode's cards in historical order, each a jump to its moment in the film.

const CARDS = demoContext('chapters/episode-06.context.vtt').cards;

/** The expected order, worked out here from the dates themselves: first day, last day, then film. */
function historicalOrder(cards: readonly ContextCard[]): ContextCard[] {
  const bounds = (card: ContextCard) => {
    const [from = '', to = from] = card.date.split('/').sort();
    return { from, to };
  };
  return [...cards].sort((a, b) => {
    const [x, y] = [bounds(a), bounds(b)];
    return x.from.localeCompare(y.from) || x.to.localeCompare(y.to) || a.start - b.start || (a.key < b.key ? -1 : 1);
  });
}

async function seekTo(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
}

function mediaTime(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('video')!.currentTime);
}

/** Opens the page and the timeline's tab; returns the panel inside the player. */
async function openTimeline(page: Page, lang: 'fr' | 'en' = 'fr'): Promise<Locator> {
  await page.goto(`/?lang=${lang}`);
  await waitForMedia(page);
  await page.getByRole('tab', { name: lang === 'fr' ? 'Chronologie' : 'Timeline' }).click();
  const panel = page.locator('dv-player dv-card-timeline');
  await expect(panel.getByRole('listitem')).toHaveCount(CARDS.length);
  return panel;
}

const items = (panel: Locator) => panel.getByRole('list').first().getByRole('button');

test.beforeEach(async ({ page }) => {
  await rememberWarnings(page, { mode: 'off' });
});

test('lists the cards in the order of their dates, with each date, title and moment in the film', async ({ page }) => {
  const panel = await openTimeline(page);
  const expected = historicalOrder(CARDS);
  // The demo film goes back in time: its order is not the order of history.
  expect(expected.map((card) => card.key)).not.toEqual([...CARDS].sort((a, b) => a.start - b.start).map((card) => card.key));
  const keys = await items(panel).evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-key')));
  expect(keys).toEqual(expected.map((card) => card.key));
  const first = items(panel).first();
  await expect(first).toContainText(formatHistoricDate(expected[0]!.date, 'fr'));
  await expect(first).toContainText(localize(expected[0]!.title, 'fr'));
  await expect(first).toContainText(/dans le film à \d+:\d\d/);
  // Ranges are drawn as bars, single days as ticks.
  const ranges = CARDS.filter((card) => card.date.includes('/')).length;
  await expect(panel.locator('[part="axis"] line.bar')).toHaveCount(ranges);
  await expect(panel.locator('[part="axis"] line.tick')).toHaveCount(CARDS.length - ranges);
  await expect(panel.locator('[part="axis"]')).toHaveAttribute('aria-hidden', 'true');
});

test('Enter on a card asks the player (trigger "card") to go to its start, and the card becomes current', async ({ page }) => {
  const panel = await openTimeline(page);
  // A card the film shows after later events: far from where the list puts it.
  const order = historicalOrder(CARDS);
  const card = order.find((item, index) => index > 0 && item.start < order[index - 1]!.start) ?? order[1]!;
  const button = panel.locator(`button[data-key="${card.key}"]`);
  await expect(button).not.toHaveAttribute('aria-current', 'true');
  await button.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => mediaTime(page)).toBeCloseTo(card.start, 1);
  await expect(button).toHaveAttribute('aria-current', 'true');
  await expect(panel.locator(`[part="axis"] g.current[data-key="${card.key}"]`)).toHaveCount(1);
  const log = await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.log.map((entry) => `${entry.kind}:${entry.trigger}`));
  expect(log).toContain('seek:card');
});

test('follows the player: the cards on screen are current, and only they', async ({ page }) => {
  const panel = await openTimeline(page, 'en');
  const card = [...CARDS].sort((a, b) => a.start - b.start)[2]!;
  await seekTo(page, card.start + 0.3);
  const onScreen = CARDS.filter((item) => item.start <= card.start + 0.3 && card.start + 0.3 < item.end).map((item) => item.key);
  await expect(panel.locator('button[aria-current="true"]')).toHaveCount(onScreen.length);
  for (const key of onScreen) await expect(panel.locator(`button[data-key="${key}"]`)).toHaveAttribute('aria-current', 'true');
  await expect(items(panel).first()).toContainText(/in the film at \d+:\d\d/);
});

test('needs no horizontal scrolling at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const panel = await openTimeline(page);
  const sizes = await panel.evaluate((element) => {
    const root = element.shadowRoot!;
    const axis = root.querySelector<HTMLElement>('[part="axis"]')!;
    const list = root.querySelector<HTMLElement>('[part="list"]')!;
    return {
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      host: element.getBoundingClientRect().right,
      axis: [axis.scrollWidth, axis.clientWidth],
      list: [list.scrollWidth, list.clientWidth],
      svg: root.querySelector('svg')!.getBoundingClientRect().right,
    };
  });
  expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
  expect(sizes.host).toBeLessThanOrEqual(375);
  expect(sizes.svg).toBeLessThanOrEqual(375);
  expect(sizes.axis[0]).toBeLessThanOrEqual(sizes.axis[1]!);
  expect(sizes.list[0]).toBeLessThanOrEqual(sizes.list[1]!);
});
