import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../shared/domain/unit';
import { ChoiceFilter } from '../common/ChoiceFilter';

/** One workshop or all of them. */
export function UnitFilter({ units, value, onChange, testId }: { units: Unit[] | null; value: string; onChange(unitCode: string): void; testId: string }) {
  const { t } = useTranslation();
  const options = (units ?? []).map((unit) => ({ value: unit.unitCode, label: `${unit.unitCode} — ${unit.name}` }));
  return <ChoiceFilter label={t('workshops.unitFilter')} value={value} options={[{ value: '', label: t('ui.filter.all') }, ...options]} onChange={onChange} testId={testId} />;
}
