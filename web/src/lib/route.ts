import { useEffect, useState } from 'react';

/** Where the page is: the queue, one contradiction, or one article (with a statement chosen). */
export type Route =
  | { view: 'queue' }
  | { view: 'contradiction'; id: string }
  | { view: 'article'; id: string; statement?: string };

export function parseRoute(hash: string): Route {
  const [view, id, statement] = hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  if (view === 'contradiction' && id) return { view, id };
  if (view === 'article' && id) return statement ? { view, id, statement } : { view, id };
  return { view: 'queue' };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'queue':
      return '#/';
    case 'contradiction':
      return `#/contradiction/${encodeURIComponent(route.id)}`;
    case 'article':
      return `#/article/${encodeURIComponent(route.id)}${
        route.statement ? `/${encodeURIComponent(route.statement)}` : ''
      }`;
  }
}

/** The current route, following the location's hash (so that back and forward work). */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
