import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../../shared/i18n';
import { output, type Output } from './output';
import { backupCommand, checkCommand, restoreCommand } from './commands/maintenance';
import { countCommand, demoCommand, exportCommand, importCommand, templateCommand } from './commands/registry';
import { serveCommand } from './commands/serve';

export interface CliArgs {
  positionals: string[];
  db: string | undefined;
  out: string | undefined;
  from: string | undefined;
  seed: number | undefined;
  port: number | undefined;
  today: string | undefined;
  dryRun: boolean;
  skipInvalid: boolean;
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
};

const USAGE = `sentra <command> [options]
  demo --db F [--seed N]                        create the demonstration centre
  template members|units --out F.xlsx           an empty import workbook
  import members|units F.xlsx --db F [--dry-run] [--skip-invalid] [--json]
  export members|units --db F --out F.xlsx      every row, whatever its status
  count members|units --db F --json             {"count": N}
  check --db F                                  full integrity check
  backup --db F --out F                         consistent copy while in use
  restore --db F --from F                       put a backup back (app closed)
  serve --db F [--port P] [--no-open]           browser mode; first line is the URL
Every command takes --db FILE, --json and --lang id|en.`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        seed: { type: 'string' },
        port: { type: 'string' },
        today: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        'skip-invalid': { type: 'boolean', default: false },
        'no-open': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [name, ...rest] = positionals;
  const command = name ? COMMANDS[name] : undefined;
  if (values.help || !command) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const out = output(values.json);
  const numberOption = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const args: CliArgs = {
    positionals: rest,
    db: values.db,
    out: values.out,
    from: values.from,
    seed: numberOption(values.seed),
    port: numberOption(values.port),
    today: values.today,
    dryRun: values['dry-run'],
    skipInvalid: values['skip-invalid'],
    open: !values['no-open'],
    locale: isLocale(values.lang) ? values.lang : 'id',
  };
  try {
    return await command(args, out);
  } catch (error) {
    return out.fail({ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) });
  }
}
