import { useSyncExternalStore } from 'react';

/** The screens route by the URL's hash (`#/members`), which works from file:// and http alike. */
export type Route =
  | { page: 'summary' }
  | { page: 'members' }
  | { page: 'units' }
  | { page: 'centre' }
  | { page: 'print'; list: 'members' | 'units' };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split('?')[0];
  const [first, second] = path.split('/');
  if (first === 'print' && (second === 'members' || second === 'units')) return { page: 'print', list: second };
  if (first === 'members' || first === 'units' || first === 'centre' || first === 'summary') {
    return { page: first };
  }
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
