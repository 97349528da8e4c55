// On a phone the list and the map take turns: two buttons (aria-pressed) choose which one shows. The choice is the
// page's "view" (list or map), kept in the address by search-state.js; map.css hides the other one.
export function createViewSwitch(group, page, { view, onChange }) {
  const buttons = [...group.querySelectorAll('button[data-view]')];
  group.hidden = false;
  page.classList.add('has-view-switch');

  function show(next) {
    page.dataset.view = next;
    for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.view === next));
  }

  group.addEventListener('click', event => {
    const button = event.target.closest('button[data-view]');
    if (!button || button.dataset.view === page.dataset.view) return;
    show(button.dataset.view);
    onChange(button.dataset.view);
  });

  show(view);
  return {
    show,
    current: () => page.dataset.view,
  };
}
