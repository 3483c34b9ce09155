import { resolve } from 'node:path';
import { translator } from '../../../shared/i18n';
import { moveMadeFile } from '../made-file';
import type { CliArgs } from '../index';
import type { Output } from '../output';
import { run, withApp } from '../run';
import type { App } from '../../core/platform/app';
import type { MadeFile } from '../../../shared/api/files';

/**
 * `sentra document proforma --order NO | invoice --shipment NO | packing-list --shipment NO |
 * labels --shipment NO`,
 * each with `--db F --out F.xlsx`: one export paper as a workbook, through the handler table.
 * An unknown number, or a detail the paper needs and the centre has not recorded, exits 1 with
 * the message naming it (the workbook is then not written).
 */
type Paper = { by: 'order' | 'shipment'; make(app: App, args: CliArgs, no: string): Promise<MadeFile> };

const PAPERS: Record<string, Paper> = {
  proforma: { by: 'order', make: (app, args, no) => run(app, args, 'files:proforma', { no }) },
  invoice: { by: 'shipment', make: (app, args, no) => run(app, args, 'files:shipmentPaper', { no, paper: 'invoice' }) },
  'packing-list': { by: 'shipment', make: (app, args, no) => run(app, args, 'files:shipmentPaper', { no, paper: 'packing-list' }) },
  labels: { by: 'shipment', make: (app, args, no) => run(app, args, 'files:shipmentPaper', { no, paper: 'labels' }) },
};

export function documentCommand(args: CliArgs, out: Output): Promise<number> {
  const t = translator(args.locale);
  const [kind] = args.positionals;
  const paper = kind ? PAPERS[kind] : undefined;
  if (!paper || !kind) {
    return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message: t('papers.cli.kind', { kinds: Object.keys(PAPERS).join(', ') }), details: { field: 'paper' } }));
  }
  const no = paper.by === 'order' ? args.order : args.shipment;
  if (!no) return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message: t(`papers.cli.${paper.by}`, { paper: kind }), details: { field: paper.by } }));
  if (!args.out) return Promise.resolve(out.fail({ code: 'INVALID_INPUT', message: t('papers.cli.out'), details: { field: 'out' } }));
  const target = resolve(args.out);
  return withApp(args, out, async (app) => {
    const file = await paper.make(app, args, no);
    moveMadeFile(file, target);
    out.result({ paper: kind, [paper.by]: no, out: target }, t('papers.cli.wrote', { paper: kind, no, file: args.out }));
    return 0;
  });
}
