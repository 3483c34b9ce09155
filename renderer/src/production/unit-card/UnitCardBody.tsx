import { useTranslation } from 'react-i18next';
import type { SpkSheet } from '../../../../shared/api/production';
import type { UnitCard } from '../../../../shared/api/unit-card';
import { formatDateId } from '../../../../shared/dates';
import { useApp } from '../../platform/appContext';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';
import { monthText } from '../../platform/common/reportFormat';
import { formatPercent } from '../workshops/figures';

function SpkTable({ spks, testId }: { spks: SpkSheet[]; testId: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  if (spks.length === 0) return <p className="report-empty" data-testid={testId}>{t('unitCard.noSpks')}</p>;
  return (
    <table className="plain-table compact" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('unitCard.spkNo')}</th><th>{t('unitCard.order')}</th><th>{t('unitCard.product')}</th>
          <th className="num">{t('unitCard.qty')}</th><th className="num">{t('unitCard.delivered')}</th><th>{t('unitCard.due')}</th><th>{t('unitCard.spkStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {spks.map((spk) => (
          <tr key={spk.id}>
            <td className="nowrap">{spk.spkNo ?? '—'}</td><td className="nowrap">{spk.orderNo}</td><td>{spk.sku} {spk.productName}</td>
            <td className="num">{formatNumber(spk.qty, locale)}</td><td className="num">{formatNumber(spk.deliveredQty, locale)}</td>
            <td className="nowrap">{formatDateId(spk.end)}</td><td>{t(`ui.assignmentStatus.${spk.status}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The card's sections, the same on screen and on the printed A4 page. */
export function UnitCardBody({ card }: { card: UnitCard }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { unit } = card;
  const fmt = (value: number) => formatNumber(value, locale);
  const rp = (value: number) => formatAmount(value, 'IDR', locale);
  const accepted = card.months.reduce((sum, m) => sum + m.accepted, 0);
  const rejected = card.months.reduce((sum, m) => sum + m.rejected, 0);
  const sum = (figure: (s: UnitCard['statements'][number]) => number) => card.statements.reduce((total, s) => total + figure(s), 0);
  return (
    <div className="unit-card-sections">
      <section className="panel unit-card-section" data-testid="card-owner">
        <h2 className="panel-title">{unit.unitCode} — {unit.name}</h2>
        <dl className="unit-card-facts">
          <dt>{t('unitCard.owner')}</dt><dd data-testid="card-owner-name">{unit.ownerName ? `${unit.ownerName} (${unit.ownerMemberNo ?? ''})` : t('unitCard.noOwner')}</dd>
          <dt>{t('unitCard.status')}</dt><dd data-testid="card-status">{unit.isActive ? t('unitCard.active') : t('unitCard.inactive')}</dd>
          <dt>{t('unitCard.workers')}</dt><dd>{fmt(unit.workers)}</dd>
          <dt>{t('unitCard.capacity')}</dt><dd>{fmt(unit.monthlyCapacity)}</dd>
          {unit.village ? <><dt>{t('unitCard.village')}</dt><dd>{unit.village}</dd></> : null}
          {unit.qualityGrade ? <><dt>{t('unitCard.grade')}</dt><dd>{unit.qualityGrade}</dd></> : null}
        </dl>
      </section>

      <section className="panel unit-card-section" data-testid="card-history">
        <h2 className="panel-title">{t('unitCard.history')}</h2>
        <table className="plain-table compact">
          <thead><tr><th>{t('unitCard.historyFrom')}</th><th>{t('unitCard.status')}</th><th className="num">{t('unitCard.workers')}</th><th className="num">{t('unitCard.capacity')}</th></tr></thead>
          <tbody>
            {unit.history.map((change) => (
              <tr key={change.validFrom}>
                <td>{formatDateId(change.validFrom)}</td><td>{change.isActive ? t('unitCard.active') : t('unitCard.inactive')}</td>
                <td className="num">{fmt(change.workers)}</td><td className="num">{fmt(change.monthlyCapacity)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="panel unit-card-section wide" data-testid="card-spks">
        <h2 className="panel-title">{t('unitCard.spks')}</h2>
        <h3 className="unit-card-sub">{t('unitCard.spksOpen', { count: card.openSpks.length })}</h3>
        <SpkTable spks={card.openSpks} testId="card-spks-open" />
        <h3 className="unit-card-sub">{t('unitCard.spksDone', { count: card.doneSpks.length })}</h3>
        <SpkTable spks={card.doneSpks} testId="card-spks-done" />
      </section>

      <section className="panel unit-card-section" data-testid="card-deliveries">
        <h2 className="panel-title">{t('unitCard.deliveries')}</h2>
        <table className="plain-table compact">
          <thead><tr><th>{t('unitCard.month')}</th><th className="num">{t('unitCard.deliveryCount')}</th><th className="num">{t('unitCard.accepted')}</th><th className="num">{t('unitCard.rejected')}</th><th className="num">{t('unitCard.rejectRate')}</th></tr></thead>
          <tbody>
            {card.months.map((m) => (
              <tr key={m.month} data-testid={`card-month-${m.month}`}>
                <td className="nowrap">{monthText(m.month, t)}</td><td className="num">{fmt(m.deliveries)}</td><td className="num">{fmt(m.accepted)}</td>
                <td className="num">{fmt(m.rejected)}</td><td className="num">{formatPercent(m.rejectRate, locale)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="card-deliveries-total">
              <td>{t('unitCard.total')}</td><td className="num">{fmt(card.deliveries.length)}</td><td className="num">{fmt(accepted)}</td><td className="num">{fmt(rejected)}</td>
              <td className="num">{formatPercent(accepted + rejected === 0 ? 0 : rejected / (accepted + rejected), locale)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="panel unit-card-section" data-testid="card-share">
        <h2 className="panel-title">{t('unitCard.share')}</h2>
        <div className="unit-card-share-bar" aria-hidden="true"><span style={{ width: `${Math.min(100, card.share.share * 100)}%` }} /></div>
        <p data-testid="card-share-text">{t('unitCard.shareText', { accepted: fmt(card.share.accepted), all: fmt(card.share.allAccepted), pct: formatPercent(card.share.share, locale) })}</p>
      </section>

      <section className="panel unit-card-section wide" data-testid="card-pay">
        <h2 className="panel-title">{t('unitCard.pay')}</h2>
        <table className="plain-table compact">
          <thead><tr><th>{t('unitCard.month')}</th><th className="num">{t('unitCard.gross')}</th><th className="num">{t('unitCard.advances')}</th><th className="num">{t('unitCard.overuse')}</th><th className="num">{t('unitCard.net')}</th><th>{t('unitCard.slip')}</th></tr></thead>
          <tbody>
            {card.statements.map((s) => (
              <tr key={s.from} data-testid={`card-pay-${s.from.slice(0, 7)}`}>
                <td className="nowrap">{monthText(s.from.slice(0, 7), t)}</td><td className="num">{rp(s.gross)}</td><td className="num">{rp(s.advances)}</td>
                <td className="num">{rp(s.materialOveruse)}</td><td className="num">{rp(s.net)}</td><td className="nowrap">{s.slipNo ?? t('unitCard.notPrinted')}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>{t('unitCard.total')}</td><td className="num">{rp(sum((s) => s.gross))}</td><td className="num">{rp(sum((s) => s.advances))}</td>
              <td className="num">{rp(sum((s) => s.materialOveruse))}</td><td className="num" data-testid="card-pay-net">{rp(sum((s) => s.net))}</td><td />
            </tr>
          </tfoot>
        </table>
      </section>

      <section className="panel unit-card-section wide" data-testid="card-materials">
        <h2 className="panel-title">{t('unitCard.materials', { date: formatDateId(card.asOf) })}</h2>
        {card.materials.length === 0 ? <p className="report-empty">{t('unitCard.noMaterials')}</p> : (
          <table className="plain-table compact">
            <thead><tr><th>{t('unitCard.material')}</th><th className="num">{t('unitCard.issued')}</th><th className="num">{t('unitCard.returned')}</th><th className="num">{t('unitCard.used')}</th><th className="num">{t('unitCard.waste')}</th><th className="num">{t('unitCard.balance')}</th></tr></thead>
            <tbody>
              {card.materials.map((m) => (
                <tr key={m.materialCode}>
                  <td>{m.materialCode} {m.materialName}</td><td className="num">{formatQty(m.issued, locale)} {m.uom}</td><td className="num">{formatQty(m.returned, locale)}</td>
                  <td className="num">{formatQty(m.used, locale)}</td><td className="num">{formatQty(m.wasteAllowance, locale)}</td><td className="num">{formatQty(m.balance, locale)} {m.uom}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

    </div>
  );
}
