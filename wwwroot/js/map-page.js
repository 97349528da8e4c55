// The home page's map and search, on top of the server-rendered form and list (which work without JavaScript).
// Settings come from the map element's data-settings: tile server, API paths, culture, labels and strings.
import { readState, toQueryString, toApiQuery, createHistory } from './search-state.js';
import { createSearchClient } from './search-client.js';
import { createFilterForm } from './filter-form.js';
import { createResultsList } from './results-list.js';
import { createSuggestions } from './suggest.js';
import { createNearMe } from './near-me.js';
import { createMap } from './map.js';

const mapElement = document.getElementById('map');
const settings = JSON.parse(mapElement.dataset.settings);
const defaults = { center: settings.center, zoom: settings.zoom };
const client = createSearchClient(settings.api.search);
const results = document.getElementById('results');

let state = readState(location.search);
let itemsById = new Map();

const addressBar = createHistory(defaults, restored => {
  state = restored;
  form.apply(state);
  nearMe.render();
  const target = state.center && state.zoom !== null ? { center: state.center, zoom: state.zoom } : defaults;
  const view = map?.view();
  if (view && (view.zoom !== target.zoom || view.center[0] !== target.center[0] || view.center[1] !== target.center[1]))
    map.setView(target.center, target.zoom);
  refresh();
});

const form = createFilterForm(document.getElementById('search-form'), {
  onChange(filters) {
    state = { ...state, ...filters, page: 1 };
    addressBar.push(state);
    refresh();
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
    refresh();
  },
  onOff() {
    state = { ...state, near: null, page: 1 };
    addressBar.push(state);
    refresh();
  },
});

const map = window.L ? startMap() : null;
refresh();

function startMap() {
  mapElement.hidden = false;
  // A phone-wide map shows all of Belgium one level further out; an address's own zoom is kept as it is.
  const zoom = state.zoom ?? (mapElement.clientWidth < 600 ? Math.max(settings.minZoom, defaults.zoom - 1) : defaults.zoom);
  return createMap(mapElement, { ...settings, center: state.center ?? defaults.center, zoom }, {
    onMove({ center, zoom }) {
      state = { ...state, center, zoom };
      addressBar.replace(state);
      refresh();
    },
    onHover: ids => list.highlight(ids[0] ?? null),
  });
}

async function refresh() {
  const view = map?.view();
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
