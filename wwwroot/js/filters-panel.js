// The Filters button (a native <details>, which opens and closes without script): its "(n)" follows the ticked boxes,
// and on a phone "Show the results" closes the panel and brings the list into view.
export function createFiltersPanel(details, { onDone }) {
  const count = details.querySelector('.filters-count');
  const done = details.querySelector('.filters-done');
  done.hidden = false;

  function update() {
    const ticked = details.querySelectorAll('.filters-body input[type=checkbox]:checked').length;
    count.textContent = `(${ticked})`;
  }

  done.addEventListener('click', () => {
    details.open = false;
    details.querySelector('summary').focus({ preventScroll: true });
    onDone();
  });
  details.addEventListener('change', update);

  update();
  return {
    update,
    close() {
      details.open = false;
    },
  };
}
