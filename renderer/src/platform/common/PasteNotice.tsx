import { useTranslation } from 'react-i18next';

/** What the last pasted block did, until the user closes the note. */
export interface PastedBlock {
  firstLine: number;
  count: number;
  hasHeader: boolean;
  ignored: string[];
  /** Rows the editor has no line for (a shipment takes only the lines ready to ship). */
  unmatched?: string[];
}

export interface PasteProblem {
  /** 1-based, as the editor numbers its lines. */
  row: number;
  column: string;
  message: string;
}

interface PasteNoticeProps {
  block: PastedBlock;
  problems: PasteProblem[];
  onDismiss(): void;
  testId: string;
}

/** Rows pasted, nothing saved; the cells still wrong, by row and column (they are also marked in place). */
export function PasteNotice({ block, problems, onDismiss, testId }: PasteNoticeProps) {
  const { t } = useTranslation();
  const ignored = block.ignored.map((column) => (/^\d+$/.test(column) ? t('clipboard.columnNo', { number: column }) : column));
  return (
    <div className={problems.length > 0 ? 'form-error paste-notice' : 'info-banner paste-notice'} data-testid={testId} role="status">
      <button type="button" className="link-button paste-notice-close" onClick={onDismiss} data-testid={`${testId}-close`}>
        {t('clipboard.dismiss')}
      </button>
      <span>{t('clipboard.pasted', { count: block.count })}</span>
      {block.hasHeader ? <span> {t('clipboard.headerRow')}</span> : null}
      {ignored.length > 0 ? <span> {t('clipboard.ignored', { columns: ignored.join(', ') })}</span> : null}
      {block.unmatched && block.unmatched.length > 0 ? <span> {t('clipboard.unmatched', { rows: block.unmatched.join(', ') })}</span> : null}
      {problems.length > 0 ? (
        <>
          <div>{t('clipboard.problems', { count: problems.length })}</div>
          <ul data-testid={`${testId}-problems`}>
            {problems.map((problem) => (
              <li key={`${problem.row}-${problem.column}`}>{t('clipboard.problem', { row: problem.row, column: problem.column, message: problem.message })}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
