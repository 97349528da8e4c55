// The registration form's place choice while typing: once four digits are in the postal code field, the postal code
// endpoint answers the code's places; several are offered as radio buttons (as the server does after a post), one
// fills an empty city field, an unknown code is said at once. Picking a place writes the city field. Each known
// place is announced to register-map.js ('place-located') for its default marker.
const container = document.getElementById('place-choice');
const postalCode = document.getElementById('postal-code');
const city = document.getElementById('city');
const status = document.getElementById('place-status');

// The status line says an unknown code where it is seen, and only to screen readers that a choice appeared below.
function say(text, visible) {
  status.textContent = text;
  status.className = visible ? 'field-error' : 'visually-hidden';
}

const key = text => (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function located(place) {
  if (place) document.dispatchEvent(new CustomEvent('place-located', { detail: { lat: place.latitude, lng: place.longitude } }));
}

function clear() {
  container.querySelector('fieldset')?.remove();
}

function offer(code, places) {
  clear();
  const fieldset = document.createElement('fieldset');
  fieldset.className = 'form-group';
  fieldset.setAttribute('aria-describedby', 'place-choice-hint');
  const legend = document.createElement('legend');
  legend.textContent = container.dataset.legend;
  const hint = document.createElement('p');
  hint.id = 'place-choice-hint';
  hint.className = 'hint';
  hint.textContent = container.dataset.hint.replace('{0}', code);
  const choices = document.createElement('div');
  choices.className = 'choices';
  places.forEach((place, i) => {
    const row = document.createElement('div');
    row.className = 'check';
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', id: `place-${i}`, name: 'Form.Place', value: place.name });
    input.checked = key(place.name) === key(city.value);
    input.addEventListener('change', () => { city.value = place.name; located(place); });
    const label = document.createElement('label');
    label.htmlFor = input.id;
    label.textContent = place.label;
    row.append(input, label);
    choices.append(row);
  });
  fieldset.append(legend, hint, choices);
  container.append(fieldset);
}

let asked = null;
async function lookUp() {
  const code = postalCode.value.trim();
  if (code === asked) return;
  asked = code;
  if (!/^\d{4}$/.test(code)) { clear(); say('', false); return; }
  const url = `${container.dataset.api}${code}?culture=${encodeURIComponent(container.dataset.culture)}`;
  let response;
  try { response = await fetch(url, { headers: { Accept: 'application/json' } }); } catch { return; }
  if (code !== postalCode.value.trim()) return;
  if (!response.ok) {
    clear();
    const problem = await response.json().catch(() => null);
    say(problem?.detail ?? '', true);
    return;
  }
  const answer = await response.json();
  say('', false);
  const named = answer.places.find(p => key(p.name) === key(city.value) || key(p.municipalityName) === key(city.value));
  if (answer.places.length > 1) {
    offer(code, answer.places);
    say(container.dataset.hint.replace('{0}', code), false);
  } else {
    clear();
    if (!city.value.trim()) city.value = answer.places[0].name;
  }
  located(named ?? answer.places[0]);
}

if (container && postalCode && city && status && window.fetch) {
  postalCode.addEventListener('input', lookUp);
  postalCode.addEventListener('change', lookUp);
  city.addEventListener('change', () => {
    for (const radio of container.querySelectorAll('input[type=radio]')) radio.checked = key(radio.value) === key(city.value);
  });
  // A form sent back by the server already shows the choice of its code.
  asked = container.querySelector('fieldset') ? postalCode.value.trim() : null;
  for (const radio of container.querySelectorAll('input[type=radio]')) radio.addEventListener('change', () => { city.value = radio.value; });
}
