// Suggestions under the search box, as an ARIA combobox: typing lists matching initiatives, arrows move through
// them, Enter opens the chosen one, Escape closes the list; Enter without a choice searches the text.
import { el } from './text.js';

export function createSuggestions(input, { path, culture, label }) {
  const listbox = el('ul', { id: `${input.id}-suggestions`, className: 'suggestions', role: 'listbox', 'aria-label': label, hidden: true });
  input.after(listbox);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  input.setAttribute('autocomplete', 'off');

  let options = [];
  let active = -1;
  let controller = null;
  let timer = 0;

  function close() {
    listbox.hidden = true;
    listbox.replaceChildren();
    options = [];
    select(-1);
    input.setAttribute('aria-expanded', 'false');
  }

  function select(index) {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function show(suggestions) {
    if (suggestions.length === 0) return close();
    options = suggestions.map((s, i) => el('li', { id: `${listbox.id}-${i}`, role: 'option', 'aria-selected': 'false', 'data-url': s.kind === 'place' ? placeUrl(s) : s.url }, s.label ?? s.name));
    listbox.replaceChildren(...options);
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    select(-1);
  }

  // A place shows its initiatives: the municipality filter instead of the typed text, the map on its centre, in the address.
  function placeUrl(place) {
    const params = new URLSearchParams(location.search);
    for (const key of ['q', 'page', 'municipality', 'near']) params.delete(key);
    params.append('municipality', place.municipality);
    params.set('center', place.centre.map(value => value.toFixed(4)).join(','));
    params.set('zoom', '12');
    return `${location.pathname}?${params.toString().replaceAll('%2C', ',')}`;
  }

  async function fetchSuggestions(text) {
    controller?.abort();
    controller = new AbortController();
    try {
      const params = new URLSearchParams({ culture, q: text });
      const response = await fetch(`${path}?${params}`, { signal: controller.signal, headers: { Accept: 'application/json' } });
      if (response.ok && document.activeElement === input && input.value.trim() === text) show(await response.json());
    } catch (error) {
      if (error.name !== 'AbortError') close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (text.length < 2) {
      controller?.abort();
      return close();
    }
    timer = setTimeout(() => fetchSuggestions(text), 150);
  });

  input.addEventListener('keydown', event => {
    const open = !listbox.hidden;
    if (event.key === 'ArrowDown' && open) select((active + 1) % options.length);
    else if (event.key === 'ArrowUp' && open) select(active <= 0 ? options.length - 1 : active - 1);
    else if (event.key === 'Escape' && open) close();
    else if (event.key === 'Enter' && open && active >= 0) location.assign(options[active].dataset.url);
    else {
      // The search runs: a suggestion still on its way must not open over its results.
      if (event.key === 'Enter') {
        clearTimeout(timer);
        controller?.abort();
        close();
      }
      return;
    }
    event.preventDefault();
  });

  // mousedown, not click: the input keeps focus, so the list is still there when the click lands.
  listbox.addEventListener('mousedown', event => event.preventDefault());
  listbox.addEventListener('click', event => {
    const option = event.target.closest('[role=option]');
    if (option) location.assign(option.dataset.url);
  });
  input.addEventListener('blur', close);
}
