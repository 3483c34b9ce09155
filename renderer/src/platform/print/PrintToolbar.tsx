import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, type NavPage } from '../common/hashRoute';

/** Above the page on screen only: print (or save as PDF on the desktop) and back. */
export function PrintToolbar({ back, fileName, pages, blockedReason }: { back: NavPage; fileName: string; pages: string; blockedReason?: string }) {
  const { t } = useTranslation();
  const [savedTo, setSavedTo] = useState<string | null>(null);

  async function print() {
    if (window.sentra) {
      const result = await window.sentra.printToPdf(fileName);
      if (result.saved && result.path) setSavedTo(result.path);
      return;
    }
    window.print();
  }

  return (
    <div className="print-toolbar" data-testid="print-toolbar">
      <button type="button" className="button" onClick={() => navigate({ page: back })} data-testid="print-back">
        ← {t('ui.print.back')}
      </button>
      <button type="button" className="button primary" onClick={() => void print()} data-testid="print-print" disabled={blockedReason !== undefined} title={blockedReason}>
        {t('ui.print.print')}
      </button>
      <span className="print-toolbar-hint" data-testid="print-hint">{blockedReason ?? (savedTo ? t('ui.print.savedTo', { path: savedTo }) : t('ui.print.hint', { paper: pages }))}</span>
    </div>
  );
}
