// The page's state (text, facets, "active only", page, centre, zoom, near, and on a phone the list or map view) and
// its URL, both ways.
// Filters and text changes make a history entry (pushState); moving the map only updates the current one
// (replaceState), so Back undoes a search rather than every drag.

export const FACETS = ['sector', 'type', 'status', 'province', 'region', 'public', 'language', 'municipality'];

const round = (value, digits) => Number(value.toFixed(digits));

// Commas may stand unescaped in a query string; "center=50.8,4.3" reads better in a shared link than "%2C".
const text = params => params.toString().replaceAll('%2C', ',');

function pair(text) {
  const parts = (text ?? '').split(',').map(Number);
  return parts.length === 2 && parts.every(Number.isFinite) ? parts : null;
}

/** Reads the state from a query string ("?q=..&sector=a&sector=b&center=50.6,4.6&zoom=9"). */
export function readState(search) {
  const params = new URLSearchParams(search);
  const facets = {};
  for (const facet of FACETS) facets[facet] = params.getAll(facet).flatMap(v => v.split(',')).filter(Boolean);
  const zoom = Number.parseInt(params.get('zoom') ?? '', 10);
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    facets,
    active: params.get('active') === 'true',
    page: page > 1 ? page : 1,
    center: pair(params.get('center')),
    zoom: Number.isFinite(zoom) ? zoom : null,
    near: pair(params.get('near')),
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

function filterParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const value of state.facets[facet] ?? []) params.append(facet, value);
  if (state.active) params.set('active', 'true');
  if (state.near) params.set('near', state.near.map(n => round(n, 4)).join(','));
  return params;
}

/** The page URL's query string for a state; centre and zoom are left out while they are the default view. */
export function toQueryString(state, defaults) {
  const params = filterParams(state);
  if (state.page > 1) params.set('page', String(state.page));
  if (state.view === 'map') params.set('view', 'map');
  const moved = state.center && state.zoom !== null &&
    (state.zoom !== defaults.zoom || round(state.center[0], 5) !== round(defaults.center[0], 5) || round(state.center[1], 5) !== round(defaults.center[1], 5));
  if (moved) {
    params.set('center', state.center.map(n => round(n, 5)).join(','));
    params.set('zoom', String(state.zoom));
  }
  const query = text(params);
  return query ? `?${query}` : '';
}

/** The search API's query string: the filters, the page as skip/take, and the map's view as bbox + zoom. */
export function toApiQuery(state, { culture, pageSize, bbox, zoom }) {
  const params = filterParams(state);
  params.set('culture', culture);
  params.set('skip', String((state.page - 1) * pageSize));
  params.set('take', String(pageSize));
  if (bbox) {
    params.set('bbox', bbox.map(n => round(n, 5)).join(','));
    params.set('zoom', String(zoom));
  }
  return text(params);
}

/** Keeps the address bar in step with the state and calls back on Back/Forward. */
export function createHistory(defaults, onRestore) {
  const url = state => `${location.pathname}${toQueryString(state, defaults)}`;
  window.addEventListener('popstate', () => onRestore(readState(location.search)));
  return {
    push(state) {
      const next = url(state);
      if (next !== `${location.pathname}${location.search}`) history.pushState(null, '', next);
    },
    replace(state) {
      history.replaceState(null, '', url(state));
    },
  };
}
