import type { Plugin } from 'vite';

const PREFIX = '\0dv-adopted-css:';
// Not ending in .css: Vite's CSS plugins must take the module for JavaScript.
const SUFFIX = '.adopt.js';

/**
 * For the one-script embed: every CSS file imported by the code becomes a module that adopts it on
 * the document (src/embed/adopt-styles.ts), so that the script carries its styles and a page needs
 * no `<link>` (and no `<style>` element, which a strict CSP refuses). `?inline` imports are left alone.
 */
export function cssAsAdoptedSheets(adoptModule: string): Plugin {
  return {
    name: 'douze-vies:css-as-adopted-sheets',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(PREFIX) || !/\.css$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && !resolved.external ? PREFIX + resolved.id + SUFFIX : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length, -SUFFIX.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { adoptDocumentStyles } from ${JSON.stringify(adoptModule)};`,
        'adoptDocumentStyles(css);',
      ].join('\n');
    },
  };
}
