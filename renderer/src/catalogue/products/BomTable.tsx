import { useTranslation } from 'react-i18next';
import type { BomLine } from '../../../../shared/domain/catalogue';
import type { Material } from '../../../../shared/domain/materials';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';

/** Material cost of one line: gross quantity × the material's cost per unit, in the material's currency. */
function lineCost(line: BomLine, material: Material | undefined): number | null {
  return material ? Math.round(line.grossPerUnit * material.unitCost) : null;
}

/** The saved bill of materials of one product, with what each line costs per unit made. */
export function BomTable({ lines, materials }: { lines: BomLine[]; materials: ReadonlyMap<string, Material> }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const costs = lines.map((line) => ({ line, material: materials.get(line.materialCode) }));
  const allRupiah = costs.every(({ material }) => material?.currency === 'IDR');
  const total = costs.reduce((sum, { line, material }) => sum + (lineCost(line, material) ?? 0), 0);
  return (
    <table className="plain-table compact" data-testid="bom-table">
      <thead>
        <tr>
          <th>{t('ui.bom.material')}</th>
          <th className="num">{t('ui.bom.qtyPerUnit')}</th>
          <th className="num">{t('ui.bom.wastePct')}</th>
          <th className="num">{t('ui.bom.grossPerUnit')}</th>
          <th className="num">{t('ui.bom.cost')}</th>
        </tr>
      </thead>
      <tbody>
        {costs.map(({ line, material }) => (
          <tr key={line.materialCode} data-testid="bom-table-row">
            <td>
              <span className="mono">{line.materialCode}</span> {line.materialName}
            </td>
            <td className="num">{`${formatQty(line.qtyPerUnit, locale)} ${line.uom}`}</td>
            <td className="num">{`${formatNumber(line.wastePct, locale)} %`}</td>
            <td className="num strong" data-testid="bom-table-gross">{`${formatQty(line.grossPerUnit, locale)} ${line.uom}`}</td>
            <td className="num">{material ? formatAmount(lineCost(line, material), material.currency, locale) : ''}</td>
          </tr>
        ))}
      </tbody>
      {allRupiah && lines.length > 0 ? (
        <tfoot>
          <tr>
            <td colSpan={4}>{t('ui.bom.costTotal')}</td>
            <td className="num strong" data-testid="bom-cost-total">{formatAmount(total, 'IDR', locale)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
