// Small maps of a place (an initiative's page) or a few (an organisation's): the pins from the element's
// data-settings, on the site's tiles. The map takes no keyboard focus and the pins are not focusable: everything
// on it is also in the page as text and links. Without this script the element stays hidden.
import { el } from './text.js';

const L = window.L;

function pinIcon() {
  return L.divIcon({ className: 'place-marker', html: '<span aria-hidden="true"></span>', iconSize: [26, 26], iconAnchor: [13, 26], popupAnchor: [0, -24] });
}

function draw(element) {
  const settings = JSON.parse(element.dataset.settings);
  const points = settings.points ?? [];
  if (points.length === 0) return;
  element.hidden = false;
  const map = L.map(element, { keyboard: false, scrollWheelZoom: false, minZoom: settings.minZoom, maxZoom: settings.maxZoom });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: settings.maxZoom }).addTo(map);
  const latlngs = points.map(p => L.latLng(p.lat, p.lon));
  points.forEach((point, i) => {
    const marker = L.marker(latlngs[i], { icon: pinIcon(), keyboard: false, title: point.name, alt: point.name }).addTo(map);
    if (point.href) {
      marker.bindPopup(() => el('p', {}, el('strong', {}, point.name), el('br'), el('a', { href: point.href }, settings.linkLabel)));
    }
  });
  if (latlngs.length === 1) map.setView(latlngs[0], settings.zoom);
  else map.fitBounds(L.latLngBounds(latlngs), { padding: [30, 30], maxZoom: settings.zoom });
}

if (L) document.querySelectorAll('[data-place-map]').forEach(draw);
