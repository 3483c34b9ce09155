import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../shared/dates';
import type { StatusChange } from '../../../shared/domain/member';

/** Riwayat status: every status the member has had and from when. */
export function StatusHistory({ history }: { history: StatusChange[] }) {
  const { t } = useTranslation();
  return (
    <section className="history" data-testid="member-history">
      <h3>{t('ui.memberForm.history')}</h3>
      {history.length === 0 ? (
        <p className="muted">{t('ui.common.noHistory')}</p>
      ) : (
        <table className="plain-table compact">
          <thead>
            <tr>
              <th>{t('ui.form.validFrom')}</th>
              <th>{t('member.status')}</th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((change) => (
              <tr key={`${change.validFrom}-${change.status}`}>
                <td>{formatDateId(change.validFrom)}</td>
                <td>{t(`status.${change.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
