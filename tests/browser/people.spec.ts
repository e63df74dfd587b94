import { expect, test, type Locator, type Page } from '@playwright/test';
import type { Appearance } from '../../src/content/context-track.ts';
import { localize } from '../../src/content/localized.ts';
import { parsePeople, type Person } from '../../src/content/people.ts';
import { showSource } from '../../src/content/sources.ts';
import { formatHistoricDate } from '../../src/i18n/format-date.ts';
import { peopleMessagesFor } from '../../src/i18n/people-messages.ts';
import { sourceMessagesFor } from '../../src/i18n/source-messages.ts';
import { filterPeople, FATE_FILTERS, THEATRE_FILTERS } from '../../src/people/people-filter.ts';
import { formatClock } from '../../src/timeline/format-time.ts';
import { demoContext, mediaEpisode, mediaTime, readProjectFile, rememberWarnings, waitForMedia } from './fixtures.ts';

// The twelve people: who is on screen now (following the person cues), everyone with filters, and
// each one's profile with sources, unconfirmed facts and appearances across both demo episodes.

const people = parsePeople(readProjectFile('public/people.json'), 'people.json').value!;
const episode6 = demoContext('chapters/episode-06.context.vtt').appearances;
const episode7 = demoContext('chapters/episode-07.context.vtt').appearances;
const fr = peopleMessagesFor('fr');
const en = peopleMessagesFor('en');

function person(id: string): Person {
  return people.find((candidate) => candidate.id === id)!;
}

function namesAt(appearances: readonly Appearance[], time: number): string[] {
  const ids = appearances.filter((cue) => cue.start <= time && time < cue.end).map((cue) => cue.id);
  return [...new Set(ids)].map((id) => person(id).name);
}

async function seekTo(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
}

/** Opens the companion's People tab (or, before the page has one, puts the panel in the player). */
async function showPeople(page: Page, lang: 'fr' | 'en' = 'fr'): Promise<Locator> {
  const tab = page.getByRole('tab', { name: lang === 'fr' ? 'Personnes' : 'People' });
  if ((await tab.count()) > 0) await tab.click();
  else await page.evaluate(() => document.querySelector('dv-player')!.append(document.createElement('dv-people-panel')));
  return page.locator('dv-player dv-people-panel');
}

function strip(panel: Locator, lang: 'fr' | 'en' = 'fr'): Locator {
  return panel.getByRole('region', { name: (lang === 'fr' ? fr : en).onScreen });
}

function gallery(panel: Locator, lang: 'fr' | 'en' = 'fr'): Locator {
  return panel.getByRole('region', { name: (lang === 'fr' ? fr : en).gallery });
}

async function expectStrip(panel: Locator, names: readonly string[]): Promise<void> {
  const cards = strip(panel).getByRole('listitem');
  if (names.length === 0) {
    await expect(cards).toHaveCount(0);
    await expect(strip(panel)).toContainText(fr.nobodyOnScreen);
    return;
  }
  await expect(cards).toHaveCount(names.length);
  for (const [index, name] of names.entries()) await expect(cards.nth(index).getByRole('button')).toHaveText(name);
}

test.beforeEach(async ({ page }) => {
  // Warnings off: these tests seek anywhere and look at the people, not at the warning gate.
  await rememberWarnings(page, { mode: 'off' });
});



test('the gallery filters by theatre and by fate, with counts matching people.json, announced politely', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const panel = gallery(await showPeople(page));
  const cards = panel.getByRole('listitem');
  const count = panel.locator('.count');
  await expect(cards).toHaveCount(people.length);
  await expect(count).toHaveText(fr.count(people.length, people.length));
  await expect(count).toHaveAttribute('aria-live', 'polite');

  const theatres = panel.getByRole('group', { name: fr.theatreLegend });
  const fates = panel.getByRole('group', { name: fr.fateLegend });
  for (const theatre of THEATRE_FILTERS) {
    for (const fate of FATE_FILTERS) {
      await theatres.getByRole('radio', { name: fr.theatreFilter(theatre), exact: true }).check();
      await fates.getByRole('radio', { name: fr.fateFilter(fate), exact: true }).check();
      const expected = filterPeople(people, { theatre, fate });
      await expect(count).toHaveText(fr.count(expected.length, people.length));
      await expect(cards).toHaveCount(expected.length);
      for (const [index, one] of expected.entries()) await expect(cards.nth(index).getByRole('button')).toHaveText(one.name);
    }
  }
  // Counts against the raw file, not the filter code: Europe includes the Mediterranean.
  const raw = (JSON.parse(readProjectFile('public/people.json')) as { people: { theatres: string[]; fate: { status: string } }[] }).people;
  await fates.getByRole('radio', { name: fr.fateFilter('all'), exact: true }).check();
  await theatres.getByRole('radio', { name: fr.theatreFilter('europe'), exact: true }).check();
  await expect(cards).toHaveCount(raw.filter((one) => one.theatres.includes('europe') || one.theatres.includes('mediterranean')).length);
  await theatres.getByRole('radio', { name: fr.theatreFilter('air'), exact: true }).check();
  await expect(cards).toHaveCount(raw.filter((one) => one.theatres.includes('air-europe')).length);
  await theatres.getByRole('radio', { name: fr.theatreFilter('all'), exact: true }).check();
  await fates.getByRole('radio', { name: fr.fateFilter('killed'), exact: true }).check();
  await expect(cards).toHaveCount(raw.filter((one) => one.fate.status === 'killed').length);
});

test('the filters are radio groups the keyboard can use', async ({ page }) => {
  await page.goto('/?lang=en');
  await waitForMedia(page);
  const panel = gallery(await showPeople(page, 'en'), 'en');
  const all = panel.getByRole('group', { name: en.theatreLegend }).getByRole('radio', { name: en.theatreFilter('all'), exact: true });
  await all.focus();
  await page.keyboard.press('ArrowRight');
  const europe = panel.getByRole('radio', { name: en.theatreFilter('europe'), exact: true });
  await expect(europe).toBeChecked();
  await expect(europe).toBeFocused();
  const expected = filterPeople(people, { theatre: 'europe', fate: 'all' });
  await expect(panel.locator('.count')).toHaveText(en.count(expected.length, people.length));
  await page.keyboard.press('Tab');
  await expect(panel.getByRole('group', { name: en.fateLegend }).getByRole('radio', { name: en.fateFilter('all'), exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('listitem')).toHaveCount(filterPeople(people, { theatre: 'europe', fate: 'killed' }).length);
});



test('appearances list both episodes, load the other track only when a profile opens, and jump within the episode', async ({ page }) => {
  const contextRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('episode-07.context.vtt')) contextRequests.push(request.url());
  });
  await page.goto('/');
  await waitForMedia(page);
  const panel = await showPeople(page);
  await seekTo(page, 1);
  expect(contextRequests).toEqual([]);

  const id = 'charles-scheffel';
  const charles = person(id);
  const here = episode6.filter((cue) => cue.id === id);
  const there = episode7.filter((cue) => cue.id === id);
  expect(here.length).toBeGreaterThan(0);
  expect(there.length).toBeGreaterThan(0);

  await gallery(panel).getByRole('button', { name: charles.name }).click();
  const dialog = page.getByRole('dialog', { name: charles.name });
  const jumps = dialog.getByRole('list', { name: fr.appearances }).getByRole('button');
  const labels = [...here.map((cue) => fr.jump(6, formatClock(cue.start))), ...there.map((cue) => fr.jump(7, formatClock(cue.start)))];
  await expect(jumps).toHaveCount(labels.length);
  for (const [index, label] of labels.entries()) await expect(jumps.nth(index)).toContainText(label);
  expect(labels).toContain('Épisode 7 · 4:59');
  expect(contextRequests).toHaveLength(1);

  // Closed and opened again: the track is not fetched twice.
  await page.keyboard.press('Escape');
  const card = gallery(panel).getByRole('button', { name: charles.name });
  await card.click();
  await expect(jumps).toHaveCount(labels.length);
  expect(contextRequests).toHaveLength(1);

  await jumps.filter({ hasText: fr.jump(6, formatClock(here[0]!.start)) }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toBeFocused();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(here[0]!.start, 1);
  await expect(page).not.toHaveURL(/episode=episode-07/);
  await expect(strip(panel).getByRole('button', { name: charles.name })).toBeVisible();
});

test('an appearance in the other episode opens that episode at that moment', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const panel = await showPeople(page);
  const id = 'charles-scheffel';
  const charles = person(id);
  const there = episode7.find((cue) => cue.id === id)!;
  await gallery(panel).getByRole('button', { name: charles.name }).click();
  const dialog = page.getByRole('dialog', { name: charles.name });
  await dialog.getByRole('button', { name: new RegExp(`^${fr.jump(7, formatClock(there.start))}`) }).click();

  await expect(page).toHaveURL(/[?&]episode=episode-07(&|$)/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Épisode 7');
  await expect.poll(() => mediaEpisode(page)).toBe('episode-07');
  await waitForMedia(page);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(there.start, 1);
  await expect(strip(panel).getByRole('button', { name: charles.name })).toBeVisible();

  // Back returns to the episode the address names again.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Épisode 6');
  await expect.poll(() => mediaEpisode(page)).toBe('episode-06');
});

test('the panel works outside dv-player, linked with player="player"', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  // The panels' code arrives once the page is idle (or when their tab opens).
  await page.evaluate(() => customElements.whenDefined('dv-people-panel'));
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('dv-people-panel'), { player: 'player' })));
  const panel = page.locator('body > dv-people-panel');
  await expect(panel).toHaveAttribute('player', 'player');
  const cue = episode6.at(-1)!;
  await seekTo(page, cue.start + 0.5);
  await expectStrip(panel, namesAt(episode6, cue.start + 0.5));
  await expect(gallery(panel).getByRole('listitem')).toHaveCount(people.length);

  // The styling surface: parts and the portrait size, set from the page (a constructed stylesheet:
  // the page's strict Content Security Policy refuses an inline <style>, as it would on a host site).
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, `body > dv-people-panel { --dv-person-size: 40px; }
      body > dv-people-panel::part(strip) { outline: 1px solid rgb(1, 2, 3); }
      body > dv-people-panel::part(gallery) { outline: 1px solid rgb(4, 5, 6); }
      body > dv-people-panel::part(person) { outline: 1px solid rgb(7, 8, 9); }
      body > dv-people-panel::part(profile) { outline: 1px solid rgb(10, 11, 12); }`);
  const outline = (locator: Locator) => locator.first().evaluate((element) => getComputedStyle(element).outlineColor);
  await expect.poll(() => outline(panel.locator('.strip'))).toBe('rgb(1, 2, 3)');
  await expect.poll(() => outline(panel.locator('.gallery'))).toBe('rgb(4, 5, 6)');
  await expect.poll(() => outline(panel.locator('.gallery .person'))).toBe('rgb(7, 8, 9)');
  await expect.poll(() => panel.locator('.gallery dv-person-portrait').first().evaluate((element) => element.getBoundingClientRect().width)).toBe(40);

  const first = episode6[0]!;
  const name = person(first.id).name;
  await gallery(panel).getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect.poll(() => outline(dialog)).toBe('rgb(10, 11, 12)');
  await dialog.getByRole('button', { name: new RegExp(`^${fr.jump(6, formatClock(first.start))}`) }).click();
  await expect.poll(() => mediaTime(page)).toBeCloseTo(first.start, 1);
  await expect(strip(panel).getByRole('button', { name })).toBeVisible();
});

test('the strip follows the person cues after seeks, and while playing by the next frame after the snapshot', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const panel = await showPeople(page);
  {
    const first = episode6[0]!;
    const last = episode6.at(-1)!;
    await expectStrip(panel, namesAt(episode6, 1));

    const inside = first.start + 0.5;
    expect(namesAt(episode6, inside).length).toBeGreaterThanOrEqual(2);
    await seekTo(page, inside);
    await expectStrip(panel, namesAt(episode6, inside));
    for (const name of namesAt(episode6, inside)) {
      await expect(strip(panel).getByRole('img', { name: fr.portrait(name) })).toBeVisible();
    }
    await expect(strip(panel).getByRole('listitem').first()).toContainText(localize(person(first.id).role, 'fr'));

    const outside = first.end + 0.5;
    expect(namesAt(episode6, outside)).toEqual([]);
    await seekTo(page, outside);
    await expectStrip(panel, []);

    await seekTo(page, last.start + 0.5);
    await expectStrip(panel, namesAt(episode6, last.start + 0.5));
    await seekTo(page, last.start - 0.5);
    await expectStrip(panel, namesAt(episode6, last.start - 0.5));
  }
  {
    const cue = episode6[0]!;
    await seekTo(page, cue.start - 0.8);
    await expectStrip(panel, []);
    const seen = await page.evaluate(async () => {
      const player = document.querySelector('dv-player')!;
      const root = document.querySelector('dv-player dv-people-panel')!.shadowRoot!;
      const shown = new Promise<{ ids: string[]; time: number }>((resolve) => {
        const onSnapshot = (event: Event) => {
          const snapshot = (event as CustomEvent<{ appearances: { id: string }[]; media: { currentTime: number } }>).detail;
          if (snapshot.appearances.length === 0) return;
          player.removeEventListener('dv-snapshot', onSnapshot);
          const time = snapshot.media.currentTime;
          requestAnimationFrame(() => resolve({ ids: [...root.querySelectorAll<HTMLElement>('.strip [data-person]')].map((card) => card.dataset.person!), time }));
        };
        player.addEventListener('dv-snapshot', onSnapshot);
      });
      player.playerRemote!.play('api');
      const result = await shown;
      player.playerRemote!.pause('api');
      return result;
    });
    // The snapshot came from the player's cue-change path (its timing is the player's own tests'); the panel adds no wait.
    expect(seen.time).toBeGreaterThanOrEqual(cue.start - 0.05);
    expect(seen.ids).toEqual([...new Set(episode6.filter((one) => one.start === cue.start).map((one) => one.id))]);
  }
});

test('a profile opens from the keyboard with names, fate, sources and the facts our sources do not confirm, and closes with Escape', async ({ page }) => {
  await page.goto('/');
  await waitForMedia(page);
  const panel = await showPeople(page);
  {
    const bert = person('bert-stiles');
    const card = gallery(panel).getByRole('button', { name: bert.name });
    await card.focus();
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: bert.name });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: fr.close })).toBeFocused();
    await expect(dialog.getByRole('img', { name: fr.portrait(bert.name) })).toBeVisible();
    await expect(dialog).toContainText(localize(bert.role, 'fr'));
    await expect(dialog).toContainText(localize(bert.branch, 'fr'));
    await expect(dialog).toContainText(bert.unit!);
    await expect(dialog).toContainText(fr.killed(formatHistoricDate(bert.fate.date!, 'fr'), localize(bert.fate.place!, 'fr')));
    await expect(dialog).toContainText(localize(bert.bio, 'fr'));
    for (const theatre of bert.theatres) await expect(dialog).toContainText(fr.theatre(theatre));

    const sources = dialog.getByRole('list', { name: fr.sources }).getByRole('listitem');
    await expect(sources).toHaveCount(bert.sources.length);
    for (const [index, source] of bert.sources.entries()) {
      const shown = showSource(source);
      await expect(sources.nth(index).getByRole('link')).toHaveAttribute('href', shown.url);
      await expect(sources.nth(index)).toContainText(shown.publisher);
      if (shown.kind) await expect(sources.nth(index)).toContainText(`(${sourceMessagesFor('fr').kind(shown.kind)})`);
    }
    // The page behind is inert while the profile is open.
    await expect(card).not.toBeFocused();

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(card).toBeFocused();
  }
  {
    const jack = people.find((one) => (one.unverified?.length ?? 0) >= 2)!;
    await gallery(panel).getByRole('button', { name: jack.name }).click();
    const dialog = page.getByRole('dialog', { name: jack.name });
    const section = dialog.getByRole('region', { name: 'Ce que nos sources ne confirment pas' });
    await expect(section.getByRole('heading', { name: 'Ce que nos sources ne confirment pas' })).toBeVisible();
    const items = section.getByRole('listitem');
    await expect(items).toHaveCount(jack.unverified!.length);
    for (const [index, fact] of jack.unverified!.entries()) await expect(items.nth(index)).toContainText(localize(fact, 'fr'));
    // Someone with nothing unconfirmed has no such section.
    await dialog.getByRole('button', { name: fr.close }).click();
    const sure = people.find((one) => !one.unverified)!;
    await gallery(panel).getByRole('button', { name: sure.name }).click();
    await expect(page.getByRole('dialog', { name: sure.name })).toBeVisible();
    await expect(page.getByRole('dialog', { name: sure.name }).getByRole('heading', { name: 'Ce que nos sources ne confirment pas' })).toHaveCount(0);
  }
});
