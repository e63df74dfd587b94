/**
 * Under `?lang=en` no French string shows, and under `?lang=fr` no English one: every view is opened
 * (the companion's four tabs, the 1944 calendar, a profile, the teacher's note, every <details>, the
 * first-visit advisory and the warning settings, a warning dialog, video.js's rate and subtitles
 * menus and its caption settings, a video that cannot be loaded) and every visible text, and every aria-label, aria-description,
 * aria-valuetext, title, placeholder, alt and button value, is read, shadow roots included, then
 * judged by tests/browser/language-detector.ts (unit-tested on planted strings in
 * tests/unit/language-detector.test.ts).
 *
 * Text marked with another `lang` (the language switch's « Français » / "English") is skipped: that
 * is how a page says a passage is legitimately in another language. Publishers' names and works'
 * titles are skipped by selector (NAME_SELECTORS); anything else legitimately in the other language
 * goes in ALLOWED, with its reason.
 *
 * DV_LANG_DEBUG=/tmp/strings.tsv prints each step's timing and appends every string read to that file.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chapterButtons, demoChapters, demoContext, rememberWarnings, serveFixtures, waitForMedia } from './fixtures.ts';
import { isInOtherLanguage, languageEvidence, type DetectedLang } from './language-detector.ts';

/** One string the viewer (or a screen reader) meets, and where. */
interface Shown {
  readonly text: string;
  /** A short path: host elements and the element, with the attribute read ("button@aria-label"). */
  readonly where: string;
}

/**
 * Elements whose own text is a name, not interface: the publishers of sources (cards, profiles,
 * the teacher's note's bibliography) and the titles of the works it lists, whatever their language.
 * Their children are still read (the hidden « (nouvel onglet) » / "(new tab)").
 */
const NAME_SELECTORS = ['ul.sources a', 'ol.bibliography a', 'ol.bibliography cite'];

/**
 * Strings legitimately in the other language that no `lang` attribute marks and NAME_SELECTORS does
 * not cover, each with its reason. Empty today: names say nothing to the detector ("Pointe du Hoc",
 * "Band of Brothers"), the subtitle tracks' own names « Français » / "English" are names too, and the
 * bibliography's titles sit in <cite> (NAME_SELECTORS). Add here, with a reason, rather than loosen
 * the detector.
 */
const ALLOWED: readonly { readonly text: RegExp; readonly reason: string }[] = [];

/**
 * Collects what a viewer can see or hear: the own text of every rendered element, the labels and
 * descriptions of every rendered element, the options of rendered selects, the titles of rendered
 * SVGs; through open shadow roots; skipping subtrees marked with a `lang` other than the page's.
 */
function collectShownStrings({ pageLang, nameSelectors }: { pageLang: string; nameSelectors: string[] }): Shown[] {
  const shown: Shown[] = [];
  const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];
  const add = (text: string | null | undefined, where: string) => {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim();
    if (clean) shown.push({ text: clean, where });
  };
  const rendered = (element: Element): boolean => {
    if (element.checkVisibility({ visibilityProperty: true })) return true;
    // `display: contents` has no box of its own: it shows what its parent shows.
    if (getComputedStyle(element).display === 'contents') {
      const parent = element.parentElement ?? ((element.getRootNode() as ShadowRoot).host as Element | undefined);
      return parent ? rendered(parent) : true;
    }
    return false;
  };
  const nameOf = (element: Element) => {
    const id = element.id ? `#${element.id}` : '';
    const cls = typeof element.className === 'string' && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
    return `${element.localName}${id}${cls}`;
  };
  const walk = (element: Element, lang: string, path: string) => {
    const own = element.getAttribute('lang');
    const here = own ?? lang;
    if (here !== pageLang) return;
    if (['script', 'style', 'template', 'noscript', 'link', 'meta'].includes(element.localName)) return;
    const where = `${path} > ${nameOf(element)}`;
    const text = Array.from(element.childNodes)
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
    const attributes = ATTRIBUTES.filter((attribute) => element.hasAttribute(attribute));
    const isButtonInput = element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type);
    // Visibility is asked only of elements with something to read (the map has thousands of bare paths).
    if (text || attributes.length > 0 || isButtonInput || element instanceof HTMLSelectElement) {
      const isSvgText = element instanceof SVGElement && (element.localName === 'title' || element.localName === 'desc');
      const visible = isSvgText ? !!element.parentElement && rendered(element.parentElement) : rendered(element);
      if (visible) {
        for (const attribute of attributes) add(element.getAttribute(attribute), `${where}@${attribute}`);
        if (isButtonInput) add(element.value, `${where}@value`);
        if (element instanceof HTMLSelectElement) for (const option of Array.from(element.options)) add(option.text, `${where} > option`);
        if (!nameSelectors.some((selector) => element.matches(selector))) add(text, where);
      }
    }
    if (element.shadowRoot) for (const child of Array.from(element.shadowRoot.children)) walk(child, here, `${where}::shadow`);
    for (const child of Array.from(element.children)) walk(child, here, where);
  };
  walk(document.body, document.documentElement.lang, 'html');
  add(document.title, 'document.title');
  add(document.querySelector('meta[name="description"]')?.getAttribute('content'), 'meta[name=description]');
  return shown;
}

/** Opens every closed <details> on the page, shadow roots included (card notes, place lists, the note). */
async function openAllDetails(page: Page): Promise<void> {
  await page.evaluate(() => {
    const open = (root: Document | ShadowRoot) => {
      for (const details of Array.from(root.querySelectorAll('details'))) details.open = true;
      for (const element of Array.from(root.querySelectorAll('*'))) if (element.shadowRoot) open(element.shadowRoot);
    };
    open(document);
  });
}

class LanguageAudit {
  readonly findings = new Map<string, string>();
  private readonly started = Date.now();
  constructor(
    private readonly page: Page,
    private readonly lang: DetectedLang,
  ) {}

  /** Reads the page as it is now and keeps what is in the other language. */
  async scan(step: string): Promise<number> {
    const scanStart = Date.now();
    const shown = await this.page.evaluate(collectShownStrings, { pageLang: this.lang, nameSelectors: NAME_SELECTORS });
    if (process.env.DV_LANG_DEBUG) {
      console.log(`${((Date.now() - this.started) / 1000).toFixed(1)} s ${step}: ${shown.length} strings in ${Date.now() - scanStart} ms`);
      const { appendFileSync } = await import('node:fs');
      appendFileSync(process.env.DV_LANG_DEBUG, shown.map(({ text, where }) => `${this.lang}\t${step}\t${where.replace(/^.*(>|::shadow)/, '')}\t${text}\n`).join(''));
    }
    for (const { text, where } of shown) {
      if (!isInOtherLanguage(text, this.lang) || ALLOWED.some((allowed) => allowed.text.test(text))) continue;
      const key = `${where} ${text}`;
      if (this.findings.has(key)) continue;
      const evidence = languageEvidence(text);
      this.findings.set(key, `[${step}] ${where}\n    ${JSON.stringify(text)}  (fr: ${evidence.fr.join(' ')} | en: ${evidence.en.join(' ')})`);
    }
    return shown.length;
  }
}

const CONTEXT = demoContext();
const STRETCHES = CONTEXT.warnings;
/** Inside a stretch where people are on screen: the warning dialog, then the people strip. */
const WITH_PEOPLE = CONTEXT.appearances[0]!;

async function seek(page: Page, time: number): Promise<void> {
  await page.evaluate((to) => document.querySelector('dv-player')!.playerRemote!.seek(to, 'api'), time);
}

const TEXT = {
  fr: {
    settings: 'Réglages des avertissements',
    tabs: ['Contexte', 'Personnes', 'Carte', 'Chronologie'],
    calendar: 'Calendrier 1944',
    continue: 'Continuer',
    transcript: 'Transcription',
    share: 'Partager ce moment',
    shortcuts: 'Raccourcis clavier',
    descriptions: 'Audiodescription',
  },
  en: {
    settings: 'Warning settings',
    tabs: ['Context', 'People', 'Map', 'Timeline'],
    calendar: '1944 calendar',
    continue: 'Continue',
    transcript: 'Transcript',
    share: 'Share this moment',
    shortcuts: 'Keyboard shortcuts',
    descriptions: 'Audio description',
  },
} as const;

/** axe-core's violations in the page (or in `include` only), as readable lines. */
async function axeViolations(page: Page, ...include: string[]): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  for (const selector of include) builder.include(selector);
  const results = await builder.analyze();
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

for (const lang of ['fr', 'en'] as const) {
  test(`?lang=${lang}: no string of the other language on any view`, async ({ page }) => {
    test.setTimeout(90_000); // about 30 s (the three axe audits take half); the margin is for a busy machine
    const t = TEXT[lang];
    const audit = new LanguageAudit(page, lang);
    // Coming back to an episode left part-way: the resume offer shows too.
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('dv-test-resume')) {
        sessionStorage.setItem('dv-test-resume', '1');
        localStorage.setItem('douze-vies.resume.v1', JSON.stringify({ 'episode-06': { time: 200, duration: 420, savedAt: 1 } }));
      }
    });
    await page.goto(`/?lang=${lang}&episode=episode-06`);
    await waitForMedia(page);
    await expect(chapterButtons(page).first()).toBeVisible();
    await expect(page.locator('.vjs-progress-holder .dv-stretch-mark')).toHaveCount(STRETCHES.length);

    // Played a moment (video.js shows its control bar once started), then a card passed and one on screen.
    const bayeux = CONTEXT.cards[0]!;
    const before = CONTEXT.cards.find((card) => card.end <= STRETCHES[0]!.start && card.start > bayeux.start)!;
    await seek(page, bayeux.start + 0.2);
    await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
    await expect.poll(() => page.evaluate(() => document.querySelector('video')!.currentTime)).toBeGreaterThan(bayeux.start + 0.4);
    await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.pause('api'));
    await seek(page, before.start + 0.5);
    await expect(page.locator('dv-context-cards').locator(`article[data-card="${before.key}"]`)).toBeVisible();
    await openAllDetails(page);
    expect(await audit.scan('first visit: advisory, context, chapters, control bar')).toBeGreaterThan(50);

    // The warning settings, opened from the advisory.
    await page.getByRole('dialog').getByRole('button', { name: t.settings }).click();
    await expect(page.getByRole('region', { name: t.settings })).toBeVisible();
    await audit.scan('warning settings');

    // video.js's menus: playback rate, subtitles, and the caption settings dialog.
    const rate = page.locator('.vjs-playback-rate');
    await rate.locator('button').first().click();
    await expect(rate.locator('.vjs-menu-item').first()).toBeVisible();
    await audit.scan('video.js playback rate menu');
    await page.keyboard.press('Escape');
    const subtitles = page.locator('.vjs-subs-caps-button');
    await subtitles.locator('button').first().click();
    await expect(subtitles.locator('.vjs-menu-item').first()).toBeVisible();
    await audit.scan('video.js subtitles menu');
    await subtitles.locator('.vjs-texttrack-settings').click();
    await expect(page.locator('.vjs-text-track-settings')).toBeVisible();
    await audit.scan('video.js caption settings');
    await page.locator('.vjs-text-track-settings .vjs-done-button').click();

    // A warning dialog: into a stretch where people are on screen; then watch it.
    await seek(page, WITH_PEOPLE.start + 0.5);
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toBeVisible();
    await audit.scan('warning dialog');
    await dialog.getByRole('button', { name: t.continue, exact: true }).click();
    await expect(dialog).toHaveCount(0);

    await page.getByRole('tab', { name: t.tabs[1] }).click();
    const people = page.locator('dv-people-panel');
    await expect(people.locator('.strip [data-person]').first()).toBeVisible();
    await audit.scan('people');
    await people.locator('.gallery .open').first().click();
    await expect(people.getByRole('dialog')).toBeVisible();
    await openAllDetails(page);
    await audit.scan('a profile');
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: t.tabs[2] }).click();
    const map = page.locator('dv-liberation-map');
    await expect(map.locator('svg[part="map"]')).toBeVisible();
    await audit.scan('map');
    await map.getByRole('button', { name: t.calendar }).click();
    await expect(map.getByRole('slider')).toBeVisible();
    await audit.scan('1944 calendar');

    await page.getByRole('tab', { name: t.tabs[3] }).click();
    await expect(page.locator('dv-card-timeline').getByRole('listitem').first()).toBeVisible();
    await audit.scan('timeline');

    // The transcript tab, where the page has one.
    await page.getByRole('tab', { name: t.transcript, exact: true }).click();
    await expect(page.locator('dv-transcript').locator('[part~="line"]').first()).toBeVisible();
    await audit.scan('transcript');

    // Under the video: audio description on (this Chromium has no voice: its text and a note show),
    // the share panel (no clipboard permission: the link to copy by hand).
    const descriptions = page.getByRole('button', { name: t.descriptions });
    await descriptions.click();
    await expect(descriptions).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: t.share }).click();
    await expect(page.locator('dv-comfort-bar').locator('input')).toBeVisible();
    await audit.scan('audio description and share');

    await page.getByRole('tab', { name: t.tabs[0] }).click();
    await expect(page.locator('dv-teacher-note summary')).toBeVisible();
    await openAllDetails(page);
    await expect(page.locator('dv-teacher-note .body')).toBeVisible();
    await audit.scan("context and the teacher's note");

    // axe on every view at once: each companion panel (as left: the calendar, the transcript…) shown
    // side by side, the teacher's note open, the share panel and audio description on.
    await page.evaluate(() => document.querySelectorAll<HTMLElement>('[role="tabpanel"]').forEach((panel) => (panel.hidden = false)));
    expect(await axeViolations(page), `axe on every panel under ?lang=${lang}`).toEqual([]);
    await descriptions.click();

    // The keyboard shortcuts' help, and a profile: modal dialogs, audited on their own.
    await page.getByRole('button', { name: t.shortcuts }).click();
    const help = page.getByRole('dialog', { name: t.shortcuts });
    await expect(help).toBeVisible();
    await audit.scan('keyboard shortcuts help');
    expect(await axeViolations(page, 'dv-shortcut-help'), 'axe on the shortcuts help').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await people.locator('.gallery .open').first().click();
    await expect(people.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(page, 'dv-people-panel'), 'axe on a profile').toEqual([]);
    await page.keyboard.press('Escape');

    // Errors speak the page's language too: a video that cannot be loaded (the player's message over
    // the picture, with its retry, and the authors' disclosure under it).
    await serveFixtures(page, { 'manifest.json': { series: 'Test', episodes: [{ id: 'missing', number: 1, title: 'Test', sources: [{ src: '/fixtures/missing.webm', type: 'video/webm' }] }] } });
    await page.goto(`/?lang=${lang}&manifest=/fixtures/manifest.json`);
    await expect(page.locator('dv-media-error').getByRole('alert')).toBeVisible();
    await expect(page.locator('dv-content-messages').getByRole('group')).toBeVisible();
    await audit.scan('a video that cannot be loaded');

    expect([...audit.findings.values()], `strings in the wrong language under ?lang=${lang}`).toEqual([]);
  });
}

// Not about languages, but about what the keyboard and a screen reader meet under the video; kept
// here to share the page load budget.
test('previous / next chapter keep the keyboard focus at either end, and each new chapter is announced once', async ({ page }) => {
  const chapters = demoChapters();
  await rememberWarnings(page, { mode: 'off', advisorySeen: true });
  await page.goto('/');
  await waitForMedia(page);
  const nav = page.locator('dv-chapter-nav');
  const previous = nav.getByRole('button', { name: 'Chapitre précédent' });
  const next = nav.getByRole('button', { name: 'Chapitre suivant' });
  await expect(next).toBeVisible();
  // Every text the live region takes, in order.
  await page.evaluate(() => {
    const region = document.querySelector('dv-player')!.shadowRoot!.querySelector('dv-chapter-nav')!.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const said: string[] = [];
    (window as unknown as { dvSaid: string[] }).dvSaid = said;
    new MutationObserver(() => {
      const text = region.textContent!.trim();
      if (text) said.push(text);
    }).observe(region, { childList: true, subtree: true, characterData: true });
  });
  const said = () => page.evaluate(() => (window as unknown as { dvSaid: string[] }).dvSaid);

  // At the first chapter, "previous" has nowhere to go: it says so, and keeps the focus.
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(previous).toBeFocused();

  await next.focus();
  for (let i = 1; i < chapters.length; i++) {
    await page.keyboard.press('Enter');
    await expect(chapterButtons(page).nth(i)).toHaveAttribute('aria-current', 'true');
    await expect(next).toBeFocused();
  }
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  const atEnd = await page.evaluate(() => document.querySelector('video')!.currentTime);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await expect(next).toBeFocused();
  expect(await page.evaluate(() => document.querySelector('video')!.currentTime)).toBe(atEnd);
  await expect(previous).not.toHaveAttribute('aria-disabled', 'true');

  // Playback across a chapter's end announces the next one, once.
  await page.evaluate((to) => document.querySelector('dv-player')!.playerRemote!.seek(to, 'api'), chapters[1]!.start - 0.6);
  await expect(chapterButtons(page).nth(0)).toHaveAttribute('aria-current', 'true');
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.play('api'));
  await expect(chapterButtons(page).nth(1)).toHaveAttribute('aria-current', 'true');
  await page.evaluate(() => document.querySelector('dv-player')!.playerRemote!.pause('api'));
  const titles = chapters.map((chapter) => `Chapitre\u00a0: ${chapter.title}`);
  await expect.poll(said).toEqual([...titles.slice(1), titles[0], titles[1]]);
});
