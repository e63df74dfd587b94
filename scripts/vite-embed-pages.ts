import type { Connect, Plugin } from 'vite';

/** The embed's entries as a site asks for them, and their sources (vite.embed.config.ts builds them). */
const EMBED_ENTRIES: Record<string, string> = {
  '/embed/douze-vies.js': '/src/embed/douze-vies.ts',
  '/embed/frame.js': '/src/embed/frame-page.ts',
};

/**
 * The host pages (`liberation.html`, `embed.html`, in `public/`) load the one-script embed as a site
 * owner would, from `embed/douze-vies.js`. Under `npm start` that file is its TypeScript source,
 * served by Vite; in the build, `vite build -c vite.embed.config.ts` writes it.
 *
 * The iframe page is meant to be framed by other sites: under `vite preview` it gets
 * `frame-ancestors *` instead of the site's `'self'` (what the README asks of a real server).
 */
export function embedPages(): Plugin {
  const toSource: Connect.NextHandleFunction = (req, _res, next) => {
    const path = req.url?.split('?')[0] ?? '';
    const entry = Object.keys(EMBED_ENTRIES).find((name) => path.endsWith(name));
    if (entry) req.url = EMBED_ENTRIES[entry];
    next();
  };
  return {
    name: 'douze-vies:embed-pages',
    configureServer(server) {
      server.middlewares.use(toSource);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/\/embed\.html$/.test(req.url?.split('?')[0] ?? '')) {
          const setHeader = res.setHeader.bind(res);
          res.setHeader = (name, value) =>
            setHeader(name, name.toLowerCase() === 'content-security-policy' ? String(value).replace("frame-ancestors 'self'", 'frame-ancestors *') : value);
        }
        next();
      });
    },
  };
}
