import { formatDateId } from '../../../../shared/dates';
import { useTranslation } from 'react-i18next';
import { useCallData } from '../../platform/common/useCallData';
import { PrintDocument } from '../../platform/print/PrintDocument';
import { UnitCardBody } from './UnitCardBody';
import './unit-card.css';

/** The workshop card on A4, portrait: the same sections as the screen. */
export function UnitCardPrint({ unitCode, from, to, today }: { unitCode: string; from: string; to: string; today: string }) {
  const { t } = useTranslation();
  const card = useCallData('units:card', { code: unitCode, from, to });
  if (!card.data) return <div className="boot-message">{card.error ?? t('ui.common.loading')}</div>;
  return (
    <PrintDocument
      list="unit-card"
      back="units"
      fileName={`${t('unitCard.open')}-${card.data.unit.unitCode}-${from}-${to}.pdf`}
      title={t('unitCard.title', { code: card.data.unit.unitCode })}
      today={today}
      orientation="portrait"
      note={t('unitCard.period', { from: formatDateId(from), to: formatDateId(to) })}
      totals={null}
    >
      <UnitCardBody card={card.data} />
    </PrintDocument>
  );
}
