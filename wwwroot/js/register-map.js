// The registration form's map: a click places the pin, a drag moves it, and either writes the latitude and longitude
// fields; typing in the fields moves the pin. The fields work alone (no script, keyboard): the map only helps.
const L = window.L;
const element = document.getElementById('register-map');
const latitude = document.getElementById('latitude');
const longitude = document.getElementById('longitude');

function read() {
  const lat = Number.parseFloat((latitude.value || '').replace(',', '.'));
  const lng = Number.parseFloat((longitude.value || '').replace(',', '.'));
  return Number.isFinite(lat) && Number.isFinite(lng) ? L.latLng(lat, lng) : null;
}

function write(latlng) {
  latitude.value = latlng.lat.toFixed(6);
  longitude.value = latlng.lng.toFixed(6);
}

if (L && element && latitude && longitude) {
  const settings = JSON.parse(element.dataset.settings);
  element.hidden = false;
  const start = read();
  // The map takes no keyboard focus of its own: keyboard users type the coordinates.
  const map = L.map(element, { center: start ?? settings.center, zoom: start ? 15 : settings.zoom, keyboard: false });
  L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: settings.maxZoom }).addTo(map);
  let marker = null;

  const place = latlng => {
    if (marker) { marker.setLatLng(latlng); return; }
    marker = L.marker(latlng, { draggable: true, keyboard: false }).addTo(map);
    marker.on('dragend', () => choose(marker.getLatLng()));
  };

  // Until the visitor places the pin, a faded one stands at the postal place (where the initiative goes without a
  // position) and follows the postal code and the place picked; the fields stay empty.
  let chosen = Boolean(start);
  const byDefault = latlng => {
    if (chosen) return;
    place(latlng);
    marker.setOpacity(0.6);
    // The view stays where the visitor has it (the whole country at first), so a click still lands where they aim.
    if (!map.getBounds().contains(latlng)) map.panTo(latlng);
  };
  const own = latlng => { chosen = true; place(latlng); marker.setOpacity(1); };
  const choose = latlng => { own(latlng); write(latlng); };

  if (start) place(start);
  else if (element.dataset.place) byDefault(L.latLng(JSON.parse(element.dataset.place)));
  document.addEventListener('place-located', event => byDefault(L.latLng(event.detail.lat, event.detail.lng)));
  map.on('click', event => choose(event.latlng));
  for (const field of [latitude, longitude]) {
    field.addEventListener('change', () => {
      const point = read();
      if (!point) return;
      own(point);
      if (!map.getBounds().contains(point)) map.setView(point, Math.max(map.getZoom(), 13));
    });
  }
}
