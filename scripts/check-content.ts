// npm run check:content — checks the manifest and every content file it reaches, the moment links
// of the host pages beside it (public/*.html with a dv-player), and the demo episode scripts' narration (scripts/episodes/*.json: numbers the voice could not read).
// Prints one `file:line:col message` per problem; exits 1 on any error.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../src/content/content-check.ts';
import { formatProblem } from '../src/content/content-problem.ts';
import { filesUnder } from './content-files.ts';
import { narrationProblems } from './demo/narration-check.ts';

const EPISODE_SCRIPTS = 'scripts/episodes';

const manifest = process.argv[2] ?? 'public/manifest.json';
// Host pages beside the manifest that embed players: their moment links are checked too.
const folder = dirname(manifest);
const hostPages = readdirSync(folder)
  .filter((name) => name.endsWith('.html'))
  .map((name) => join(folder, name))
  .filter((path) => readFileSync(path, 'utf8').includes('<dv-player'));
const problems = checkContent(filesUnder(process.cwd()), manifest, hostPages);
if (existsSync(EPISODE_SCRIPTS)) {
  for (const name of readdirSync(EPISODE_SCRIPTS).filter((file) => file.endsWith('.json')).sort()) {
    const path = join(EPISODE_SCRIPTS, name);
    problems.push(...narrationProblems(readFileSync(path, 'utf8'), path));
  }
}
for (const problem of problems) {
  console.log(problem.severity === 'error' ? formatProblem(problem) : formatProblem({ ...problem, message: `warning: ${problem.message}` }));
}
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`check:content ${manifest}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
process.exit(errors > 0 ? 1 : 0);
