import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KpiProgress } from '../../../shared/api/roadmap';
import { Dialog } from '../platform/common/Dialog';
import { amountForInput } from '../platform/common/formText';
import { TextField } from '../platform/common/TextField';

/** "Isi target +%": every year after the baseline gets the baseline actual grown p % a year (DOMAIN: exports +5 %). */
export function GrowTargets({ kpi, baselineYear, onGrow, testId }: { kpi: KpiProgress; baselineYear: number; onGrow(pct: number): Promise<boolean>; testId: string }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [text, setText] = useState('5');
  const pct = amountForInput(text);
  const isValid = Number.isFinite(pct) && pct >= -50 && pct <= 100;
  return (
    <div className="grow-targets">
      <button type="button" className="link-button" data-testid={testId} onClick={() => setIsOpen(true)}>
        {t('roadmap.grid.grow')}
      </button>
      {isOpen ? (
        <Dialog
          title={`${kpi.label} — ${t('roadmap.grid.growTitle', { year: baselineYear })}`}
          onClose={() => setIsOpen(false)}
          testId={`${testId}-dialog`}
          footer={
            <>
              <button type="button" className="button" onClick={() => setIsOpen(false)}>
                {t('ui.common.cancel')}
              </button>
              <button
                type="button"
                className="button primary"
                disabled={!isValid}
                data-testid={`${testId}-apply`}
                onClick={() => void onGrow(pct).then((isDone) => isDone && setIsOpen(false))}
              >
                {t('roadmap.grid.growApply')}
              </button>
            </>
          }
        >
          <TextField
            label={t('roadmap.grid.growPct')}
            value={text}
            onChange={setText}
            inputMode="decimal"
            error={isValid ? undefined : t('roadmap.grid.notANumber')}
            testId={`${testId}-pct`}
            autoFocus
          />
          <p className="dialog-note">{t('roadmap.grid.growFormula', { year: baselineYear })}</p>
        </Dialog>
      ) : null}
    </div>
  );
}
