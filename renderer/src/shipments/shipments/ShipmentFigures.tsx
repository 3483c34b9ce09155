import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/dates';
import { CONTAINER_LABELS } from '../../../../shared/domain/shipments';
import type { ContainerFill } from '../../../../shared/shipping/containers';
import { cooFormFor } from '../../../../shared/shipping/origin';
import { useApp } from '../../platform/appContext';
import { formatM3 } from './formatM3';
import { formatAmount, formatNumber, formatQty } from '../../platform/common/format';
import type { LiveFigures } from './liveFigures';

interface ShipmentFiguresProps {
  figures: LiveFigures;
  country: string;
  onUseSuggestion(fill: ContainerFill): void;
  isLocked: boolean;
}

/** The load as typed: cartons, weights, volume; the container suggestion and the chosen box's fill; the values; the proof of origin. */
export function ShipmentFigures({ figures, country, onUseSuggestion, isLocked }: ShipmentFiguresProps) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const { totals, suggestion, chosen } = figures;
  const fillText = (fill: ContainerFill, key: 'suggestionText' | 'chosenText') =>
    fill.type === 'LCL'
      ? t('shipments.figures.suggestionLcl', { tons: formatQty(fill.revenueTons, locale) })
      : t(`shipments.figures.${key}`, { count: fill.count, container: CONTAINER_LABELS[fill.type], volume: formatNumber(fill.volumePct, locale), weight: formatNumber(fill.weightPct, locale) });
  const unknown = t('shipments.figures.unknown');
  const missingRate = figures.fobValue === null ? unknown : figures.rateDate ? `${unknown} — ${t('shipments.figures.noRate', { currency: figures.currency, date: formatDateId(figures.rateDate) })}` : unknown;
  const missingWhat = figures.missing.map((cost) => t(`shipments.figures.gap.${cost}`)).join(', ');
  const rateOn = figures.rateOn ? ` (${t('shipments.figures.rateOn', { date: formatDateId(figures.rateOn) })})` : '';
  return (
    <aside className="shipment-figures" data-testid="shipment-figures">
      <h3>{t('shipments.figures.title')}</h3>
      <dl className="figure-list">
        <dt>{t('shipments.figures.cartons')}</dt>
        <dd data-testid="figures-cartons">{formatNumber(totals.cartons, locale)}</dd>
        <dt>{t('shipments.figures.netKg')}</dt>
        <dd data-testid="figures-net">{formatQty(totals.netKg, locale)} kg</dd>
        <dt>{t('shipments.figures.grossKg')}</dt>
        <dd data-testid="figures-gross">{formatQty(totals.grossKg, locale)} kg</dd>
        <dt>{t('shipments.figures.m3')}</dt>
        <dd data-testid="figures-m3">{formatM3(totals.volumeM3, locale)} m³</dd>
      </dl>
      <div className="figure-block" data-testid="figures-suggestion">
        <div className="figure-label">{t('shipments.figures.suggestion')}</div>
        {suggestion ? <div className="figure-value">{fillText(suggestion, 'suggestionText')}</div> : <div className="muted">–</div>}
        {suggestion && !isLocked && (chosen?.type !== suggestion.type || chosen.count !== suggestion.count) ? (
          <button type="button" className="link-button" data-testid="figures-use-suggestion" onClick={() => onUseSuggestion(suggestion)}>
            {t('shipments.figures.useSuggestion')}
          </button>
        ) : null}
      </div>
      {chosen ? (
        <div className={`figure-block${chosen.isOverPayload || chosen.isOverVolume ? ' is-bad' : ''}`} data-testid="figures-chosen">
          <div className="figure-label">{t('shipments.figures.chosen')}</div>
          <div className="figure-value">{fillText(chosen, 'chosenText')}</div>
          {chosen.isOverPayload ? <div className="field-error">{t('shipments.figures.overPayload')}</div> : null}
          {chosen.isOverPractical ? <div className="field-error">{t('shipments.figures.overPractical')}</div> : null}
        </div>
      ) : null}
      <dl className="figure-list">
        <dt>{t('shipments.figures.value')}</dt>
        <dd>{formatAmount(figures.invoiceValue, figures.currency, locale)}</dd>
        <dt>{t('shipments.figures.fob')}</dt>
        <dd data-testid="figures-fob">{figures.fobValue === null ? unknown : formatAmount(figures.fobValue, figures.currency, locale)}</dd>
        <dt>{t('shipments.figures.fobUsd')}</dt>
        <dd data-testid="figures-fob-usd">{figures.fobUsdCents === null ? missingRate : `${formatAmount(figures.fobUsdCents, 'USD', locale)}${figures.currency === 'USD' ? '' : rateOn}`}</dd>
        <dt>{t('shipments.figures.fobIdr')}</dt>
        <dd data-testid="figures-fob-idr">{figures.fobIdr === null ? missingRate : `${formatAmount(figures.fobIdr, 'IDR', locale)}${figures.currency === 'IDR' ? '' : rateOn}`}</dd>
      </dl>
      {figures.missing.length > 0 ? (
        <p className="figure-missing small" data-testid="figures-fob-missing">{t('shipments.figures.missing', { what: missingWhat })}</p>
      ) : null}
      <div className="figure-block">
        <div className="figure-label">{t('shipments.figures.coo')}</div>
        <div className="figure-value" data-testid="figures-coo">{country ? t(`shipments.coo.${cooFormFor(country)}`) : '–'}</div>
      </div>
      <p className="muted small figure-rule">{t('shipments.figures.rule')}</p>
    </aside>
  );
}
