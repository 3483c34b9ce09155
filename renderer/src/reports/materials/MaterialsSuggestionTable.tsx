import { useTranslation } from 'react-i18next';
import type { SuggestionLine } from '../../../../shared/api/report-materials';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatQty } from '../../platform/common/format';
import type { TableProps } from './MaterialsStockTable';

/** The last plan's purchase suggestions, soonest order-by first, late ones marked. */
export function MaterialsSuggestionTable({ lines, className, testId }: TableProps<SuggestionLine>) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const c = (key: string) => t(`reportMaterials.column.${key}`);
  const sorted = [...lines].sort((a, b) => a.orderBy.localeCompare(b.orderBy) || a.materialCode.localeCompare(b.materialCode));
  return (
    <table className={`${className} production-table`} data-testid={testId}>
      <thead>
        <tr>
          <th>{c('code')}</th>
          <th>{c('name')}</th>
          <th className="num">{c('qty')}</th>
          <th>{c('supplier')}</th>
          <th>{c('orderBy')}</th>
          <th>{c('needBy')}</th>
          <th className="num">{c('value')}</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((line) => (
          <tr key={`${line.materialCode}-${line.needBy}`} data-testid={`${testId}-line`}>
            <td className="nowrap">{line.materialCode}</td>
            <td>{line.materialName}</td>
            <td className="num nowrap">{`${formatQty(line.qty, locale)} ${line.uom}`}</td>
            <td>{line.supplierName ?? ''}</td>
            <td className={`nowrap${line.late ? ' materials-late' : ''}`}>{formatDateId(line.orderBy)}{line.late ? ` · ${c('late').toLowerCase()}` : ''}</td>
            <td className="nowrap">{formatDateId(line.needBy)}</td>
            <td className="num nowrap">{line.valueIdr === null ? '—' : formatAmount(line.valueIdr, 'IDR', locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
