import type { Order, OrderValues } from '../../../shared/domain/orders';
import type { Translate } from '../../../shared/i18n';
import { AppError } from '../../../shared/result';
import type { CallContext } from '../platform/app';
import type { Db } from '../platform/db/connection';
import { registrySummary } from '../registry/registry-queries';

/**
 * Order lines no centre can take (a quantity beyond what all its workshops make in a year) and
 * unusual ones the user confirms (a free line; a quantity of more than three months of the whole
 * centre): a free sample or replacement is real, a zero typed for a forgotten price is not, and
 * only the person who typed it can tell.
 */

/** Months of the whole centre's capacity past which one line's quantity is confirmed. */
export const LARGE_LINE_MONTHS = 3;

export interface CentreCapacity {
  /** Pieces a month of the active workshops today; 0 while none is registered (nothing is judged then). */
  monthly: number;
  activeUnits: number;
}

export interface LineProblem {
  /** 1-based, as the form and the file number them. */
  line: number;
  field: 'qty' | 'unitPrice';
  message: string;
}

export function centreCapacity(db: Db, today: string): CentreCapacity {
  const summary = registrySummary(db, today);
  return { monthly: summary.monthlyCapacity, activeUnits: summary.activeUnits };
}

/**
 * The lines' impossible values (`errors`) and unusual ones (`warnings`). A line saved before with
 * the same product, quantity and price is not asked about again.
 */
export function orderLineProblems(values: OrderValues, before: Order | undefined, capacity: CentreCapacity, t: Translate): { errors: LineProblem[]; warnings: LineProblem[] } {
  const errors: LineProblem[] = [];
  const warnings: LineProblem[] = [];
  values.lines.forEach((line, index) => {
    const at = (field: LineProblem['field'], text: string): LineProblem => ({
      line: index + 1,
      field,
      message: `${t('checks.confirm.line', { line: index + 1 })} (${line.sku}): ${text}`,
    });
    const yearly = capacity.monthly * 12;
    if (capacity.monthly > 0 && line.qty > yearly) {
      errors.push(at('qty', t('checks.qtyBeyondYear', { qty: line.qty, yearly, units: capacity.activeUnits })));
      return;
    }
    const old = before?.lines[index];
    if (old && old.sku.toUpperCase() === line.sku.toUpperCase() && old.qty === line.qty && old.unitPrice === line.unitPrice) return;
    if (line.unitPrice === 0) warnings.push(at('unitPrice', t('checks.zeroPrice')));
    if (capacity.monthly > 0 && line.qty > capacity.monthly * LARGE_LINE_MONTHS) {
      warnings.push(at('qty', t('checks.qtyLarge', { qty: line.qty, months: line.qty / capacity.monthly, monthly: capacity.monthly })));
    }
  });
  return { errors, warnings };
}

/**
 * Refuses an impossible line (INVALID_INPUT on the line's field) and, unless `confirm` is given,
 * an unusual one (NEEDS_CONFIRM listing every warning, for the form to show and ask).
 */
export function checkOrderLines(ctx: CallContext, values: OrderValues, before: Order | undefined): void {
  const { errors, warnings } = orderLineProblems(values, before, centreCapacity(ctx.app.db, ctx.app.today()), ctx.t);
  const [first] = errors;
  if (first) throw new AppError('INVALID_INPUT', first.message, { field: `lines.${first.line - 1}.${first.field}`, line: first.line });
  if (warnings.length === 0 || values.confirm === true) return;
  throw new AppError('NEEDS_CONFIRM', ctx.t('checks.needsConfirm', { warnings: warnings.map((w) => w.message).join('; ') }), {
    warnings: warnings.map((w) => ({ field: `lines.${w.line - 1}.${w.field}`, line: w.line, message: w.message })),
  });
}
