import type { Plugin, ViteDevServer } from 'vite';
import { checkContent } from '../src/content/content-check.ts';
import { formatProblem } from '../src/content/content-problem.ts';
import { filesUnder } from './content-files.ts';

const WATCHED = /(^|\/)(chapters|subtitles)\/.*\.vtt$|(^|\/)public\/.*\.json$/;

/**
 * Runs the content checker in the dev server, at start and whenever a content file changes, and
 * shows its errors in Vite's error overlay (the same list `npm run check:content` prints).
 */
export function contentCheckOverlay(manifest = 'public/manifest.json'): Plugin {
  let errors: string[] = [];
  const send = (server: ViteDevServer) => {
    if (errors.length === 0) return;
    server.ws.send({
      type: 'error',
      err: {
        message: `Content check: ${errors.length} error${errors.length === 1 ? '' : 's'}\n\n${errors.join('\n')}`,
        stack: '',
        plugin: 'douze-vies:content-check',
        id: manifest,
      },
    });
  };
  const run = (server: ViteDevServer) => {
    const had = errors.length;
    const problems = checkContent(filesUnder(server.config.root), manifest);
    errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    for (const line of errors) server.config.logger.error(`content: ${line}`);
    if (errors.length > 0) send(server);
    else if (had > 0) server.ws.send({ type: 'full-reload' });
  };
  return {
    name: 'douze-vies:content-check',
    apply: 'serve',
    configureServer(server) {
      run(server);
      server.ws.on('connection', () => send(server));
      server.watcher.add(['chapters', 'subtitles']);
      server.watcher.on('all', (_event, file) => {
        if (WATCHED.test(file.replaceAll('\\', '/'))) run(server);
      });
    },
  };
}
