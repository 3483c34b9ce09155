import { useTranslation } from 'react-i18next';
import { useCallData } from '../common/useCallData';
import { MembersPrint } from './MembersPrint';
import type { PrintList } from './openPrintView';
import { UnitsPrint } from './UnitsPrint';
import './print.css';

/** #/print/members and #/print/units: an A4 document, not the app's frame. */
export function PrintView({ list }: { list: PrintList }) {
  const { t } = useTranslation();
  // The centre's calendar day, as the backend keeps it (it may be fixed for a report or a test).
  const summary = useCallData('registry:summary', {});
  if (summary.error) return <div className="boot-message boot-error">{summary.error}</div>;
  if (!summary.data) return <div className="boot-message">{t('ui.common.loading')}</div>;
  return list === 'members' ? <MembersPrint today={summary.data.asOf} /> : <UnitsPrint today={summary.data.asOf} />;
}
