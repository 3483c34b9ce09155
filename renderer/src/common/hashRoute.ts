import { useSyncExternalStore } from 'react';

/** The screens reached from the left navigation. */
export const REGISTRY_PAGES = ['summary', 'members', 'units', 'centre'] as const;
export const SUPPLY_PAGES = ['products', 'materials', 'buyers', 'orders'] as const;
export type NavPage = (typeof REGISTRY_PAGES)[number] | (typeof SUPPLY_PAGES)[number];

/** The screens route by the URL's hash (`#/members`), which works from file:// and http alike. */
export type Route = { page: NavPage } | { page: 'print'; list: 'members' | 'units' };

function isNavPage(text: string): text is NavPage {
  return REGISTRY_PAGES.some((page) => page === text) || SUPPLY_PAGES.some((page) => page === text);
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0];
  const [first, second] = path.split('/');
  if (first === 'print' && (second === 'members' || second === 'units')) return { page: 'print', list: second };
  if (isNavPage(first)) return { page: first };
  return { page: 'summary' };
}

export function routeHash(route: Route): string {
  return route.page === 'print' ? `#/print/${route.list}` : `#/${route.page}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
