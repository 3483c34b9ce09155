import { checkWorkbooks, describeCheck } from '../helpers/recalc';

/**
 * `npx tsx test/workbooks/check-files.ts A.xlsx B.xlsx …` — the recalculation check on workbooks
 * at hand (say, `sentra report production --out P.xlsx`): LibreOffice recalculates them (forced on
 * load), every formula cell's cached value is compared with the computed one, every XML part is
 * parsed. Prints one line per problem and exits 1 if there is any.
 */
async function main(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('usage: npx tsx test/workbooks/check-files.ts F.xlsx [F.xlsx …]');
    return 2;
  }
  const check = await checkWorkbooks(paths);
  const problems = describeCheck(check);
  for (const line of problems) console.log(line);
  console.log(`${check.files} workbooks, ${check.cells} formula cells compared, ${check.mismatches.length} mismatches, ${check.malformed.length} malformed parts`);
  return problems.length === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
