import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OpenOrderLine } from '../../../../shared/api/shipments';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatM3 } from './formatM3';
import { CellField } from '../../platform/common/CellField';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';
import { moveOnEnter } from '../../platform/common/enterMovesOn';
import { planPaste } from '../../platform/common/linePaste';
import { PasteNotice, type PastedBlock, type PasteProblem } from '../../platform/common/PasteNotice';
import { useBlockPaste } from '../../platform/common/useBlockPaste';
import type { LiveFigures, LiveLine } from './liveFigures';
import { placeShipmentRows, shipmentPasteColumns } from './shipmentLinePaste';
import { lineKey, type LineDraft, type LineDrafts } from './shipmentFormModel';
import { statusLabel } from '../../platform/common/statusLabel';

interface OpenLinesTableProps {
  open: OpenOrderLine[];
  drafts: LineDrafts;
  figures: LiveFigures;
  /** The server's verdict on a line, by line key. */
  serverErrors: Record<string, string>;
  isLocked: boolean;
  onChange(key: string, draft: LineDraft): void;
  /** A block pasted from a spreadsheet (a shipping list): the drafts it leaves. */
  onPaste(drafts: LineDrafts): void;
}

function problemText(live: LiveLine, t: (key: string, params?: Record<string, unknown>) => string): string | undefined {
  return live.state === 'problem' ? t(`shipments.live.${live.problem}`, { limit: live.limit }) : undefined;
}

/**
 * The buyer's order lines in production or ready, with what is ready per line — ordered, accepted
 * at QC, on other shipments, ready (accepted less those): only what is ready may go on a draft or
 * booked shipment. Type how many to ship, see cartons, weights and m³ at once.
 */
export function OpenLinesTable({ open, drafts, figures, serverErrors, isLocked, onChange, onPaste }: OpenLinesTableProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const table = useRef<HTMLTableElement>(null);
  const [pasted, setPasted] = useState<(PastedBlock & { filled: number[] }) | null>(null);
  useBlockPaste(table, (cells, target) => {
    const plan = planPaste(cells, shipmentPasteColumns(t), target.field === 'cartons' ? 'cartons' : 'qty');
    if (plan.rows.length === 0) return;
    const placed = placeShipmentRows(plan, open, drafts, target.line);
    onPaste(placed.drafts);
    setPasted({ firstLine: target.line, count: placed.filled.length, hasHeader: plan.hasHeader, ignored: plan.ignored, unmatched: placed.unmatched, filled: placed.filled });
  });
  const problems: PasteProblem[] = [];
  for (const index of pasted?.filled ?? []) {
    const line = open[index];
    const message = line ? serverErrors[lineKey(line)] ?? problemText(figures.lines.get(lineKey(line)) ?? { state: 'none' }, t) : undefined;
    if (message) problems.push({ row: index + 1, column: t('shipments.lines.qty'), message });
  }
  return (
    <div className="table-scroll shipment-lines-scroll">
      {pasted ? <PasteNotice block={pasted} problems={problems} onDismiss={() => setPasted(null)} testId="shipment-lines-pasted" /> : null}
      {/* Enter moves on from field to field; the shipment saves from Simpan or Ctrl+S only. */}
      <table ref={table} className="plain-table compact line-table" data-testid="shipment-lines" onKeyDown={moveOnEnter}>
        <thead>
          <tr>
            <th>{t('shipments.lines.orderNo')}</th>
            <th className="wide">{t('shipments.lines.product')}</th>
            <th className="num">{t('shipments.lines.ordered')}</th>
            <th className="num">{t('shipments.lines.accepted')}</th>
            <th className="num">{t('shipments.lines.elsewhere')}</th>
            <th className="num" title={t('shipments.lines.readyHint')}>{t('shipments.lines.ready')}</th>
            <th className="num">{t('shipments.lines.qty')}</th>
            <th className="num">{t('shipments.lines.cartons')}</th>
            <th className="num">{t('shipments.lines.netKg')}</th>
            <th className="num">{t('shipments.lines.grossKg')}</th>
            <th className="num">{t('shipments.lines.m3')}</th>
            <th className="num">{t('shipments.lines.value')}</th>
          </tr>
        </thead>
        <tbody>
          {open.map((line, index) => {
            const key = lineKey(line);
            const draft = drafts[key] ?? { qty: '', cartons: '' };
            const live = figures.lines.get(key) ?? { state: 'none' };
            const packed = live.state === 'packed' ? live.packed : null;
            const testId = `shipment-line-${index}`;
            return (
              <tr key={key} data-testid={testId} data-line={index} className={packed ? 'is-chosen' : undefined}>
                <td className="nowrap">
                  <div className="mono">{line.orderNo}</div>
                  <div className="muted small">{statusLabel(t, 'order', line.orderStatus)}</div>
                  <div className="muted small">{t('shipments.lines.shipByDate', { date: formatDateId(line.shipBy) })}</div>
                </td>
                <td>
                  <div><span className="mono">{line.sku}</span> {line.productName}</div>
                  <div className="muted small">HS {line.hsCode} · {t('shipments.lines.perCarton', { qty: line.carton.cartonQty })}</div>
                </td>
                <td className="num" data-testid={`${testId}-ordered`}>{formatNumber(line.orderedQty, locale)}</td>
                <td className="num" data-testid={`${testId}-accepted`}>{formatNumber(line.acceptedQty, locale)}</td>
                <td className="num" data-testid={`${testId}-elsewhere`}>{formatNumber(line.reservedQty, locale)}</td>
                <td className="num">
                  <strong data-testid={`${testId}-ready`}>{formatNumber(line.openQty, locale)}</strong>
                  {!isLocked && line.openQty > 0 && draft.qty !== String(line.openQty) ? (
                    <div>
                      <button type="button" className="link-button small" data-testid={`${testId}-all`} onClick={() => onChange(key, { ...draft, qty: String(line.openQty) })}>
                        {t('shipments.lines.all')}
                      </button>
                    </div>
                  ) : null}
                </td>
                <td className="qty-cell" data-field="qty">
                  <CellField label={t('shipments.lines.qty')} value={draft.qty} inputMode="numeric" onChange={(qty) => onChange(key, { ...draft, qty })} error={serverErrors[key] ?? problemText(live, t)} testId={`${testId}-qty`} />
                </td>
                <td className="qty-cell" data-field="cartons">
                  <CellField label={t('shipments.lines.cartons')} value={draft.cartons} inputMode="numeric" placeholder={packed ? String(packed.cartons) : ''} onChange={(cartons) => onChange(key, { ...draft, cartons })} testId={`${testId}-cartons`} />
                </td>
                <td className="num" data-testid={`${testId}-net`}>{packed ? formatQty(packed.netKg, locale) : '–'}</td>
                <td className="num" data-testid={`${testId}-gross`}>{packed ? formatQty(packed.grossKg, locale) : '–'}</td>
                <td className="num" data-testid={`${testId}-m3`}>{packed ? formatM3(packed.volumeM3, locale) : '–'}</td>
                <td className="num nowrap">{live.state === 'packed' ? formatAmount(live.amount, line.currency, locale) : '–'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
