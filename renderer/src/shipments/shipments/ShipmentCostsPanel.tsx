import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Shipment } from '../../../../shared/api/shipments';
import { fobCostsUsed, type FobCost } from '../../../../shared/domain/fob';
import { CURRENCIES, fromMinor, toMinor } from '../../../../shared/money';
import { call } from '../../platform/api/client';
import { errorMessage } from '../../platform/common/format';
import { numberText, optionalAmount } from '../../platform/common/formText';
import { TextField } from '../../platform/common/TextField';

interface ShipmentCostsPanelProps {
  shipment: Shipment;
  onChanged(next: Shipment): void;
  onError(message: string): void;
}

/**
 * A shipment that has left but whose FOB is unknown (the trucking bill of an EXW shipment came
 * later, a CIF shipment's insurance, or no rate of its date yet): its papers stay locked, the costs
 * that value it are completed here and it is valued again at the rates recorded by now.
 */
export function ShipmentCostsPanel({ shipment, onChanged, onError }: ShipmentCostsPanelProps) {
  const { t } = useTranslation();
  const currency = CURRENCIES.find((c) => c === shipment.currency) ?? 'USD';
  const used = fobCostsUsed(shipment.incoterm);
  const initial = (cost: FobCost) => (shipment[cost] === null ? '' : numberText(fromMinor(shipment[cost], currency)));
  const [texts, setTexts] = useState<Record<FobCost, string>>({ inlandCost: initial('inlandCost'), freight: initial('freight'), insurance: initial('insurance') });
  const [isBusy, setIsBusy] = useState(false);
  const minor = (cost: FobCost) => {
    const amount = optionalAmount(texts[cost]);
    return amount === null || !Number.isFinite(amount) ? null : toMinor(amount, currency);
  };

  async function save() {
    setIsBusy(true);
    try {
      onChanged(await call('shipments:setCosts', { id: shipment.id, inlandCost: minor('inlandCost'), freight: minor('freight'), insurance: minor('insurance') }));
    } catch (error) {
      onError(errorMessage(error));
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className="info-banner shipment-costs" data-testid="shipment-costs">
      <p>{t('shipments.form.completeCosts', { what: shipment.value.gaps.map((gap) => t(`shipments.figures.gap.${gap}`)).join(', ') })}</p>
      <div className="form-grid shipment-grid">
        {used.map((cost) => (
          <TextField key={cost} label={`${t(`shipments.form.${cost}`)} (${currency})`} value={texts[cost]} inputMode="decimal" onChange={(value) => setTexts((current) => ({ ...current, [cost]: value }))} testId={`shipment-costs-${cost}`} />
        ))}
      </div>
      <button type="button" className="button primary" disabled={isBusy} data-testid="shipment-costs-save" onClick={() => void save()}>
        {t('shipments.form.completeCostsSave')}
      </button>
    </div>
  );
}
