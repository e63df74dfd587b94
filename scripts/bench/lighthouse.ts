// Lighthouse 12.2.3 (its Node API) on the built site served by vite preview, in Debian's Chromium
// launched by chrome-launcher (a dependency of lighthouse). Default settings: mobile emulation and
// simulated throttling. Baselines: in the same run, a bare page with the browser's own <video>
// (same media and poster, no script: the best this machine scores today, so a loaded machine shows
// as a low baseline); and a fixed reference, the figures measured on an earlier build and written
// down in ../shared/TOOLCHAIN.md (performance 0.90–0.91, CLS 0.166, accessibility 1.0).
import { writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, DIST, ORIGIN, PORT, chromiumPath } from './server.ts';

const BARE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bench: the browser's own video element</title><meta name="description" content="Baseline page for the bench."></head>
<body><main><h1>Épisode 6</h1>
<video controls preload="metadata" poster="/media/episode-06.jpg" width="640" height="360" aria-label="Épisode 6">
<source src="/media/episode-06.webm" type="video/webm"><source src="/media/episode-06.mp4" type="video/mp4"></video>
</main></body></html>
`;
import { heading, judge } from './stats.ts';

const REFERENCE = { performance: 0.9, accessibility: 1, bestPractices: undefined, cls: 0.166 } as const;

export async function benchLighthouse(): Promise<void> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    port: PORT + 1,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS.filter((flag) => !flag.startsWith('--autoplay'))],
  });
  try {
    const options = { port: chrome.port, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance', 'accessibility', 'best-practices'] };
    writeFileSync(`${DIST}/bench-bare.html`, BARE_PAGE);
    const bare = (await lighthouse(`${ORIGIN}/bench-bare.html`, options))?.lhr;
    const result = await lighthouse(`${ORIGIN}/`, options);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    const score = (id: string) => lhr.categories[id]?.score ?? Number.NaN;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const performance = score('performance');
    const accessibility = score('accessibility');
    const bestPractices = score('best-practices');
    const cls = audit('cumulative-layout-shift');
    heading(`Lighthouse ${lhr.lighthouseVersion} (${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling) on ${ORIGIN}/`);
    console.log(`  performance ${performance.toFixed(2)}  accessibility ${accessibility.toFixed(2)}  best practices ${bestPractices.toFixed(2)}`);
    console.log(`  CLS ${cls.toFixed(3)}  LCP ${audit('largest-contentful-paint').toFixed(0)} ms  TBT ${audit('total-blocking-time').toFixed(0)} ms  FCP ${audit('first-contentful-paint').toFixed(0)} ms`);
    if (bare) {
      const bareAudit = (id: string) => bare.audits[id]?.numericValue ?? Number.NaN;
      console.log(
        `  baseline, same run: a bare <video> page  performance ${(bare.categories.performance?.score ?? Number.NaN).toFixed(2)}  CLS ${bareAudit('cumulative-layout-shift').toFixed(3)}  LCP ${bareAudit('largest-contentful-paint').toFixed(0)} ms  TBT ${bareAudit('total-blocking-time').toFixed(0)} ms`,
      );
    }
    console.log(`  baseline (fixed reference, an earlier build, ../shared/TOOLCHAIN.md): performance ${REFERENCE.performance.toFixed(2)}–0.91, CLS ${REFERENCE.cls}, accessibility ${REFERENCE.accessibility.toFixed(1)}, best practices not recorded`);
    const shifts = lhr.audits['layout-shifts']?.details as { items?: { node?: { selector?: string }; score?: number }[] } | undefined;
    for (const item of shifts?.items?.slice(0, 3) ?? []) console.log(`    layout shift ${item.score?.toFixed(3)} at ${item.node?.selector ?? '?'}`);
    judge('Lighthouse performance', performance.toFixed(2), '≥ 0.95', performance >= 0.95);
    judge('Lighthouse accessibility', accessibility.toFixed(2), '1.0', accessibility >= 1);
    judge('Lighthouse best practices', bestPractices.toFixed(2), '≥ 0.95', bestPractices >= 0.95);
    judge('Lighthouse CLS', cls.toFixed(3), '< 0.05', cls < 0.05);
  } finally {
    chrome.kill();
  }
}
