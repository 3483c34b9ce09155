import { useTranslation } from 'react-i18next';
import { useCallData } from '../common/useCallData';
import { MembersPrint } from './MembersPrint';
import type { Route } from '../common/hashRoute';
import { SpkPrint } from './SpkPrint';
import { UnitsPrint } from './UnitsPrint';
import './print.css';

type PrintRoute = Extract<Route, { page: 'print' }>;

/** #/print/members, #/print/units and #/print/spk/<unit>: an A4 document, not the app's frame. */
export function PrintView({ route }: { route: PrintRoute }) {
  const { t } = useTranslation();
  // The centre's calendar day, as the backend keeps it (it may be fixed for a report or a test).
  const summary = useCallData('registry:summary', {});
  if (summary.error) return <div className="boot-message boot-error">{summary.error}</div>;
  if (!summary.data) return <div className="boot-message">{t('ui.common.loading')}</div>;
  if (route.list === 'spk') return <SpkPrint unitCode={route.unitCode} today={summary.data.asOf} />;
  return route.list === 'members' ? <MembersPrint today={summary.data.asOf} /> : <UnitsPrint today={summary.data.asOf} />;
}
