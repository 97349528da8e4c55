// The home page's map and search, on top of the server-rendered form and list (which work without JavaScript).
// Settings come from the map element's data-settings: tile server, API paths, culture, labels and strings.
import { readState, toQueryString, toApiQuery, createHistory } from './search-state.js';
import { createSearchClient } from './search-client.js';
import { createFilterForm } from './filter-form.js';
import { createResultsList } from './results-list.js';
import { createSuggestions } from './suggest.js';
import { createNearMe } from './near-me.js';
import { createMap } from './map.js';
import { createViewSwitch } from './view-switch.js';
import { createFiltersPanel } from './filters-panel.js';

const mapElement = document.getElementById('map');
const settings = JSON.parse(mapElement.dataset.settings);
// The first view: a map narrower than 600 px (a phone, or the column beside the list) shows all of Belgium one
// level further out. An address without centre and zoom means this view, so the address bar leaves them out.
mapElement.hidden = !window.L;
const narrow = (mapElement.clientWidth || innerWidth) < 600;
const defaults = { center: settings.center, zoom: narrow ? Math.max(settings.minZoom, settings.zoom - 1) : settings.zoom };
const client = createSearchClient(settings.api.search);
const results = document.getElementById('results');
const page = document.querySelector('.map-page');
// The width from which map.css shows the filters, the list and the map side by side.
const phone = matchMedia('(max-width: 47.99rem)');

let state = readState(location.search);
let itemsById = new Map();

const addressBar = createHistory(defaults, restored => {
  state = restored;
  form.apply(state);
  panel.update();
  nearMe.render();
  const viewChanged = views.current() !== state.view;
  views.show(state.view);
  if (viewChanged) showMapIfSeen();
  const target = state.center && state.zoom !== null ? { center: state.center, zoom: state.zoom } : defaults;
  // The address holds the centre to 5 decimals: a map already there (so rounded) is not moved, as Leaflet would
  // round the move to a whole pixel and write a slightly other centre back into this history entry.
  const view = map?.view();
  const same = (a, b) => a.toFixed(5) === b.toFixed(5);
  if (view && (view.zoom !== target.zoom || !same(view.center[0], target.center[0]) || !same(view.center[1], target.center[1])))
    map.setView(target.center, target.zoom);
  refresh();
});

const form = createFilterForm(document.getElementById('search-form'), {
  onChange(filters, why) {
    state = { ...state, ...filters, page: 1 };
    addressBar.push(state);
    // A submitted search shows its results; a ticked box leaves the visitor in the filters, to tick more.
    if (why === 'submit') panel.close();
    refresh().then(() => { if (why === 'submit') bringResultsIntoView(); });
  },
});

const panel = createFiltersPanel(document.getElementById('filters'), { onDone: bringResultsIntoView });

const views = createViewSwitch(document.querySelector('.view-switch'), page, {
  view: state.view,
  onChange(view) {
    state = { ...state, view };
    addressBar.replace(state);
    if (showMapIfSeen()) refresh();
  },
});

const list = createResultsList(results, settings, {
  onHover: id => map?.highlight(id ? itemsById.get(id) : null),
  onPage(page) {
    state = { ...state, page };
    addressBar.push(state);
    refresh().then(() => document.getElementById('results-title')?.focus());
  },
});

createSuggestions(document.getElementById('q'), { path: settings.api.suggest, culture: settings.culture, label: settings.text.suggestions });

const nearMe = createNearMe(document.getElementById('near-me'), document.getElementById('near-me-status'), {
  text: settings.text,
  isOn: () => state.near !== null,
  onPosition(position) {
    state = { ...state, near: position, page: 1 };
    addressBar.push(state);
    map?.locate(position);
    refresh().then(bringResultsIntoView);
  },
  onOff() {
    state = { ...state, near: null, page: 1 };
    addressBar.push(state);
    refresh();
  },
});

// On a phone showing the list, the map is made only when first asked for: Leaflet cannot measure a hidden box.
let map = null;
showMapIfSeen();
phone.addEventListener('change', () => { if (showMapIfSeen()) refresh(); });
refresh();

/**
 * Makes the map once it is on screen (a wide screen, or the phone's map view), or measures it again when shown;
 * true when the map is on screen, and the search should then ask for its view.
 */
function showMapIfSeen() {
  if (!window.L || mapElement.offsetWidth === 0) return false;
  if (map) map.resize();
  else map = startMap();
  return true;
}

/** On a phone, scrolls to the results (whose count the live region says); on a wide screen they are in view already. */
function bringResultsIntoView() {
  if (phone.matches) results.scrollIntoView({ block: 'start' });
}

function startMap() {
  return createMap(mapElement, { ...settings, center: state.center ?? defaults.center, zoom: state.zoom ?? defaults.zoom }, {
    onMove({ center, zoom }) {
      state = { ...state, center, zoom };
      addressBar.replace(state);
      refresh();
    },
    onHover: ids => list.highlight(ids[0] ?? null),
  });
}

async function refresh() {
  const view = map && mapElement.offsetWidth > 0 ? map.view() : null;
  const query = toApiQuery(state, { culture: settings.culture, pageSize: settings.pageSize, bbox: view?.bbox, zoom: view?.zoom });
  results.setAttribute('aria-busy', 'true');
  try {
    const answer = await client.search(query);
    if (!answer) return;
    itemsById = new Map(answer.items.map(item => [item.id, item]));
    list.show(answer, state.page, page => `${location.pathname}${toQueryString({ ...state, page }, defaults)}`);
    form.showCounts(answer.facets);
    map?.show(answer.map);
    keepLanguageLinksOnThisSearch();
  } catch {
    list.fail();
  } finally {
    results.removeAttribute('aria-busy');
  }
}

// The language switcher was rendered for the first URL; the other languages should open this search too.
function keepLanguageLinksOnThisSearch() {
  for (const link of document.querySelectorAll('.languages a[hreflang]')) {
    const url = new URL(link.href);
    url.search = location.search;
    link.href = url.pathname + url.search;
  }
}
