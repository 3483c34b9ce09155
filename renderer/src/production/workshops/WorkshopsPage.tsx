import { useTranslation } from 'react-i18next';
import { useCentreToday } from '../../platform/common/useCentreToday';
import { WorkshopsScreen } from './WorkshopsScreen';

/** Setoran & Ongkos: what the workshops delivered, what they are owed for it, and the material they hold. */
export function WorkshopsPage() {
  const { t } = useTranslation();
  const today = useCentreToday();
  if (!today) return <div className="boot-message">{t('ui.common.loading')}</div>;
  return <WorkshopsScreen today={today} />;
}
