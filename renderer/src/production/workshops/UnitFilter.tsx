import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../shared/domain/unit';
import { ChoiceFilter } from '../../platform/common/ChoiceFilter';
import { navigate } from '../../platform/common/hashRoute';

/** One workshop or all of them. */
export function UnitFilter({ units, value, onChange, testId }: { units: Unit[] | null; value: string; onChange(unitCode: string): void; testId: string }) {
  const { t } = useTranslation();
  const options = (units ?? []).map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }));
  return (
    <>
      <ChoiceFilter label={t('workshops.unitFilter')} value={value} options={[{ value: '', label: t('ui.filter.all') }, ...options]} onChange={onChange} testId={testId} />
      {value ? <button type="button" className="button" onClick={() => navigate({ page: 'unitCard', unitCode: value })} data-testid={`${testId}-card`}>{t('unitCard.open')}</button> : null}
    </>
  );
}
