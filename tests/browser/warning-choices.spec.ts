import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { WarningChoiceDetail, WarningShowDetail } from '../../src/player/warning-events.ts';
import { bigPlayButton, chapterButtons, collectPageErrors, demoChapters, demoContext, isPaused, mediaTime, rememberWarnings, waitForMedia } from './fixtures.ts';

/**
 * The viewer's content-warning choices, driven as a viewer would: the advisory before the episode,
 * the dialog at a stretch, the settings panel (child mode, reset), what the browser remembers (or
 * cannot), the page's policy, the events a site owner listens to, accessibility, both languages and
 * fullscreen. Strings are written out here (not imported) so that a wrong translation shows.
 */

type Lang = 'fr' | 'en';

const STORE_KEY = 'douze-vies:warnings:v1';

const STRETCHES = [...demoContext().warnings].sort((a, b) => a.start - b.start);
/** The first stretch of episode 6 (combat only), followed at once by another. */
const CAEN = STRETCHES.find((stretch) => stretch.key === 'avertissement-caen')!;
/** A combat-only stretch with no stretch next to it. */
const MONTELIMAR = STRETCHES.find((stretch) => stretch.key === 'avertissement-montelimar')!;
/** A stretch with no combat in it (executions, death). */
const TULLE = STRETCHES.find((stretch) => stretch.key === 'avertissement-tulle')!;

const TEXT = {
  fr: {
    advisoryTitle: 'Avant de regarder',
    count: '7 passages sensibles',
    categories: ['combats', 'blessures', 'exécutions', 'morts', 'massacres'],
    question: 'Que faire à ces passages\u00a0?',
    confirm: 'Valider',
    change: 'Modifier',
    settings: 'Réglages des avertissements',
    modes: { warn: 'Me prévenir avant chaque passage', skip: 'Passer ces passages', blur: 'Les flouter et couper le son', off: 'Pas d’avertissement' },
    chosen: { warn: 'Votre choix\u00a0: être prévenu avant chaque passage.', skip: 'Votre choix\u00a0: passer ces passages.', blur: 'Votre choix\u00a0: les flouter, son coupé.' },
    dialogTitle: 'Passage sensible',
    dialogInside: 'Ce passage de 16 secondes montre\u00a0: combats.',
    skip: 'Passer à la fin du passage',
    blur: 'Regarder flouté et sans le son',
    continue: 'Continuer',
    neverCombat: 'Ne plus me prévenir pour\u00a0: combats',
    escapeHint: 'Échap passe le passage.',
    overall: 'Pour tous les passages',
    perCategory: 'Par type d’images',
    sameAsOverall: 'Comme le réglage général',
    childMode: 'Mode enfant',
    childCode: 'Code parent (4 caractères au moins)',
    childCodeToTurnOff: 'Code parent pour quitter le mode enfant',
    childTurnOn: 'Activer le mode enfant',
    childTurnOff: 'Quitter le mode enfant',
    childOn: 'Le mode enfant est activé\u00a0: tous les passages sensibles sont passés.',
    childWrongCode: 'Code incorrect.',
    reset: 'Tout réinitialiser',
    resetDone: 'Réglages réinitialisés.',
    lockedSkip: 'Ce site impose au minimum\u00a0: passer',
    storage: {
      unavailable: 'Ce navigateur ne permet pas d’enregistrer vos choix\u00a0: ils valent pour cette visite seulement, et les avertissements restent activés par défaut.',
      corrupt: 'Vos choix enregistrés étaient illisibles\u00a0: réglages par défaut rétablis (avertir avant chaque passage).',
      full: 'Le stockage du navigateur est plein\u00a0: vos choix ne sont pas enregistrés.',
    },
  },
  en: {
    advisoryTitle: 'Before you watch',
    count: '7 sensitive stretches',
    categories: ['combat', 'injuries', 'executions', 'death', 'massacres'],
    question: 'What should happen at these stretches?',
    confirm: 'Confirm',
    change: 'Change',
    settings: 'Warning settings',
    modes: { warn: 'Warn me before each stretch', skip: 'Skip these stretches', blur: 'Blur them and mute the sound', off: 'No warnings' },
    chosen: { warn: 'Your choice: warn me before each stretch.', skip: 'Your choice: skip these stretches.', blur: 'Your choice: blur them, sound muted.' },
    dialogTitle: 'Sensitive stretch',
    dialogInside: 'This stretch of 16 seconds shows: combat.',
    skip: 'Skip to the end of the stretch',
    blur: 'Watch blurred and muted',
    continue: 'Continue',
    neverCombat: 'Don’t warn me again about: combat',
    escapeHint: 'Escape skips the stretch.',
    overall: 'For every stretch',
    perCategory: 'By kind of image',
    sameAsOverall: 'Same as the overall setting',
    childMode: 'Child mode',
    childCode: 'Parent code (at least 4 characters)',
    childCodeToTurnOff: 'Parent code to leave child mode',
    childTurnOn: 'Turn child mode on',
    childTurnOff: 'Leave child mode',
    childOn: 'Child mode is on: every sensitive stretch is skipped.',
    childWrongCode: 'Wrong code.',
    reset: 'Reset everything',
    resetDone: 'Settings reset.',
    lockedSkip: 'This site requires at least: skip',
    storage: {
      unavailable: 'This browser does not let us save your choices: they last for this visit only, and warnings stay on by default.',
      corrupt: 'Your saved choices could not be read: defaults restored (warn before each stretch).',
      full: 'The browser’s storage is full: your choices are not saved.',
    },
  },
} as const;

const fr = TEXT.fr;

// ---------------------------------------------------------------------------------------------
// Helpers

/** What the page heard of the warning events (recorded from before the page's own scripts run). */
interface WarningRecorder {
  shows: WarningShowDetail[];
  choices: WarningChoiceDetail[];
  cancelShow: boolean;
  cancelChoice: boolean;
}

declare global {
  interface Window {
    dvWarnings?: WarningRecorder;
  }
}

/** Records every `dv-warning-show` and `dv-warning-choice`, cancelling them when told to. */
async function recordWarningEvents(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const recorder: WarningRecorder = { shows: [], choices: [], cancelShow: false, cancelChoice: false };
    window.dvWarnings = recorder;
    document.addEventListener('dv-warning-show', (event) => {
      recorder.shows.push(event.detail);
      if (recorder.cancelShow) event.preventDefault();
    });
    document.addEventListener('dv-warning-choice', (event) => {
      recorder.choices.push(event.detail);
      if (recorder.cancelChoice) event.preventDefault();
    });
  });
}

function recorded(page: Page): Promise<WarningRecorder> {
  return page.evaluate(() => window.dvWarnings!);
}

function shownCount(page: Page): Promise<number> {
  return page.evaluate(() => window.dvWarnings!.shows.length);
}

/** Opens an episode and waits until its media and its sensitive stretches are known. */
async function openEpisode(page: Page, lang: Lang = 'fr'): Promise<void> {
  await page.goto(`/?lang=${lang}&episode=episode-06`);
  await waitForMedia(page);
  await expect(page.locator('.vjs-progress-holder .dv-stretch-mark')).toHaveCount(STRETCHES.length);
}

async function reloadEpisode(page: Page): Promise<void> {
  await page.reload();
  await waitForMedia(page);
  await expect(page.locator('.vjs-progress-holder .dv-stretch-mark')).toHaveCount(STRETCHES.length);
}

/** Moves the media as a host page script would. */
async function jumpTo(page: Page, time: number): Promise<void> {
  await page.evaluate((target) => document.querySelector('dv-player')!.playerRemote!.seek(target, 'api'), time);
}

/** The end of the run of back-to-back stretches that holds `time`. */
function endOfRun(time: number): number {
  let end = time;
  for (const stretch of STRETCHES) if (stretch.start <= end && end < stretch.end) end = stretch.end;
  return end;
}

/** Jumps inside `stretch` and checks the player skipped it (and any stretch right after) with no question. */
async function expectJumpSkipped(page: Page, stretch: { start: number; end: number }): Promise<void> {
  const before = await shownCount(page);
  await jumpTo(page, stretch.start + 1);
  const end = endOfRun(stretch.start + 1);
  await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(end);
  expect(await mediaTime(page)).toBeLessThan(end + 1);
  await expect(warningDialog(page)).toHaveCount(0);
  expect(await shownCount(page)).toBe(before);
}

function advisory(page: Page, lang: Lang = 'fr'): Locator {
  return page.getByRole('dialog', { name: TEXT[lang].advisoryTitle });
}

/** The advisory once answered: one line in a region. */
function advisorySummary(page: Page, lang: Lang = 'fr'): Locator {
  return page.getByRole('region', { name: TEXT[lang].advisoryTitle });
}

function warningDialog(page: Page, lang: Lang = 'fr'): Locator {
  return page.getByRole('alertdialog', { name: TEXT[lang].dialogTitle });
}

function settingsPanel(page: Page, lang: Lang = 'fr'): Locator {
  return page.getByRole('region', { name: TEXT[lang].settings });
}

/** Opens the settings from the advisory, whichever form it has. */
async function openSettings(page: Page, lang: Lang = 'fr'): Promise<Locator> {
  const t = TEXT[lang];
  const open = advisory(page, lang).getByRole('button', { name: t.settings }).or(advisorySummary(page, lang).getByRole('button', { name: t.change }));
  await open.click();
  const panel = settingsPanel(page, lang);
  await expect(panel).toBeVisible();
  return panel;
}

function overallRadio(panel: Locator, label: string, lang: Lang = 'fr'): Locator {
  return panel.getByRole('group', { name: TEXT[lang].overall }).getByRole('radio', { name: label, exact: true });
}

function categorySelect(panel: Locator, category: string): Locator {
  return panel.getByRole('combobox', { name: new RegExp(`^${category}\\b`, 'i') });
}

function storedWarnings(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORE_KEY);
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

// Whatever a test does (broken storage included), the page logs no error.
let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = collectPageErrors(page);
});
test.afterEach(() => {
  expect(pageErrors, 'errors logged by the page').toEqual([]);
});

test.describe('the advisory before the episode', () => {
  test('describes the episode, does not block the page, and Enter takes the default (warn)', async ({ page }) => {
    await recordWarningEvents(page);
    await openEpisode(page);
    const box = advisory(page);
    await expect(box).toBeVisible();
    await expect(box).toContainText(fr.count);
    for (const category of fr.categories) await expect(box).toContainText(category);
    // The chapters named are exactly those holding a stretch.
    const chapters = demoChapters();
    const holding = chapters.filter((chapter) => STRETCHES.some((stretch) => stretch.start < chapter.end && chapter.start < stretch.end));
    expect(holding.length).toBeGreaterThan(1);
    for (const chapter of chapters) {
      if (holding.includes(chapter)) await expect(box).toContainText(chapter.title);
      else await expect(box).not.toContainText(chapter.title);
    }
    await expect(box.getByRole('group', { name: fr.question })).toBeVisible();
    const warn = box.getByRole('radio', { name: fr.modes.warn });
    await expect(warn).toBeChecked();

    // Non-modal: the chapter list behind it still works.
    const free = chapters.findIndex((chapter) => !holding.includes(chapter));
    await chapterButtons(page).nth(free).click();
    await expect(chapterButtons(page).nth(free)).toHaveAttribute('aria-current', 'true');
    expect(await mediaTime(page)).toBeGreaterThanOrEqual(chapters[free]!.start);
    await expect(box).toBeVisible();
    await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.pause('api'));

    // Enter with the focus in the advisory confirms the selected (default) choice.
    await warn.focus();
    await page.keyboard.press('Enter');
    await expect(box).toHaveCount(0);
    const summary = advisorySummary(page);
    await expect(summary).toContainText(fr.chosen.warn);
    await expect(summary.getByRole('button', { name: fr.change })).toBeVisible();
    expect(JSON.parse((await storedWarnings(page))!)).toMatchObject({ preferences: { mode: 'warn' }, advisorySeen: true });

    // And warn it is: a jump into a stretch asks.
    await jumpTo(page, CAEN.start + 1);
    await expect(warningDialog(page)).toBeVisible();
  });

  test('"Passer ces passages" then "Valider": jumps land after the stretch, with no dialog, and the choice survives a reload', async ({ page }) => {
    await recordWarningEvents(page);
    await openEpisode(page);
    const box = advisory(page);
    await box.getByRole('radio', { name: fr.modes.skip }).check();
    await box.getByRole('button', { name: fr.confirm }).click();
    await expect(box).toHaveCount(0);
    await expect(advisorySummary(page)).toContainText(fr.chosen.skip);
    await expectJumpSkipped(page, MONTELIMAR);
    await expectJumpSkipped(page, CAEN);

    // Remembered: still collapsed, still skipping.
    await reloadEpisode(page);
    await expect(advisory(page)).toHaveCount(0);
    await expect(advisorySummary(page)).toContainText(fr.chosen.skip);
    await expectJumpSkipped(page, TULLE);
  });
});

test.describe('remembered choices', () => {
  test('a settings choice made before answering the advisory survives a reload', async ({ page }) => {
    await recordWarningEvents(page);
    await openEpisode(page);
    let panel = await openSettings(page);
    await overallRadio(panel, fr.modes.blur).check();
    await expect(panel.getByText('Choix enregistrés dans ce navigateur.')).toBeVisible();

    await reloadEpisode(page);
    // The advisory, open or collapsed, shows the remembered mode.
    await expect(
      advisory(page).getByRole('radio', { name: fr.modes.blur, checked: true }).or(advisorySummary(page).getByText(fr.chosen.blur)),
    ).toBeVisible();
    panel = await openSettings(page);
    await expect(overallRadio(panel, fr.modes.blur)).toBeChecked();
    // Blur: no question, the picture blurred and a badge says so.
    await jumpTo(page, TULLE.start + 1);
    await expect(page.locator('.video-js[data-dv-mask="blur"]')).toHaveCount(1);
    await expect(page.getByRole('status').filter({ hasText: 'Passage sensible : image floutée, son coupé' })).toBeVisible();
    await expect(warningDialog(page)).toHaveCount(0);
    expect(await shownCount(page)).toBe(0);
  });

  test('settings choices survive a reload, per category too ("combats" → skip)', async ({ page }) => {
    await recordWarningEvents(page);
    await openEpisode(page);
    await advisory(page).getByRole('radio', { name: fr.modes.warn }).focus();
    await page.keyboard.press('Enter');
    let panel = await openSettings(page);
    await overallRadio(panel, fr.modes.blur).check();
    await categorySelect(panel, 'combats').selectOption({ label: fr.modes.skip });
    await expect(panel.getByText('Choix enregistrés dans ce navigateur.')).toBeVisible();

    await reloadEpisode(page);
    await expect(advisory(page)).toHaveCount(0);
    await expect(advisorySummary(page)).toContainText(fr.chosen.blur);
    panel = await openSettings(page);
    await expect(overallRadio(panel, fr.modes.blur)).toBeChecked();
    await expect(categorySelect(panel, 'combats')).toHaveValue('skip');
    await expect(categorySelect(panel, 'morts')).toHaveValue('');
    // Combat is skipped; a stretch without combat is blurred; nothing asks.
    await expectJumpSkipped(page, MONTELIMAR);
    await jumpTo(page, TULLE.start + 1);
    await expect(page.locator('.video-js[data-dv-mask="blur"]')).toHaveCount(1);
    expect(await shownCount(page)).toBe(0);
  });

  test('"Ne plus me prévenir pour : combats" is remembered across a reload, and the settings show it', async ({ page }) => {
    await recordWarningEvents(page);
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    await openEpisode(page);
    await jumpTo(page, CAEN.start + 1);
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: fr.neverCombat }).click();
    await expect(dialog).toHaveCount(0);
    // The stretch goes on unmasked.
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(0);
    expect(JSON.parse((await storedWarnings(page))!)).toMatchObject({ preferences: { mode: 'warn', categories: { combat: 'off' } } });

    await reloadEpisode(page);
    // A combat-only stretch: no question, no mask, the media stays where it was sent.
    await jumpTo(page, MONTELIMAR.start + 1);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(MONTELIMAR.start + 1, 1);
    await expect(warningDialog(page)).toHaveCount(0);
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(0);
    expect(await shownCount(page)).toBe(0);
    // Other kinds are still asked about.
    await jumpTo(page, TULLE.start + 1);
    await expect(warningDialog(page)).toBeVisible();
    await warningDialog(page).getByRole('button', { name: fr.continue }).click();
    await expect(warningDialog(page)).toHaveCount(0);

    const panel = await openSettings(page);
    await expect(categorySelect(panel, 'combats')).toHaveValue('off');
    await expect(categorySelect(panel, 'combats').locator('option:checked')).toHaveText(fr.modes.off);
    await expect(overallRadio(panel, fr.modes.warn)).toBeChecked();
  });

  test('"Tout réinitialiser" brings back the defaults and the first-visit advisory', async ({ page }) => {
    await recordWarningEvents(page);
    await rememberWarnings(page, { mode: 'skip', categories: { combat: 'off', death: 'blur' }, advisorySeen: true });
    await openEpisode(page);
    await expect(advisorySummary(page)).toContainText(fr.chosen.skip);
    const panel = await openSettings(page);
    await expect(overallRadio(panel, fr.modes.skip)).toBeChecked();
    await expect(categorySelect(panel, 'combats')).toHaveValue('off');
    await panel.getByRole('button', { name: fr.reset }).click();
    await expect(panel.getByText(fr.resetDone)).toBeVisible();
    await expect(overallRadio(panel, fr.modes.warn)).toBeChecked();
    await expect(categorySelect(panel, 'combats')).toHaveValue('');
    await expect(categorySelect(panel, 'morts')).toHaveValue('');
    await expect(advisory(page)).toBeVisible();
    expect(await storedWarnings(page)).toBeNull();

    await reloadEpisode(page);
    await expect(advisory(page)).toBeVisible();
    await expect(advisory(page).getByRole('radio', { name: fr.modes.warn })).toBeChecked();
    await jumpTo(page, MONTELIMAR.start + 1);
    await expect(warningDialog(page)).toBeVisible();
  });
});

test.describe('storage that breaks', () => {
  const cases: { name: string; health: keyof typeof fr.storage; saveFirst?: boolean; init: () => void }[] = [
    {
      name: 'localStorage.getItem and setItem throw',
      health: 'unavailable',
      init: () => {
        Storage.prototype.getItem = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
        Storage.prototype.setItem = () => {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        };
      },
    },
    {
      name: 'reading window.localStorage throws',
      health: 'unavailable',
      init: () => {
        Object.defineProperty(window, 'localStorage', {
          configurable: true,
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      },
    },
    {
      name: 'the stored value is corrupt JSON',
      health: 'corrupt',
      init: () => localStorage.setItem('douze-vies:warnings:v1', '{not json'),
    },
    {
      name: 'setItem throws QuotaExceededError',
      health: 'full',
      saveFirst: true,
      init: () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    },
  ];

  for (const broken of cases) {
    test(`${broken.name}: no error, the video plays, warnings stay on, the settings say so`, async ({ page }) => {
      await recordWarningEvents(page);
      await page.addInitScript(broken.init);
      await openEpisode(page);
      await bigPlayButton(page).click();
      await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(0.3);
      expect(await isPaused(page)).toBe(false);

      await expect(advisory(page)).toBeVisible();
      // A quota error only shows on a write: confirm the advisory first (that closes the settings).
      if (broken.saveFirst) await advisory(page).getByRole('button', { name: fr.confirm }).click();
      const panel = await openSettings(page);
      await expect(panel.getByRole('status').filter({ hasText: fr.storage[broken.health] })).toBeVisible();
      await expect(overallRadio(panel, fr.modes.warn)).toBeChecked();

      await jumpTo(page, CAEN.start + 1);
      await expect(warningDialog(page)).toBeVisible();
      await expect.poll(() => isPaused(page)).toBe(true);
      expect(pageErrors).toEqual([]);
    });
  }
});

test.describe('child mode', () => {
  test('on with a code: only "skip" is left, every stretch is skipped, it survives a reload, and leaving it takes the code', async ({ page }) => {
    test.slow();
    await recordWarningEvents(page);
    await openEpisode(page);
    let panel = await openSettings(page);
    await expect(overallRadio(panel, fr.modes.off)).toBeVisible();
    await panel.getByLabel(fr.childCode).fill('1944');
    await panel.getByRole('button', { name: fr.childTurnOn }).click();
    await expect(panel.getByText(fr.childOn)).toBeVisible();

    const expectOnlySkip = async () => {
      await expect(overallRadio(panel, fr.modes.off)).toHaveCount(0);
      await expect(overallRadio(panel, fr.modes.skip)).toBeChecked();
      await expect(categorySelect(panel, 'combats').locator('option', { hasText: fr.modes.off })).toHaveCount(0);
      await expect(advisory(page).getByRole('radio', { name: fr.modes.off })).toHaveCount(0);
      await expect(advisory(page).getByRole('radio', { name: fr.modes.skip })).toBeChecked();
    };
    await expectOnlySkip();
    for (const stretch of STRETCHES) await expectJumpSkipped(page, stretch);

    const stored = (await storedWarnings(page))!;
    expect(stored).not.toContain('1944');
    expect(btoaNode('1944')).not.toBe('');
    expect(stored).not.toContain(btoaNode('1944'));
    expect(JSON.parse(stored)).toMatchObject({ child: { salt: expect.any(String), hash: expect.any(String), iterations: expect.any(Number) } });
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain('1944');

    await reloadEpisode(page);
    panel = await openSettings(page);
    await expect(panel.getByText(fr.childOn)).toBeVisible();
    await expectOnlySkip();
    await expectJumpSkipped(page, MONTELIMAR);

    // A wrong code: refused, child mode stays.
    await panel.getByLabel(fr.childCodeToTurnOff).fill('0000');
    await panel.getByRole('button', { name: fr.childTurnOff }).click();
    await expect(panel.getByRole('status').filter({ hasText: fr.childWrongCode })).toBeVisible();
    await expect(panel.getByText(fr.childOn)).toBeVisible();
    await expectJumpSkipped(page, TULLE);
    expect(JSON.parse((await storedWarnings(page))!).child).toBeDefined();

    // The right code: off, and every choice is offered again.
    await panel.getByLabel(fr.childCodeToTurnOff).fill('1944');
    await panel.getByRole('button', { name: fr.childTurnOff }).click();
    await expect(panel.getByText(fr.childOn)).toHaveCount(0);
    await expect(overallRadio(panel, fr.modes.off)).toBeVisible();
    await expect(advisory(page).getByRole('radio', { name: fr.modes.off })).toBeVisible();
    expect(JSON.parse((await storedWarnings(page))!).child).toBeUndefined();
    await jumpTo(page, MONTELIMAR.start + 1);
    await expect(warningDialog(page)).toBeVisible();
  });
});

function btoaNode(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

test.describe('the page’s policy (warnings="skip")', () => {
  test('set by the host page: jumps skip, and a viewer who chose "no warnings" cannot loosen it', async ({ page }) => {
    await recordWarningEvents(page);
    await rememberWarnings(page, { mode: 'off', categories: { combat: 'off' }, advisorySeen: false });
    await openEpisode(page);
    // Before the page sets a policy, the viewer's "no warnings" holds: the stretch just plays.
    await jumpTo(page, MONTELIMAR.start + 1);
    await expect.poll(() => mediaTime(page)).toBeCloseTo(MONTELIMAR.start + 1, 1);
    await expect(advisory(page).getByRole('radio', { name: fr.modes.off })).toBeChecked();

    await page.evaluate(() => document.querySelector('dv-player')!.setAttribute('warnings', 'skip'));
    // In force at once: out of the stretch the media is in, and past the next ones jumped into.
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(MONTELIMAR.end);
    await expectJumpSkipped(page, MONTELIMAR);
    await expectJumpSkipped(page, TULLE);
    expect(await shownCount(page)).toBe(0);

    const box = advisory(page);
    await expect(box.getByRole('radio')).toHaveCount(1);
    await expect(box.getByRole('radio', { name: fr.modes.skip })).toBeChecked();
    const panel = await openSettings(page);
    await expect(panel.getByText(fr.lockedSkip)).toBeVisible();
    await expect(overallRadio(panel, fr.modes.off)).toHaveCount(0);
    await expect(overallRadio(panel, fr.modes.warn)).toHaveCount(0);
    await expect(panel.getByRole('radio')).toHaveCount(1);
    await expect(overallRadio(panel, fr.modes.skip)).toBeChecked();
    const combat = categorySelect(panel, 'combats');
    await expect(combat).not.toHaveValue('off');
    await expect(combat.locator('option').filter({ hasText: fr.modes.off })).toHaveCount(0);
    await expect(combat.locator('option').filter({ hasText: fr.modes.warn })).toHaveCount(0);
  });
});

test.describe('events for site owners', () => {
  test('dv-warning-show carries the stretch; cancelled, the page asks its own way and answers with answerWarning()', async ({ page }) => {
    await recordWarningEvents(page);
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    await openEpisode(page);

    // Not cancelled: the player's dialog asks.
    await jumpTo(page, CAEN.start + 1);
    await expect(warningDialog(page)).toBeVisible();
    let events = await recorded(page);
    expect(events.shows).toHaveLength(1);
    expect(events.shows[0]).toEqual({
      stretch: { id: CAEN.key, start: CAEN.start, end: CAEN.end, categories: ['combat'], text: 'Longs combats pour Caen et images d\'une ville en ruines.' },
      path: 'api',
    });
    await warningDialog(page).getByRole('button', { name: fr.continue }).click();
    await expect(warningDialog(page)).toHaveCount(0);

    // Cancelled while playing: no dialog, the picture covered, playback held.
    await page.evaluate(() => (window.dvWarnings!.cancelShow = true));
    await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
    await expect.poll(() => isPaused(page)).toBe(false);
    await jumpTo(page, MONTELIMAR.start + 1);
    await expect.poll(async () => (await recorded(page)).shows.length).toBeGreaterThanOrEqual(2);
    events = await recorded(page);
    expect(events.shows.at(-1)!.stretch.id).toBe(MONTELIMAR.key);
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(1);
    await expect.poll(() => isPaused(page)).toBe(true);
    await expect(warningDialog(page)).toHaveCount(0);
    // Asking to play does not get past it.
    await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
    // Nothing to wait for but time: it must still be held a moment later.
    await page.waitForTimeout(400);
    expect(await isPaused(page)).toBe(true);
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(1);
    expect(await mediaTime(page)).toBeLessThan(MONTELIMAR.start + 1.2);
    await expect(warningDialog(page)).toHaveCount(0);

    // The page answers: the stretch plays, uncovered.
    await page.evaluate(() => document.querySelector('dv-player')!.answerWarning('continue'));
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(0);
    await expect.poll(() => mediaTime(page)).toBeGreaterThan(MONTELIMAR.start + 1.3);
    expect(await isPaused(page)).toBe(false);
    await expect(warningDialog(page)).toHaveCount(0);
  });

  test('dv-warning-choice carries the choice; cancelled, the dialog stays and nothing happens', async ({ page }) => {
    await recordWarningEvents(page);
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    await openEpisode(page);
    await page.evaluate(() => (window.dvWarnings!.cancelChoice = true));
    await jumpTo(page, MONTELIMAR.start + 1);
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();

    await dialog.getByRole('button', { name: fr.skip }).click();
    let events = await recorded(page);
    expect(events.choices).toHaveLength(1);
    expect(events.choices[0]!.choice).toBe('skip');
    expect(events.choices[0]!.stretch).toMatchObject({ id: MONTELIMAR.key, start: MONTELIMAR.start, end: MONTELIMAR.end, categories: ['combat'] });
    await expect(dialog).toBeVisible();
    expect(await mediaTime(page)).toBeCloseTo(MONTELIMAR.start + 1, 1);
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(1);

    await dialog.getByRole('button', { name: fr.continue }).click();
    events = await recorded(page);
    expect(events.choices.map((choice) => choice.choice)).toEqual(['skip', 'continue']);
    await expect(dialog).toBeVisible();
    await expect(page.locator('.video-js[data-dv-mask="cover"]')).toHaveCount(1);

    // Allowed again: the answer goes through.
    await page.evaluate(() => (window.dvWarnings!.cancelChoice = false));
    await dialog.getByRole('button', { name: fr.skip }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(MONTELIMAR.end);
    expect((await recorded(page)).choices.map((choice) => choice.choice)).toEqual(['skip', 'continue', 'skip']);
  });
});

test.describe('accessibility and languages', () => {
  for (const lang of ['fr', 'en'] as const) {
    const t = TEXT[lang];
    const other = TEXT[lang === 'fr' ? 'en' : 'fr'];

    test(`?lang=${lang}: the advisory, the settings and the dialog speak ${lang === 'fr' ? 'French' : 'English'}, and axe finds no violations`, async ({ page }) => {
      test.slow();
      await openEpisode(page, lang);
      const box = advisory(page, lang);
      await expect(box).toBeVisible();
      await expect(box).toHaveAttribute('lang', lang);
      await expect(box).toContainText(t.count);
      await expect(box.getByRole('group', { name: t.question })).toBeVisible();
      for (const mode of ['warn', 'skip', 'blur', 'off'] as const) await expect(box.getByRole('radio', { name: t.modes[mode] })).toBeVisible();
      await expect(box.getByRole('button', { name: t.confirm })).toBeVisible();
      await expect(box).not.toContainText(other.advisoryTitle);

      // One axe pass covers the first-visit advisory and the open settings panel (both on screen).
      const panel = await openSettings(page, lang);
      await expect(panel.getByRole('group', { name: t.overall })).toBeVisible();
      await expect(panel.getByRole('group', { name: t.perCategory })).toBeVisible();
      await expect(panel.getByRole('group', { name: t.childMode })).toBeVisible();
      await expect(panel.getByLabel(t.childCode)).toBeVisible();
      await expect(panel.getByRole('button', { name: t.reset })).toBeVisible();
      await expect(categorySelect(panel, t.categories[0]).locator('option').first()).toHaveText(t.sameAsOverall);
      await expect(box).toBeVisible();
      await expectNoAxeViolations(page);

      await jumpTo(page, CAEN.start + 1);
      const dialog = warningDialog(page, lang);
      await expect(dialog).toBeVisible();
      await expect(dialog).toHaveAccessibleName(new RegExp(t.dialogTitle));
      await expect(dialog).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(t.dialogInside)}`));
      await expect(dialog).toHaveAttribute('lang', lang);
      await expect(dialog.getByRole('button', { name: t.skip })).toBeFocused();
      for (const label of [t.skip, t.blur, t.continue, t.neverCombat]) await expect(dialog.getByRole('button', { name: label, exact: true })).toBeVisible();
      await expect(dialog).toContainText(t.escapeHint);
      await expect(dialog).not.toContainText(other.dialogTitle);
      await expectNoAxeViolations(page);

      // Escape is the safe choice: past this stretch, and asked about the one right after it.
      await page.keyboard.press('Escape');
      await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(CAEN.end);
      await expect(dialog).toContainText(t.categories[1]);
    });
  }
});

test.describe('fullscreen', () => {
  test('the dialog shows on screen in fullscreen, inside the fullscreen element', async ({ page }) => {
    await rememberWarnings(page, { mode: 'warn', advisorySeen: true });
    await openEpisode(page);
    await bigPlayButton(page).click();
    await expect.poll(() => mediaTime(page), { timeout: 15_000 }).toBeGreaterThan(0.3);
    await page.locator('.video-js').hover();
    await page.locator('.vjs-fullscreen-control').click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('video-js') ?? false)).toBe(true);

    await jumpTo(page, MONTELIMAR.start + 1);
    const dialog = warningDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeInViewport();
    expect(await page.evaluate(() => document.fullscreenElement?.contains(document.querySelector('dv-warning-dialog')) ?? false)).toBe(true);
    await expect(dialog.getByRole('button', { name: fr.skip })).toBeFocused();
    await dialog.getByRole('button', { name: fr.skip }).click();
    await expect(dialog).toHaveCount(0);
    await expect.poll(() => mediaTime(page)).toBeGreaterThanOrEqual(MONTELIMAR.end);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
