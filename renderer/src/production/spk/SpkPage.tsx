import { useTranslation } from 'react-i18next';
import type { SpkSheet } from '../../../../shared/api/production';
import { formatDateId, formatDateLong } from '../../../../shared/dates';
import type { BomLine } from '../../../../shared/domain/catalogue';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';
import { Letterhead } from '../../platform/print/Letterhead';
import { SignatureBlock } from '../../platform/print/SignatureBlock';
import { spkMaterials } from './spkMaterials';

/**
 * One SURAT PERINTAH KERJA on its own A4 page: its number and day of issue, the workshop, the
 * work, the piece rate it keeps (and where it came from), the material the workshop receives
 * for it, and two signatures.
 */
export function SpkPage({ spk, boms }: { spk: SpkSheet; boms: ReadonlyMap<string, readonly BomLine[]> }) {
  const { t } = useTranslation();
  const { locale, centre } = useApp();
  const fmt = (value: number) => formatNumber(value, locale);
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const materials = spkMaterials([spk], boms);
  const owner = spk.ownerName ? `${spk.ownerName}${spk.memberNo ? ` (${t('workshops.spkPrint.memberNo', { no: spk.memberNo })})` : ''}` : t('workshops.spkPrint.noOwner');
  const fact = (label: string, value: string, testId?: string) => (
    <tr>
      <th>{label}</th>
      <td data-testid={testId}>{value}</td>
    </tr>
  );
  return (
    <article className={`print-doc spk-page page-portrait-${locale}`} data-testid="spk-page">
      <Letterhead centre={centre} />
      <h1 className="print-title" data-testid="print-title">{t('ui.spk.title')}</h1>
      <div className="print-date" data-testid="spk-number">
        {t('workshops.spkPrint.number', { no: spk.spkNo ?? '—', date: spk.issuedOn ? formatDateLong(spk.issuedOn, locale) : '—' })}
      </div>
      <table className="slip-facts" data-testid="spk-facts">
        <tbody>
          {fact(t('workshops.spkPrint.unit'), `${spk.unitCode} — ${spk.unitName}`, 'spk-unit')}
          {fact(t('workshops.spkPrint.owner'), owner)}
          {fact(t('workshops.spkPrint.order'), `${spk.orderNo} · ${spk.buyerName}`)}
        </tbody>
      </table>
      <h2 className="print-section">{t('ui.spk.work')}</h2>
      <table className="print-table" data-testid="print-table">
        <thead>
          <tr>
            <th>{t('ui.assignment.sku')}</th>
            <th>{t('ui.spk.product')}</th>
            <th className="num">{t('ui.assignment.qty')}</th>
            <th>{t('ui.assignment.start')}</th>
            <th>{t('ui.spk.due')}</th>
            <th className="num">{t('ui.assignment.pieceRate')}</th>
            <th className="num">{t('workshops.spkPrint.wages')}</th>
          </tr>
        </thead>
        <tbody>
          <tr data-testid="spk-line">
            <td className="nowrap">{spk.sku}</td>
            <td>{spk.productName}</td>
            <td className="num">{fmt(spk.qty)}</td>
            <td className="nowrap">{formatDateId(spk.start)}</td>
            <td className="nowrap">{formatDateId(spk.end)}</td>
            <td className="num nowrap" data-testid="spk-rate">
              {rp(spk.pieceRate)}
              {spk.rateBasis === 'product' ? null : <div className="spk-basis">{t(`workshops.rate.basis.${spk.rateBasis}`)}</div>}
            </td>
            <td className="num nowrap" data-testid="spk-wages">{rp(spk.qty * spk.pieceRate)}</td>
          </tr>
        </tbody>
      </table>
      <p className="slip-note">{t('workshops.spkPrint.rateKept')}</p>
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
      <p className="slip-note" data-testid="spk-waste-rule">{t('ui.spk.materialsGross')}</p>
      <div className="print-closing">
        <div className="print-totals">{t('ui.spk.terms')}</div>
        <SignatureBlock
          centre={centre}
          date={spk.issuedOn ?? spk.start}
          locale={locale}
          signers={[
            { title: t('ui.spk.giver', { title: centre.chairTitle ?? t('ui.print.chair') }), name: centre.chairName },
            { title: t('ui.spk.receiver', { unit: spk.unitName }), name: spk.ownerName },
          ]}
        />
      </div>
    </article>
  );
}
