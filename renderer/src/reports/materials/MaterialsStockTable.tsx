import { useTranslation } from 'react-i18next';
import type { MaterialLine } from '../../../../shared/api/report-materials';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatQty } from '../../platform/common/format';

export interface TableProps<T> {
  lines: T[];
  className: string;
  testId: string;
}

/** Materials with stock, use and receipts; those below reorder point or safety stock flagged. */
export function MaterialsStockTable({ lines, className, testId }: TableProps<MaterialLine>) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportMaterials.column.${key}`);
  const idr = (value: number | null) => (value === null ? '—' : formatAmount(value, 'IDR', locale));
  return (
    <table className={`${className} production-table`} data-testid={testId}>
      <thead>
        <tr>
          <th>{c('code')}</th>
          <th>{c('name')}</th>
          <th>{c('uom')}</th>
          {['onHand', 'stockValue', 'consumed', 'consumedValue', 'received', 'reorderPoint'].map((key) => <th className="num" key={key}>{c(key)}</th>)}
          <th>{c('flag')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.materialCode} data-testid={`${testId}-line`} data-key={line.materialCode}>
            <td className="nowrap">{line.materialCode}</td>
            <td>{line.name}</td>
            <td>{line.uom}</td>
            <td className="num">{formatQty(line.onHand, locale)}</td>
            <td className="num nowrap">{idr(line.stockValueIdr)}</td>
            <td className="num">{formatQty(line.consumed, locale)}</td>
            <td className="num nowrap">{idr(line.consumedValueIdr)}</td>
            <td className="num">{formatQty(line.received, locale)}</td>
            <td className="num">{formatQty(line.reorderPoint, locale)}</td>
            <td className="materials-flag">
              {line.isBelowSafety ? t('reportMaterials.flag.belowSafety') : line.isBelowReorder ? t('reportMaterials.flag.belowReorder') : ''}
              {line.costMissing === 'cost' ? ` ${t('reportMaterials.flag.noCost')}` : line.costMissing === 'rate' ? ` ${t('reportMaterials.flag.noRate')}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
