import { useTranslation } from 'react-i18next';
import type { PaperGap } from '../../../../shared/api/papers';
import { gapText } from '../../../../shared/domain/paper-gaps';

/**
 * What an export paper still lacks, in the screen's language, each detail named with whose it is
 * (Profil Sentra, a buyer, an order, a product). Shown on screen only: the paper is not printed
 * until the list is empty.
 */
export function PaperGaps({ gaps, testId = 'paper-gaps' }: { gaps: readonly PaperGap[]; testId?: string }) {
  const { t } = useTranslation();
  if (gaps.length === 0) return null;
  return (
    <div className="paper-gaps no-print" role="alert" data-testid={testId}>
      <strong>{t('papers.missingTitle')}</strong>
      <ul>
        {gaps.map((gap) => (
          <li key={`${gap.subject}-${gap.ref}-${gap.field}`} data-testid="paper-gap">{gapText(t, gap)}</li>
        ))}
      </ul>
    </div>
  );
}
