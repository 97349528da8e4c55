// The server-rendered GET filter form, enhanced: a ticked box or a submitted text searches at once without
// reloading, and the facet counts follow each answer. onChange says why: 'change' (a box) or 'submit' (the search).
import { FACETS } from './search-state.js';

export function createFilterForm(form, { onChange }) {
  const text = form.elements.namedItem('q');
  const active = form.elements.namedItem('active');
  form.querySelector('.filter-apply')?.setAttribute('hidden', '');

  function read() {
    const facets = {};
    for (const facet of FACETS)
      facets[facet] = [...form.querySelectorAll(`input[type=checkbox][name="${facet}"]:checked, select[name="${facet}"] option:checked`)].map(box => box.value);
    return { q: text.value.trim(), facets, active: active?.checked ?? false };
  }

  form.addEventListener('change', event => {
    if (event.target.matches('input[type=checkbox], select[multiple]')) onChange(read(), 'change');
  });
  form.addEventListener('submit', event => {
    event.preventDefault();
    onChange(read(), 'submit');
  });

  function setCount(box, count) {
    const label = form.querySelector(`label[for="${CSS.escape(box.id)}"] .facet-count`);
    if (label) label.textContent = `(${count})`;
    box.closest('.check')?.classList.toggle('is-empty', count === 0 && !box.checked);
  }

  return {
    read,

    /** Puts a restored state (Back, Forward) into the controls. */
    apply(state) {
      text.value = state.q;
      if (active) active.checked = state.active;
      for (const box of form.querySelectorAll('input[type=checkbox]'))
        if (FACETS.includes(box.name)) box.checked = (state.facets[box.name] ?? []).includes(box.value);
    },

    /** Shows how many initiatives each value would give (the API's disjunctive counts). */
    showCounts(facets) {
      for (const box of form.querySelectorAll('input[type=checkbox]')) {
        if (FACETS.includes(box.name)) setCount(box, facets?.[box.name]?.[box.value] ?? 0);
      }
      if (active && facets?.activity) setCount(active, (facets.activity.active ?? 0) + (facets.activity.starting ?? 0));
    },
  };
}
