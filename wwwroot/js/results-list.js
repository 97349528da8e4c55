// The result list beside the map: the same markup the server renders, redrawn from each search answer, with the
// count in a live region so screen readers hear how many initiatives the filters found.
import { el, plural, format } from './text.js';

export function createResultsList(section, settings, { onHover, onPage }) {
  const { text, labels, culture } = settings;
  const count = section.querySelector('.result-count');
  const list = section.querySelector('.result-list');
  const empty = section.querySelector('.results-empty');

  // Hover or focus in the list highlights the initiative's marker.
  const itemOf = target => target.closest?.('.result');
  const hover = event => onHover(itemOf(event.target)?.dataset.id ?? null);
  list.addEventListener('mouseover', hover);
  list.addEventListener('focusin', hover);
  list.addEventListener('mouseleave', () => onHover(null));
  list.addEventListener('focusout', event => { if (!list.contains(event.relatedTarget)) onHover(null); });
  section.addEventListener('click', event => {
    const link = event.target.closest('.pager a[data-page]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    onPage(Number(link.dataset.page));
  });

  function name(item) {
    if (item.nameCulture === culture) return [item.name];
    // A name is a proper name: it keeps its language, and is not marked as untranslated.
    return [el('span', { lang: item.nameCulture }, item.name)];
  }

  function entry(item) {
    const place = item.province ? `${item.city} (${labels.province[item.province] ?? item.province})` : item.city;
    const distance = item.distance != null ? format(text.distance, item.distance.toLocaleString(culture, { maximumFractionDigits: 1 })) : null;
    return el('li', { className: 'result', 'data-id': item.id },
      el('article', {},
        el('h3', {}, el('a', { href: item.url }, ...name(item))),
        item.example ? el('span', { className: 'badge badge-example', title: text.exampleTitle }, text.example) : null,
        el('p', { className: 'meta' }, place, distance ? el('span', { className: 'distance' }, ` · ${distance}`) : null),
        el('p', { className: 'tags' }, item.sectors.map(s => labels.sector[s] ?? s).join(' · '))));
  }

  function pager(page, pageCount, hrefFor) {
    section.querySelector('.pager')?.remove();
    if (pageCount <= 1) return;
    const items = [];
    if (page > 1) items.push(el('li', {}, el('a', { href: hrefFor(page - 1), rel: 'prev', 'data-page': page - 1 }, text.previous)));
    items.push(el('li', { 'aria-current': 'page' }, format(text.position, page, pageCount)));
    if (page < pageCount) items.push(el('li', {}, el('a', { href: hrefFor(page + 1), rel: 'next', 'data-page': page + 1 }, text.next)));
    section.append(el('nav', { className: 'pager', 'aria-label': text.pagerLabel }, el('ul', {}, ...items)));
  }

  return {
    /** Redraws the list from a search answer; hrefFor(page) gives the address of another page of results. */
    show(answer, page, hrefFor) {
      // Only a changed count is written, so moving the map does not repeat the announcement.
      const said = plural(text, culture, 'results', answer.total);
      if (count.textContent !== said) count.textContent = said;
      list.replaceChildren(...answer.items.map(entry));
      empty.hidden = answer.total > 0;
      pager(page, Math.max(1, Math.ceil(answer.total / settings.pageSize)), hrefFor);
    },

    /** Says, in the live region, that the search failed. */
    fail() {
      count.textContent = text.searchFailed;
    },

    highlight(id) {
      for (const item of list.querySelectorAll('.result.is-highlighted')) item.classList.remove('is-highlighted');
      for (const item of id ? list.querySelectorAll(`.result[data-id="${CSS.escape(id)}"]`) : []) item.classList.add('is-highlighted');
    },

    item: id => list.querySelector(`.result[data-id="${CSS.escape(id)}"]`),
  };
}
