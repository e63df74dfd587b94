import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ContextCard } from '../../src/content/context-track.ts';
import { localize } from '../../src/content/localized.ts';
import { demoContext, mediaTime, rememberWarnings, waitForMedia } from './fixtures.ts';

// The demo episode's context track, read from the file the page loads.
const cards = demoContext().cards;
const franceCards = cards.filter((card) => card.theatre === 'france');
const francePlaces = franceCards.flatMap((card) => card.places.map((place, index) => ({ card, place, id: `${card.key}:${index}` })));

function cardNamed(key: string): ContextCard {
  const found = cards.find((card) => card.key === key);
  if (!found) throw new Error(`no card ${key} in the demo`);
  return found;
}

function theMap(page: Page): Locator {
  return page.locator('dv-player dv-liberation-map');
}

async function openMap(page: Page, lang: 'fr' | 'en' = 'fr'): Promise<Locator> {
  await rememberWarnings(page, { mode: 'off' });
  await page.goto(`/?lang=${lang}`);
  await waitForMedia(page);
  await page.getByRole('tab', { name: lang === 'fr' ? 'Carte' : 'Map' }).click();
  const map = theMap(page);
  await expect(map.locator('svg[part="map"]')).toBeVisible();
  return map;
}

async function seek(page: Page, time: number): Promise<void> {
  await page.evaluate((t) => document.querySelector('dv-player')!.playerRemote!.seek(t, 'api'), time);
  await expect.poll(() => mediaTime(page)).toBeCloseTo(time, 0);
}

function listButton(map: Locator, id: string): Locator {
  return map.locator(`[part="list"] button[data-place="${id}"]`);
}

test.describe('liberation map', () => {
  test('loads its outlines only when it is shown', async ({ page }) => {
    const chunks: string[] = [];
    page.on('request', (request) => {
      if (/map-outlines-[^/]*\.js$/.test(request.url())) chunks.push(request.url());
    });
    await rememberWarnings(page, { mode: 'off' });
    await page.goto('/');
    await waitForMedia(page);
    await expect(page.locator('dv-context-cards')).toBeAttached();
    expect(chunks).toEqual([]);
    await page.getByRole('tab', { name: 'Carte' }).click();
    await expect(theMap(page).locator('svg[part="map"]')).toBeVisible();
    expect(chunks).toHaveLength(1);
  });




  test('France, Europe and Pacific: the view follows the card on screen until the viewer picks one', async ({ page }) => {
    const map = await openMap(page);
    const views = map.getByRole('group', { name: 'Vue de la carte' });
    await expect(views.getByRole('button')).toHaveText(['France', 'Pacifique']);
    await expect(views.getByRole('button', { name: 'France' })).toHaveAttribute('aria-pressed', 'true');

    const saipan = cardNamed('saipan');
    await seek(page, saipan.start + 1);
    await expect(map.locator('svg[part="map"]')).toHaveAttribute('data-view', 'pacific');
    await expect(listButton(map, 'saipan:0')).toHaveAttribute('data-state', 'current');
    await expect(listButton(map, 'bayeux:0')).toHaveCount(0);

    await views.getByRole('button', { name: 'France' }).click();
    await expect(views.getByRole('button', { name: 'France' })).toHaveAttribute('aria-pressed', 'true');
    await expect(map.locator('svg[part="map"]')).toHaveAttribute('data-view', 'france');
    await expect(map.locator('svg path.home')).toHaveCount(1);
    await expect(listButton(map, 'bayeux:0')).toHaveAttribute('data-state', 'lit');
    await expect(listButton(map, 'saipan:0')).toHaveCount(0);
    // Chosen: the view stays put while the film goes on.
    await seek(page, cardNamed('guam-tinian').start + 1);
    await expect(map.locator('svg[part="map"]')).toHaveAttribute('data-view', 'france');

    await views.getByRole('button', { name: 'Pacifique' }).click();
    await expect(map.locator('svg[part="map"]')).toHaveAttribute('data-view', 'pacific');
    await expect(map.locator('svg g.point[data-card="guam-tinian"]').first()).toHaveAttribute('data-state', 'current');
  });

  test('episode 7 has a Europe view, drawn around its places', async ({ page }) => {
    await rememberWarnings(page, { mode: 'off' });
    await page.goto('/?lang=en&episode=episode-07');
    await waitForMedia(page);
    await page.getByRole('tab', { name: 'Map' }).click();
    const map = theMap(page);
    const views = map.getByRole('group', { name: 'Map view' });
    await expect(views.getByRole('button')).toHaveText(['France', 'Europe', 'Pacific']);
    await views.getByRole('button', { name: 'Europe' }).click();
    await expect(map.locator('svg[part="map"]')).toHaveAttribute('data-view', 'europe');
    await expect(map.locator('svg path.home')).toHaveCount(0);
    const europeCards = demoContext('chapters/episode-07.context.vtt').cards.filter((card) => card.theatre === 'europe');
    await expect(map.locator('[part="list"] button')).toHaveCount(europeCards.reduce((sum, card) => sum + card.places.length, 0));
    await expect(map.locator('[part="list"] button[data-place="rome:0"]')).toContainText('Rome');
    // Rome south-west of Minsk, Bucharest east of Rome.
    const at = async (card: string) => {
      const point = map.locator(`svg g.point[data-card="${card}"]`).first();
      return { x: Number(await point.getAttribute('data-x')), y: Number(await point.getAttribute('data-y')) };
    };
    const [rome, minsk, bucharest] = await Promise.all(['rome', 'bagration-minsk', 'bucarest'].map(at));
    expect(rome!.x).toBeLessThan(minsk!.x);
    expect(rome!.y).toBeGreaterThan(minsk!.y);
    expect(bucharest!.x).toBeGreaterThan(rome!.x);
  });


  test('the 1944 calendar works with the keyboard and lights places on their own day', async ({ page }) => {
    const map = await openMap(page);
    await map.getByRole('button', { name: 'Calendrier 1944' }).click();
    const slider = map.getByRole('slider', { name: 'Jour' });
    await expect(slider).toHaveAttribute('aria-valuetext', /^6 juin 1944/);
    const calendar = map.locator('[part="calendar"]');
    await expect(calendar.locator('.day')).toHaveText('6 juin 1944');

    const dayOf = (entry: (typeof francePlaces)[number]) => (entry.place.date ?? entry.card.date).split('/')[0]!;
    const expectDay = async (day: string, words: string) => {
      const reached = francePlaces.filter((entry) => dayOf(entry) <= day);
      await expect(slider).toHaveAttribute('aria-valuetext', `${words}, ${reached.length} ${reached.length > 1 ? 'lieux atteints' : 'lieu atteint'} sur ${francePlaces.length}`);
      await expect(calendar.locator('.day')).toHaveText(words);
      const states = await map.locator('[part="list"] button').evaluateAll((buttons) => Object.fromEntries(buttons.map((button) => [button.getAttribute('data-place'), button.getAttribute('data-state')])));
      const expected = Object.fromEntries(francePlaces.map((entry) => [entry.id, dayOf(entry) === day ? 'current' : dayOf(entry) < day ? 'lit' : 'dim']));
      expect(states).toEqual(expected);
    };

    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expectDay('1944-06-07', '7 juin 1944');
    await expect(listButton(map, 'bayeux:0')).toHaveAttribute('data-state', 'current');
    await expect(map.locator('svg text.label')).toContainText(['Bayeux']);
    // The list now runs by date: Bayeux (7 June) before Cherbourg's card of 26 June.
    const order = await map.locator('[part="list"] button').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-place')));
    expect(order.indexOf('bayeux:0')).toBeLessThan(order.indexOf('cherbourg:0'));
    expect(order.indexOf('tulle-juin:0')).toBeLessThan(order.indexOf('cherbourg:0'));

    await page.keyboard.press('End');
    await expectDay('1944-12-31', '31 décembre 1944');
    await expect(map.locator('[part="list"] button[data-state="dim"]')).toHaveCount(0);

    await page.keyboard.press('Home');
    await expectDay('1944-06-06', '6 juin 1944');
    await slider.fill('74');
    await expectDay('1944-08-19', '19 août 1944');
    await expect(calendar.locator('.count')).toContainText(`sur ${francePlaces.length}`);
    // Places of that very day (Toulouse, Périgueux…) are highlighted, independent of the film's order.
    await expect(listButton(map, 'aquitaine:4')).toHaveAttribute('data-state', 'current');
    await expect(listButton(map, 'lyon:0')).toHaveAttribute('data-state', 'dim');
  });



  test('the towns where they are, their states after a seek, and jumps from the list, the points and the keyboard', async ({ page }) => {
    const map = await openMap(page);
    {
      const position = async (card: string) => {
        const point = map.locator(`svg g.point[data-card="${card}"]`).first();
        return { x: Number(await point.getAttribute('data-x')), y: Number(await point.getAttribute('data-y')) };
      };
      const [bayeux, paris, lyon, marseille, quimper, nice] = await Promise.all(['bayeux', 'paris', 'lyon', 'marseille', 'bretagne', 'nice-rhone-languedoc'].map(position));
      expect(bayeux.x).toBeLessThan(paris.x);
      expect(bayeux.y).toBeLessThan(paris.y);
      expect(marseille.y).toBeGreaterThan(lyon.y);
      expect(marseille.x).toBeGreaterThan(paris.x);
      expect(quimper!.x).toBeLessThan(bayeux!.x);
      expect(nice!.x).toBeGreaterThan(marseille!.x);
      // Marseille sits on France's coast: within a few units of France's outline's bottom edge there.
      const box = await map.locator('svg path.home').evaluate((path) => {
        const { y, height } = (path as SVGPathElement).getBBox();
        return { top: y, bottom: y + height };
      });
      expect(bayeux!.y - box.top).toBeLessThan((box.bottom - box.top) / 5);
      expect(box.bottom - marseille!.y).toBeLessThan((box.bottom - box.top) / 5);
    }
    {
      const paris = cardNamed('paris');
      await seek(page, paris.start + 1);
      await expect(listButton(map, 'paris:0')).toHaveAttribute('data-state', 'current');
      await expect(listButton(map, 'paris:0')).toContainText('en cours');
      for (const earlier of ['bayeux:0', 'cherbourg:0', 'orleans-rambouillet:1']) {
        await expect(listButton(map, earlier)).toHaveAttribute('data-state', 'lit');
        await expect(listButton(map, earlier)).toContainText('atteint');
      }
      await expect(listButton(map, 'lyon:0')).toHaveAttribute('data-state', 'dim');
      await expect(listButton(map, 'lyon:0')).toContainText('à venir');
      // The summary of the map counts the same.
      const reached = francePlaces.filter(({ card }) => card.start <= paris.start + 1).length;
      await expect(map.locator('svg[part="map"]')).toHaveAttribute('aria-label', `Carte (France)\u00a0: ${reached} lieux atteints sur ${francePlaces.length}, dont 1 en cours`);
      // On the map: Paris is highlighted and named.
      await expect(map.locator('g.point[data-card="paris"]')).toHaveAttribute('data-state', 'current');
      await expect(map.locator('svg text.label')).toHaveText(['Paris']);
    }
    {
      const marseille = cardNamed('marseille');
      await listButton(map, 'marseille:0').click();
      await expect.poll(() => mediaTime(page)).toBeCloseTo(marseille.start, 1);
      await expect(listButton(map, 'marseille:0')).toHaveAttribute('data-state', 'current');

      const bayeux = cardNamed('bayeux');
      await map.locator('svg g.point[data-card="bayeux"]').click();
      await expect.poll(() => mediaTime(page)).toBeCloseTo(bayeux.start, 1);
      const log = await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.log.map((entry) => entry.trigger));
      expect(log.slice(-2)).toEqual(['card', 'card']);
    }
    {
      const nantes = cardNamed('nantes');
      await listButton(map, 'nantes:0').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => mediaTime(page)).toBeCloseTo(nantes.start, 1);
    }
  });

  test('names the current places without piling names up, and does not pulse under reduced motion', async ({ page }) => {
    const map = await openMap(page);
    {
      const aquitaine = cardNamed('aquitaine');
      await seek(page, aquitaine.start + 1);
      const labels = map.locator('svg text.label');
      await expect(labels.first()).toBeVisible();
      const names = await labels.allTextContents();
      const placeNames = aquitaine.places.map((place) => localize(place.name, 'fr'));
      expect(names.length).toBeGreaterThan(1);
      expect(names.length).toBeLessThanOrEqual(6);
      for (const name of names) expect(placeNames).toContain(name);
      const boxes = await labels.evaluateAll((texts) => texts.map((text) => (text as SVGTextElement).getBBox()).map(({ x, y, width, height }) => ({ x, y, width, height })));
      boxes.forEach((a, i) =>
        boxes.forEach((b, j) => {
          if (i < j) expect(a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).toBe(false);
        }),
      );
    }
    {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await seek(page, cardNamed('paris').start + 1);
      const pulse = map.locator('svg circle.pulse').first();
      await expect(pulse).toBeAttached();
      expect(await pulse.evaluate((circle) => getComputedStyle(circle).animationName)).toBe('none');
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await expect.poll(() => pulse.evaluate((circle) => getComputedStyle(circle).animationName)).not.toBe('none');
    }
  });
});
