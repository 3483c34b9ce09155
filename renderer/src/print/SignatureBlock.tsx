import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../shared/dates';
import type { Centre } from '../../../shared/domain/centre';
import type { Locale } from '../../../shared/i18n';

/** Place and date, then the chair and the secretary with room to sign and stamp. */
export function SignatureBlock({ centre, date, locale }: { centre: Centre; date: string; locale: Locale }) {
  const { t } = useTranslation();
  const signers = [
    { title: centre.chairTitle ?? t('ui.print.chair'), name: centre.chairName },
    { title: centre.secretaryTitle ?? t('ui.print.secretary'), name: centre.secretaryName },
  ];
  return (
    <section className="signature-block" data-testid="signature-block">
      <div className="signature-place">{[centre.signCity, formatDateLong(date, locale)].filter(Boolean).join(', ')}</div>
      <div className="signature-columns">
        {signers.map((signer) => (
          <div className="signature" key={signer.title}>
            <div className="signature-title">{signer.title}</div>
            <div className="signature-space" />
            <div className="signature-name">{signer.name ?? '.............................................'}</div>
          </div>
        ))}
      </div>
    </section>
  );
}
