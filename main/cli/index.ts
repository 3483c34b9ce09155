import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../../shared/i18n';
import { output, processIo, type CliIo, type Output } from './output';
import { backupCommand, checkCommand, restoreCommand } from './commands/maintenance';
import { documentCommand } from './commands/document';
import { payCommand } from './commands/pay';
import { planCommand, promiseCommand } from './commands/plan';
import { countCommand, demoCommand, exportCommand, importCommand, templateCommand } from './commands/registry';
import { reportCommand } from './commands/report';
import { serveCommand } from './commands/serve';

export interface CliArgs {
  positionals: string[];
  db: string | undefined;
  out: string | undefined;
  from: string | undefined;
  /** The last month of a report's period (`--to YYYY-MM`). */
  to: string | undefined;
  /** The month of `sentra pay` (`--month YYYY-MM`). */
  month: string | undefined;
  seed: number | undefined;
  port: number | undefined;
  today: string | undefined;
  scale: string | undefined;
  /** Repeated `--sku S --qty N` pairs (sentra promise). */
  skus: string[];
  qtys: number[];
  dryRun: boolean;
  skipInvalid: boolean;
  /** `sentra import … --update`: rows whose key is stored update that record. */
  update: boolean;
  /** `sentra import … --errors-out F.xlsx`: the rows that failed, to fix and import again. */
  errorsOut: string | undefined;
  /** `import exports --month-source history|shipments`: which source a month with shipments keeps. */
  monthSource: string | undefined;
  /** `sentra document proforma --order NO`, `… invoice --shipment NO`. */
  order: string | undefined;
  shipment: string | undefined;
  open: boolean;
  locale: Locale;
}

type Command = (args: CliArgs, out: Output) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  template: templateCommand,
  import: importCommand,
  export: exportCommand,
  count: countCommand,
  check: checkCommand,
  backup: backupCommand,
  restore: restoreCommand,
  serve: serveCommand,
  plan: planCommand,
  promise: promiseCommand,
  pay: payCommand,
  report: reportCommand,
  document: documentCommand,
};

const USAGE = `sentra <command> [options]
  demo --db F [--seed N] [--scale stress]       create the demonstration (or stress) centre
  template KIND --out F.xlsx                    an empty import workbook
  import KIND F.xlsx --db F [--update] [--dry-run] [--skip-invalid] [--errors-out F.xlsx] [--json]
  import exports F.xlsx --db F --month-source history|shipments   a month that has shipments keeps this source
  export KIND --db F --out F.xlsx               every row, whatever its status
  count KIND --db F --json                      {"count": N}
  check --db F                                  is F a whole centre? reads only, never migrates
  backup --db F --out F                         consistent copy while in use
  restore --db F --from F                       put a backup back (app closed; the replaced one kept)
  serve --db F [--port P] [--no-open]           browser mode; first line is the URL
  plan --db F [--today D]                       plan open orders: assignments, late lines, purchases
  promise --db F --sku S --qty N [...] [--today D]  earliest ship date of a prospective order
  pay --month YYYY-MM --db F [--out F.xlsx] [--json]  the month's piece-rate statements; the pay workbook with --out
  report NAME --db F --out F.xlsx [--from YYYY-MM --to YYYY-MM]  a report workbook; --json prints its headline figures
  document proforma --order NO --db F --out F.xlsx   an order's proforma invoice in English
  document invoice|packing-list|labels --shipment NO --db F --out F.xlsx   an export paper in English (labels: for A4 label sheets)
KIND is one of members, units, products, bom, materials, buyers, orders, stock, exports, shipments (at most 200.000 rows a file).\nNAME is export-performance, roadmap, registry, production, materials, government or shipments.\nEvery command takes --db FILE, --json and --lang id|en.`;

/** One run of `sentra` on these arguments; its exit code. The bin passes the process's streams, tests their own. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        month: { type: 'string' },
        seed: { type: 'string' },
        port: { type: 'string' },
        today: { type: 'string' },
        lang: { type: 'string' },
        scale: { type: 'string' },
        sku: { type: 'string', multiple: true },
        qty: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        'errors-out': { type: 'string' },
        'month-source': { type: 'string' },
        order: { type: 'string' },
        shipment: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    io.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  const command = name ? COMMANDS[name] : undefined;
  if (values.help || !command) {
    io.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const out = output(values.json, io);
  const numberOption = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const args: CliArgs = {
    positionals: rest,
    db: values.db,
    out: values.out,
    from: values.from,
    to: values.to,
    month: values.month,
    seed: numberOption(values.seed),
    port: numberOption(values.port),
    today: values.today,
    scale: values.scale,
    skus: values.sku ?? [],
    qtys: (values.qty ?? []).map(Number),
    dryRun: values['dry-run'],
    skipInvalid: values['skip-invalid'],
    update: values.update,
    errorsOut: values['errors-out'],
    monthSource: values['month-source'],
    order: values.order,
    shipment: values.shipment,
    open: !values['no-open'],
    locale: isLocale(values.lang) ? values.lang : 'id',
  };
  try {
    return await command(args, out);
  } catch (error) {
    return out.fail({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
}
