import ExcelJS from 'exceljs';
import { REPORT_NAMES } from '../../shared/api/exports';
import { IMPORT_KINDS, type MadeFile } from '../../shared/api/files';
import { madeBytes } from '../helpers/made-file';
import { checkDatabase } from '../../main/core/platform/db/backup';
import { dispatch } from '../../main/core/dispatch';
import type { FuzzCentre } from './fuzz-centre';

export interface SweepCounts {
  written: number;
  readable: number;
  failed: string[];
  /** `ok`, or what integrity_check and foreign_key_check said. */
  integrity: string;
}

/**
 * After the fuzz the centre holds whatever hostile-but-valid text was accepted (emoji, RTL
 * overrides, combining marks, 10k-character notes): every workbook the app writes from it must
 * still be written and read back, and the file must pass the full check.
 */
export async function sweepWorkbooks(centre: FuzzCentre): Promise<SweepCounts> {
  const counts: SweepCounts = { written: 0, readable: 0, failed: [], integrity: '' };
  const shipments = centre.app.db.prepare('SELECT id FROM shipment ORDER BY id LIMIT 3').pluck().all() as number[];
  const calls: [string, unknown][] = [
    ...IMPORT_KINDS.map((kind): [string, unknown] => ['files:export', { kind }]),
    ...REPORT_NAMES.map((name): [string, unknown] => ['files:report', { name }]),
    ['files:plan', {}],
    ['files:purchases', {}],
    ['files:deliveries', { from: '2026-01-01', to: '2026-11-23' }],
    ['files:pieceRates', { from: '2026-01-01', to: '2026-11-23' }],
    ['files:workshopMaterials', {}],
    ...shipments.map((id): [string, unknown] => ['files:shipment', { id }]),
  ];
  for (const [name, input] of calls) {
    const label = `${name} ${JSON.stringify(input)}`;
    const result = await dispatch(centre.app, name, input, 'en');
    if (!result.ok) {
      // A report the centre cannot make (no roadmap left, say) is a clean refusal, not a broken file.
      if (result.error.code === 'INTERNAL') counts.failed.push(`${label}: INTERNAL ${result.error.message.slice(0, 200)}`);
      continue;
    }
    counts.written += 1;
    const bytes = madeBytes(result.value as MadeFile);
    try {
      await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
      counts.readable += 1;
    } catch (error) {
      counts.failed.push(`${label}: unreadable (${String(error).slice(0, 200)})`);
    }
  }
  const check = checkDatabase(centre.app.db);
  counts.integrity = check.ok ? 'ok' : `${check.integrity.slice(0, 3).join('; ')}; ${check.foreignKeys} foreign-key violations`;
  if (!check.ok) counts.failed.push(`integrity: ${counts.integrity}`);
  return counts;
}
