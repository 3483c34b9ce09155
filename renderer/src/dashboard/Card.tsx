import type { ReactNode } from 'react';

/** A dashboard card: title and a figure or note on the right, the body, and a link to the page behind it. */
export function Card({ title, aside, link, className = '', testId, children }: {
  title: string;
  aside?: ReactNode;
  link?: { href: string; label: string; testId?: string };
  className?: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <section className={`dash-card ${className}`} data-testid={testId}>
      <header className="dash-card-head">
        <h2>{title}</h2>
        {aside ? <div className="dash-card-aside">{aside}</div> : null}
      </header>
      <div className="dash-card-body">{children}</div>
      {link ? (
        <a className="dash-card-link" href={link.href} data-testid={link.testId ?? `${testId}-link`}>
          {link.label} →
        </a>
      ) : null}
    </section>
  );
}

/** What a card says when its source has no data yet, with the way to make it (never zeros). */
export function NoData({ text, link, testId }: { text: string; link?: { href: string; label: string }; testId: string }) {
  return (
    <div className="dash-empty" data-testid={testId}>
      <p>{text}</p>
      {link ? (
        <a className="button" href={link.href} data-testid={`${testId}-link`}>
          {link.label}
        </a>
      ) : null}
    </div>
  );
}
