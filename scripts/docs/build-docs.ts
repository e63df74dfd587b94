// Build step: the Custom Elements Manifest of our elements (analyzer + custom-elements-manifest.config.mjs)
// and the API reference generated from it:
//   <dist>/custom-elements.json, <dist>/docs/index.html, <dist>/docs/docs.css   (<dist> = $DV_DIST or dist)
// Fails, naming the file, when an element of src/ui/dv-*.ts or one of its public properties is undocumented.
// Run: tsx scripts/docs/build-docs.ts

import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { findDocGaps } from './doc-gaps.ts';
import { customElementsOf, type Manifest } from './manifest-elements.ts';
import { renderDocs } from './render-docs.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const dist = resolve(root, process.env.DV_DIST ?? 'dist');
const configFile = join(root, 'custom-elements-manifest.config.mjs');

/** Files the analyzer is meant to read (the config's globs); anything else means the config was not used. */
const EXPECTED_FILE = /^src\/(ui\/dv-[^/]+|app\/dv-app)\.ts$/;

function fail(message: string): never {
  console.error(`build-docs: ${message}`);
  process.exit(1);
}

async function analyze(): Promise<Manifest> {
  const manifest = (await cli({
    argv: ['analyze', '--config', configFile, '--outdir', dist],
    cwd: root,
    noWrite: true,
  })) as Manifest | undefined;
  if (!manifest || !Array.isArray(manifest.modules) || manifest.modules.length === 0) {
    fail(`the analyzer produced no modules (is ${configFile} readable?)`);
  }
  const stray = manifest.modules.map((module) => module.path).filter((path) => !EXPECTED_FILE.test(path));
  if (stray.length > 0) fail(`the analyzer read files outside the config's globs (${stray[0]}…): was ${configFile} loaded?`);
  return manifest;
}

const manifest = await analyze();

const gaps = findDocGaps(manifest, { required: (path) => path.startsWith('src/ui/dv-') });
if (gaps.length > 0) {
  for (const gap of gaps) console.error(`${gap.file}: <${gap.tag}>: ${gap.message}`);
  fail(`${gaps.length} documentation gap(s) in the elements' JSDoc (see above); the API reference was not written.`);
}

const html = renderDocs(manifest, { demoPageTags: ['dv-app'], firstTags: ['dv-player'] });
await mkdir(join(dist, 'docs'), { recursive: true });
await writeFile(join(dist, 'custom-elements.json'), `${JSON.stringify(manifest, null, 2)}\n`);
await writeFile(join(dist, 'docs', 'index.html'), html);
await copyFile(join(here, 'docs.css'), join(dist, 'docs', 'docs.css'));

const elements = customElementsOf(manifest);
const count = (pick: (e: (typeof elements)[number]) => readonly unknown[] | undefined) =>
  elements.reduce((sum, element) => sum + (pick(element)?.length ?? 0), 0);
console.log(
  `build-docs: ${elements.length} elements, ${count((e) => e.declaration.attributes)} attributes, ` +
    `${count((e) => e.declaration.events)} events → ${join(dist, 'custom-elements.json')}, ${join(dist, 'docs/index.html')}`,
);
