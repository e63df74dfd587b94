// npm run check:content — checks the manifest and every content file it reaches.
// Prints one `file:line:col message` per problem; exits 1 on any error.
import { checkContent } from '../src/content/content-check.ts';
import { formatProblem } from '../src/content/content-problem.ts';
import { filesUnder } from './content-files.ts';

const manifest = process.argv[2] ?? 'public/manifest.json';
const problems = checkContent(filesUnder(process.cwd()), manifest);
for (const problem of problems) {
  console.log(problem.severity === 'error' ? formatProblem(problem) : formatProblem({ ...problem, message: `warning: ${problem.message}` }));
}
const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
console.log(`check:content ${manifest}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
process.exit(errors > 0 ? 1 : 0);
