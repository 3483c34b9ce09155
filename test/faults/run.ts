import { printFuzz, runFuzz } from './fuzz';
import { killFailures, printKillTrials, runKillTrials } from './kill9';

/**
 * `npm run faults`: the fault layer of TESTING.md — the fuzz of every call of the handler table,
 * then the kill -9 trials of the CLI — each printing its counts. Exits 1 on any finding.
 * Options: `--only=fuzz|kill`, `--trials=N` (kills per operation, 6), `--rows=N` (rows of the
 * imported workbook, 50,000), `--verbose` (a line per call and per trial).
 */
function option(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

const only = option('only');
const verbose = process.argv.includes('--verbose');
const quiet = () => undefined;
let failures = 0;

if (only !== 'kill') {
  const report = await runFuzz({ log: verbose ? console.log : quiet });
  printFuzz(report);
  failures += report.tally.failures + (report.sweep?.failed.length ?? 0);
}
if (only !== 'fuzz') {
  const tallies = await runKillTrials({ trials: Number(option('trials') ?? 6), rows: Number(option('rows') ?? 50_000), log: verbose ? console.log : quiet });
  printKillTrials(tallies);
  failures += killFailures(tallies);
}
console.log(failures === 0 ? 'faults: nothing lost, nothing written by a refused call' : `faults: ${failures} findings (listed above)`);
process.exitCode = failures === 0 ? 0 : 1;
