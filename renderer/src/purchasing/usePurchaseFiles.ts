import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PurchaseStatus } from '../../../shared/api/production';
import { call, deliverFile } from '../platform/api/client';
import { useApp } from '../platform/appContext';
import { errorMessage, formatAmount, formatNumber } from '../platform/common/format';
import type { Notice } from '../platform/common/UndoBar';

/**
 * The page's two batch steps: draft POs from the last plan's suggestions (one per supplier), and
 * the list as a workbook made on the main side. Both end in a notice that says what happened.
 */
export function usePurchaseFiles(notify: (notice: Notice) => void, reload: () => Promise<void>, toBuy: { open: number } | null = null) {
  const { t } = useTranslation();
  const { locale } = useApp();
  const [isMakingFromPlan, setIsMakingFromPlan] = useState(false);

  async function fromPlan() {
    setIsMakingFromPlan(true);
    try {
      const made = await call('purchases:fromPlan', {});
      const lines = made.reduce((sum, po) => sum + po.lines.length, 0);
      const currencies = new Set(made.map((po) => po.currency));
      const value = currencies.size === 1 ? formatAmount(made.reduce((sum, po) => sum + po.value, 0), made[0].currency, locale) : null;
      const params = { count: made.length, orders: formatNumber(made.length, locale), lines: formatNumber(lines, locale), value, numbers: made.map((po) => po.poNo).join(', ') };
      // Counted in suggestions, as the plan, the list to buy and the dashboard count them.
      const after = await call('purchases:toBuy', {});
      const counts = toBuy && after
        ? t('purchasing.fromPlan.counts', {
            taken: formatNumber(toBuy.open - after.open, locale), open: formatNumber(toBuy.open, locale), left: formatNumber(after.open, locale),
          })
        : '';
      notify({ message: `${t(value ? 'purchasing.fromPlan.made' : 'purchasing.fromPlan.madeMixed', params)} ${counts}`.trim() });
      await reload();
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    } finally {
      setIsMakingFromPlan(false);
    }
  }

  async function exportList(statuses: PurchaseStatus[]) {
    try {
      const file = await call('files:purchases', statuses.length > 0 ? { statuses } : {});
      await deliverFile(file);
      notify({ message: t('ui.common.fileReady', { file: file.fileName }) });
    } catch (error) {
      notify({ tone: 'error', message: errorMessage(error) });
    }
  }

  return { isMakingFromPlan, fromPlan: () => void fromPlan(), exportList: (statuses: PurchaseStatus[]) => void exportList(statuses) };
}
