import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';

const CONTENT_TYPES: Record<string, string> = {
  '.vtt': 'text/vtt; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Serves top-level content folders (`chapters/`, `subtitles/`) at `/<folder>/…` in the dev server
 * and emits their files into the production build, exactly as `public/` is treated.
 */
export function servedContentFolders(folders: string[]): Plugin {
  let root = process.cwd();
  return {
    name: 'douze-vies:content-folders',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const folder = folders.find((name) => url.startsWith(`/${name}/`));
        if (!folder) return next();
        const base = resolve(root, folder);
        const file = resolve(root, `.${url}`);
        if (!file.startsWith(base + sep)) return next();
        try {
          if (!statSync(file).isFile()) return next();
        } catch {
          return next();
        }
        const extension = file.slice(file.lastIndexOf('.'));
        res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
        res.setHeader('Cache-Control', 'no-cache');
        createReadStream(file).pipe(res);
      });
    },
    generateBundle() {
      for (const folder of folders) {
        const base = resolve(root, folder);
        for (const file of filesUnder(base)) {
          this.emitFile({
            type: 'asset',
            fileName: relative(root, file).split(sep).join('/'),
            source: readFileSync(file),
          });
        }
      }
    },
  };
}
