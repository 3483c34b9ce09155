import { useTranslation } from 'react-i18next';
import type { Centre } from '../../../../shared/domain/centre';
import './print.css';

function joined(parts: (string | null)[], separator: string): string {
  return parts.filter((part): part is string => Boolean(part && part.trim())).join(separator);
}

/** The cooperative's short name for the round mark: "(INTAKO)" when it has one, else initials. */
function initials(name: string): string {
  const acronym = /\(([A-Z]{2,7})\)/.exec(name);
  if (acronym) return acronym[1];
  const words = name.split(/\s+/).filter((word) => /^[A-Z]/.test(word));
  return words.slice(0, 3).map((word) => word[0]).join('') || 'SP';
}

/** Kop surat: the cooperative's name large, the centre, address and contacts, a double rule. */
export function Letterhead({ centre }: { centre: Centre }) {
  const { t } = useTranslation();
  const heading = centre.cooperativeName ?? centre.name;
  const mark = initials(heading || 'Sentra Planner');
  const place = joined(
    [
      centre.address,
      centre.village ? t('ui.print.village', { name: centre.village }) : null,
      centre.district ? t('ui.print.district', { name: centre.district }) : null,
      centre.regency,
      joined([centre.province, centre.postalCode], ' '),
    ],
    ', ',
  );
  const contact = joined(
    [centre.phone ? t('ui.print.phone', { phone: centre.phone }) : null, centre.email ? t('ui.print.email', { email: centre.email }) : null],
    ' · ',
  );
  return (
    <header className="letterhead" data-testid="letterhead">
      <div className={`letterhead-mark${mark.length > 4 ? ' long' : ''}`} aria-hidden="true">
        {mark}
      </div>
      <div className="letterhead-text">
        <div className="letterhead-cooperative" data-testid="letterhead-name">{heading || t('ui.shell.noCentre')}</div>
        {centre.cooperativeName && centre.name ? <div className="letterhead-centre">{centre.name}</div> : null}
        {centre.cooperativeRegNo ? <div className="letterhead-line">{t('ui.print.regNo', { number: centre.cooperativeRegNo })}</div> : null}
        {place ? <div className="letterhead-line">{place}</div> : null}
        {contact ? <div className="letterhead-line">{contact}</div> : null}
      </div>
      <div className="letterhead-rule" />
    </header>
  );
}
