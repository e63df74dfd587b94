// Figures and verdicts for `npm run bench`: percentiles, aligned rows, and the PASS/MISS list
// printed at the end of a run.

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** `12.3 ms` padded to line up in a column. */
export function ms(value: number, width = 7): string {
  return `${Number.isFinite(value) ? value.toFixed(1) : '–'} ms`.padStart(width + 3);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).padStart(6)} kB`;
}

export function mb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
}

/** One distribution on a line: n, p50, p95, max (values in milliseconds). */
export function row(name: string, values: readonly number[]): string {
  if (values.length === 0) return `${name.padEnd(40)} n=  0`;
  return `${name.padEnd(40)} n=${String(values.length).padStart(4)}  p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(Math.max(...values))}`;
}

export interface Verdict {
  readonly name: string;
  readonly measured: string;
  readonly target: string;
  readonly pass: boolean;
}

const verdicts: Verdict[] = [];

/** Records a figure against its target, prints it beside the verdict, and keeps it for the summary. */
export function judge(name: string, measured: string, target: string, pass: boolean): void {
  verdicts.push({ name, measured, target, pass });
  console.log(`  ${pass ? 'PASS' : 'MISS'}  ${name}: ${measured} (target ${target})`);
}

/** A figure that could not be measured counts as a miss, with the reason. */
export function unmeasured(name: string, target: string, reason: string): void {
  judge(name, `not measured: ${reason}`, target, false);
}

export function heading(text: string): void {
  console.log(`\n== ${text}`);
}

export function printSummary(): number {
  heading('Summary');
  for (const verdict of verdicts) console.log(`  ${verdict.pass ? 'PASS' : 'MISS'}  ${verdict.name.padEnd(52)} ${verdict.measured}  [${verdict.target}]`);
  const missed = verdicts.filter((verdict) => !verdict.pass).length;
  console.log(`  ${verdicts.length - missed} pass, ${missed} miss`);
  return missed;
}
