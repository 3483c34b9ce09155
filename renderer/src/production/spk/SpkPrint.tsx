import { useTranslation } from 'react-i18next';
import type { SpkSelectionValues } from '../../../../shared/api/production';
import { useApp } from '../../platform/appContext';
import { useCallData } from '../../platform/common/useCallData';
import { PrintToolbar } from '../../platform/print/PrintToolbar';
import { SpkPage } from './SpkPage';
import { useBoms } from './useBoms';

/** What is printed, as the file name says it: a workshop's, an order's or a week's SPKs. */
function selectionWord(selection: SpkSelectionValues): string {
  return selection.unitCode ?? selection.orderNo ?? selection.weekStart ?? 'spk';
}

/**
 * The issued SPKs of a workshop, an order or a week, one A4 page each, ready to hand out. An SPK
 * still only planned is not printed: it has no number and no rate of its own until it is issued.
 */
export function SpkPrint({ selection, today }: { selection: SpkSelectionValues; today: string }) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const listed = useCallData('spk:list', selection);
  const issued = listed.data?.filter((spk) => spk.spkNo !== null) ?? null;
  const { boms, error } = useBoms(issued ? issued.map((spk) => spk.sku) : null);
  const failure = listed.error ?? error;
  if (!issued || !boms) return <div className="boot-message">{failure ?? t('ui.common.loading')}</div>;
  const planned = (listed.data?.length ?? 0) - issued.length;
  const fileName = `${t('ui.print.fileName.spk')}-${selectionWord(selection)}-${today}.pdf`;
  return (
    <div className="print-screen print-portrait">
      <PrintToolbar back="plan" fileName={fileName} pages={t('ui.print.paper.portrait')} />
      {issued.length === 0 ? (
        <article className={`print-doc page-portrait-${locale}`} data-testid="print-spk">
          <p data-testid="spk-empty">{t('workshops.spkPrint.none')}</p>
        </article>
      ) : (
        <div data-testid="print-spk">
          {planned > 0 ? <div className="print-note print-screen-only" data-testid="spk-not-issued">{t('workshops.spkPrint.notIssued', { count: planned })}</div> : null}
          {issued.map((spk) => (
            <SpkPage key={spk.id} spk={spk} boms={boms} />
          ))}
        </div>
      )}
    </div>
  );
}
