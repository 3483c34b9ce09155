import { resolve } from 'node:path';
import type { PieceRateStatement } from '../../../shared/api/production';
import { translator } from '../../../shared/i18n';
import { formatMoney } from '../../../shared/money';
import { moveMadeFile } from '../made-file';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { run, withApp } from '../run';

/** `sentra pay --month YYYY-MM`: the month's piece-rate statements, through the handler table. */

/** The month's first and last day, or null when `--month` is not a calendar month. */
export function monthPeriod(month: string | undefined): { from: string; to: string } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month ?? '');
  if (!match) return null;
  const [year, monthNo] = [Number(match[1]), Number(match[2])];
  const last = new Date(Date.UTC(year, monthNo, 0)).getUTCDate();
  return { from: `${match[1]}-${match[2]}-01`, to: `${match[1]}-${match[2]}-${String(last).padStart(2, '0')}` };
}

/** The JSON other tools read: snake_case, rupiah as whole numbers, exactly these keys. */
export function payJson(month: string, statements: PieceRateStatement[]) {
  return {
    month,
    statements: statements.map((s) => ({
      unit_code: s.unitCode,
      member_no: s.memberNo,
      accepted_pcs: s.lines.reduce((sum, line) => sum + line.accepted, 0),
      rejected_pcs: s.lines.reduce((sum, line) => sum + line.rejected, 0),
      gross_idr: s.gross,
      advances_idr: s.advances,
      overuse_idr: s.materialOveruse,
      net_idr: s.net,
    })),
  };
}

export function payCommand(args: CliArgs, out: Output): Promise<number> {
  const t = translator(args.locale);
  const period = monthPeriod(args.month);
  if (!period || args.month === undefined) return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message: t('workshops.cli.month'), details: { field: 'month' } }));
  const month = args.month;
  if (!args.out && !out.json) return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message: t('workshops.cli.out'), details: { field: 'out' } }));
  return withApp(args, out, async (app) => {
    const statements = await run(app, args, 'pieceRates:statement', period);
    const lines = [] as string[];
    if (args.out) {
      const file = await run(app, args, 'files:pieceRates', period);
      moveMadeFile(file, resolve(args.out));
      lines.push(t('workshops.cli.wrote', { file: args.out }));
    }
    const net = statements.reduce((sum, s) => sum + s.net, 0);
    const gross = statements.reduce((sum, s) => sum + s.gross, 0);
    lines.push(t('workshops.cli.summary', { month, count: statements.length, gross: formatMoney(gross, 'IDR', args.locale), net: formatMoney(net, 'IDR', args.locale) }));
    out.result(payJson(month, statements), lines.join('\n'));
    return 0;
  });
}
