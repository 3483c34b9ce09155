import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import { useApp } from '../app/appContext';
import { formatAmount, formatNumber, formatQty } from '../common/format';
import { useCallData } from '../common/useCallData';
import { PrintDocument } from './PrintDocument';
import { spkMaterials } from './spkMaterials';
import { useBoms } from './useBoms';

/**
 * SURAT PERINTAH KERJA for one workshop: what to make by when, the material it receives for it
 * (from the BOMs, waste included), the agreed piece rate, and two signatures.
 */
export function SpkPrint({ unitCode, today }: { unitCode: string; today: string }) {
  const { t } = useTranslation();
  const { locale, centre } = useApp();
  // The open work only, asked of the database: a workshop's years of finished SPKs must not crowd it out.
  const assignments = useCallData('plan:assignments', { unitCode, open: true, limit: 10_000 });
  const units = useCallData('units:list', {});
  const products = useCallData('products:list', {});
  const work = assignments.data ?? null;
  const { boms, error } = useBoms(work ? work.map((row) => row.sku) : null);
  const failure = assignments.error ?? units.error ?? products.error ?? error;
  if (!work || !units.data || !products.data || !boms) return <div className="boot-message">{failure ?? t('ui.common.loading')}</div>;
  const unit = units.data.find((candidate) => candidate.unitCode === unitCode);
  const names = new Map(products.data.map((product) => [product.sku, product.name]));
  const materials = spkMaterials(work, boms);
  const fmt = (value: number) => formatNumber(value, locale);
  const pieces = work.reduce((sum, row) => sum + row.qty, 0);
  const wages = work.reduce((sum, row) => sum + row.qty * row.pieceRate, 0);
  return (
    <PrintDocument
      list="spk"
      title={t('ui.spk.title')}
      today={today}
      orientation="portrait"
      note={t('ui.spk.to', { unit: unitCode, name: unit?.name ?? '', owner: unit?.ownerName ?? '—' })}
      signers={[
        { title: t('ui.spk.giver', { title: centre.chairTitle ?? t('ui.print.chair') }), name: centre.chairName },
        { title: t('ui.spk.receiver', { unit: unit?.name ?? unitCode }), name: unit?.ownerName ?? null },
      ]}
      totals={
        <div className="print-totals" data-testid="print-totals">
          <strong>{t('ui.spk.total', { count: work.length, lines: fmt(work.length), pieces: fmt(pieces) })}</strong>
          {wages > 0 ? ` · ${t('ui.spk.wages', { amount: formatAmount(wages, 'IDR', locale) })}` : null}
          <div>{t('ui.spk.terms')}</div>
        </div>
      }
    >
      <h2 className="print-section">{t('ui.spk.work')}</h2>
      {work.length === 0 ? <p data-testid="spk-empty">{t('ui.spk.none')}</p> : null}
      <table className="print-table" data-testid="print-table">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th>{t('ui.assignment.orderNo')}</th>
            <th>{t('ui.assignment.sku')}</th>
            <th>{t('ui.spk.product')}</th>
            <th className="num">{t('ui.assignment.qty')}</th>
            <th>{t('ui.assignment.start')}</th>
            <th>{t('ui.spk.due')}</th>
            <th className="num">{t('ui.assignment.pieceRate')}</th>
          </tr>
        </thead>
        <tbody>
          {work.map((row, index) => (
            <tr key={row.id} data-testid="spk-line">
              <td className="num">{index + 1}</td>
              <td className="nowrap">{row.orderNo}</td>
              <td className="nowrap">{row.sku}</td>
              <td>{names.get(row.sku) ?? ''}</td>
              <td className="num">{fmt(row.qty)}</td>
              <td className="nowrap">{formatDateId(row.start)}</td>
              <td className="nowrap">{formatDateId(row.end)}</td>
              <td className="num">{row.pieceRate > 0 ? formatAmount(row.pieceRate, 'IDR', locale) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 className="print-section">{t('ui.spk.materials')}</h2>
      <table className="print-table" data-testid="spk-materials">
        <thead>
          <tr>
            <th className="num">{t('ui.print.rowNo')}</th>
            <th>{t('ui.spk.materialCode')}</th>
            <th>{t('ui.spk.materialName')}</th>
            <th className="num">{t('ui.spk.materialQty')}</th>
            <th>{t('ui.spk.uom')}</th>
            <th>{t('ui.spk.received')}</th>
          </tr>
        </thead>
        <tbody>
          {materials.map((material, index) => (
            <tr key={material.materialCode}>
              <td className="num">{index + 1}</td>
              <td className="nowrap">{material.materialCode}</td>
              <td>{material.materialName}</td>
              <td className="num">{formatQty(Math.ceil(material.qty * 100) / 100, locale)}</td>
              <td>{material.uom}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </PrintDocument>
  );
}
