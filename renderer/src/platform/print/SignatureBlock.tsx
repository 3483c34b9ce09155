import { useTranslation } from 'react-i18next';
import { formatDateLong } from '../../../../shared/dates';
import type { Centre } from '../../../../shared/domain/centre';
import type { Locale } from '../../../../shared/i18n';

export interface Signer {
  title: string;
  name: string | null;
}

/** Place and date, then the chair and the secretary (or the given signers) with room to sign and stamp. */
export function SignatureBlock({ centre, date, locale, signers: given }: { centre: Centre; date: string; locale: Locale; signers?: Signer[] }) {
  const { t } = useTranslation();
  const signers = given ?? [
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
