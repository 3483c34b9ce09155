import { useTranslation } from 'react-i18next';
import type { PaperExporter } from '../../../../shared/api/papers';
import { letterheadLines } from '../../../../shared/domain/paper-text';
import '../../platform/print/print.css';

/**
 * The exporter's letterhead on export papers, in English: the legal name, the English address,
 * phone and e-mail (NIB, NPWP and the contact person are in the shipper's box below). Rendered
 * inside the paper's language, so `t` is English.
 */
export function ExporterLetterhead({ exporter }: { exporter: PaperExporter }) {
  const { t } = useTranslation();
  const [name, ...rest] = letterheadLines(exporter, t);
  return (
    <header className="letterhead letterhead-plain" data-testid="letterhead">
      <div className="letterhead-text">
        <div className="letterhead-cooperative" data-testid="letterhead-name">{name}</div>
        {rest.map((line) => (
          <div className="letterhead-line" key={line}>{line}</div>
        ))}
      </div>
      <div className="letterhead-rule" />
    </header>
  );
}
