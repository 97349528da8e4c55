// The Leaflet map: background tiles from the configured server, and the search's GeoJSON drawn as focusable
// markers (DOM overlays, so they show even when no tile loads). A cluster zooms to its points on click or Enter;
// a single initiative opens a popup with its name, sector, city and a link to its page.
import { el, format } from './text.js';

const L = window.L;

export function createMap(element, settings, { onMove, onHover }) {
  const { text, labels } = settings;
  const map = L.map(element, {
    center: settings.center,
    zoom: settings.zoom,
    minZoom: settings.minZoom,
    maxZoom: settings.maxZoom,
    zoomControl: false,
  });
  L.control.zoom({ zoomInTitle: text.zoomIn, zoomOutTitle: text.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: settings.maxZoom }).addTo(map);

  const layer = L.layerGroup().addTo(map);
  const pointsById = new Map();
  let clusters = [];
  let highlighted = [];
  let openId = null; // the initiative whose popup is open

  map.on('moveend', () => onMove({ center: [map.getCenter().lat, map.getCenter().lng], zoom: map.getZoom() }));
  // The popup takes the focus, Escape closes it and the focus goes back to its marker.
  map.on('popupopen', e => {
    const element = e.popup.getElement();
    element.querySelector('.leaflet-popup-close-button')?.setAttribute('aria-label', text.closePopup);
    element.addEventListener('keydown', event => { if (event.key === 'Escape') map.closePopup(); });
    element.querySelector('a.popup-link')?.focus({ preventScroll: true });
  });
  map.on('popupclose', e => {
    if (e.popup.getElement()?.contains(document.activeElement)) e.popup._source?.getElement()?.focus({ preventScroll: true });
  });

  function activateOnKeys(marker, action) {
    marker.on('click', action);
    marker.getElement().addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        action();
      }
    });
  }

  function hoverable(marker, ids) {
    const element = marker.getElement();
    const enter = () => onHover(ids);
    const leave = () => onHover([]);
    element.addEventListener('mouseenter', enter);
    element.addEventListener('focus', enter);
    element.addEventListener('mouseleave', leave);
    element.addEventListener('blur', leave);
  }

  function clusterMarker(feature, latlng) {
    const { count, city, bbox } = feature.properties;
    const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
    const pixels = { small: 36, medium: 44, large: 52 }[size];
    const name = city ? format(text.cluster, count, city) : format(text.clusterNoCity, count);
    const marker = L.marker(latlng, {
      icon: L.divIcon({ className: `map-cluster map-cluster-${size}`, html: `<span aria-hidden="true">${count}</span>`, iconSize: [pixels, pixels] }),
      keyboard: true,
      riseOnHover: true,
    }).addTo(layer);
    marker.getElement().setAttribute('aria-label', name);
    marker.getElement().dataset.cluster = String(count);
    activateOnKeys(marker, () => zoomTo(bbox, latlng));
    hoverable(marker, []);
    clusters.push({ marker, bbox });
  }

  function zoomTo([west, south, east, north], latlng) {
    const bounds = L.latLngBounds([south, west], [north, east]);
    const target = Math.min(map.getBoundsZoom(bounds, false, L.point(40, 40)), settings.maxZoom);
    if (target > map.getZoom()) map.flyToBounds(bounds, { padding: [40, 40], maxZoom: settings.maxZoom, duration: 0.4 });
    else map.setView(latlng, Math.min(map.getZoom() + 2, settings.maxZoom));
  }

  function pointMarker(feature, latlng) {
    const { id, name, sector, city, url } = feature.properties;
    const marker = L.marker(latlng, {
      icon: L.divIcon({ className: 'map-point', html: '', iconSize: [22, 22] }),
      keyboard: true,
      riseOnHover: true,
    }).addTo(layer);
    const element = marker.getElement();
    element.setAttribute('aria-label', [name, city].filter(Boolean).join(', '));
    element.dataset.id = id;
    marker.bindPopup(() => el('div', { className: 'popup' },
      el('p', { className: 'popup-name' }, name),
      sector ? el('p', { className: 'popup-meta' }, labels.sector[sector] ?? sector) : null,
      city ? el('p', { className: 'popup-meta' }, city) : null,
      el('a', { className: 'popup-link', href: url }, text.details, el('span', { className: 'visually-hidden' }, `: ${name}`))));
    element.addEventListener('keydown', event => {
      if (event.key === ' ') {
        event.preventDefault();
        marker.openPopup();
      }
    });
    marker.on('popupopen', () => { openId = id; });
    marker.on('popupclose', () => { if (openId === id) openId = null; });
    hoverable(marker, [id]);
    pointsById.set(id, marker);
  }

  return {
    view: () => ({
      center: [map.getCenter().lat, map.getCenter().lng],
      zoom: map.getZoom(),
      bbox: map.getBounds().toBBoxString().split(',').map(Number),
    }),

    setView(center, zoom) {
      map.setView(center, zoom, { animate: false });
    },

    /** Draws the map part of a search answer (a GeoJSON FeatureCollection of clusters and points). */
    show(collection) {
      const features = collection?.features ?? [];
      // An open popup stays while its initiative is still on the map: opening it may pan the map (Leaflet's
      // autoPan), and the search for the moved view must not close what the visitor just opened.
      const kept = openId !== null && features.some(f => !f.properties.cluster && f.properties.id === openId) ? pointsById.get(openId) : null;
      if (!kept) map.closePopup();
      for (const marker of layer.getLayers()) if (marker !== kept) layer.removeLayer(marker);
      pointsById.clear();
      clusters = [];
      highlighted = [];
      if (kept) pointsById.set(openId, kept);
      for (const feature of features) {
        const [lng, lat] = feature.geometry.coordinates;
        if (feature.properties.cluster) clusterMarker(feature, L.latLng(lat, lng));
        else if (!kept || feature.properties.id !== openId) pointMarker(feature, L.latLng(lat, lng));
      }
    },

    /** Marks the marker of an initiative (or the cluster that holds it) while its list entry is hovered or focused. */
    highlight(item) {
      for (const marker of highlighted) {
        marker.getElement()?.classList.remove('is-highlighted');
        marker.setZIndexOffset(0);
      }
      highlighted = [];
      if (!item) return;
      const point = pointsById.get(item.id);
      const holder = point ?? (item.latitude != null && clusters.find(({ bbox: [w, s, e, n] }) =>
        item.longitude >= w && item.longitude <= e && item.latitude >= s && item.latitude <= n)?.marker);
      if (!holder?.getElement()) return;
      holder.getElement().classList.add('is-highlighted');
      holder.setZIndexOffset(1000);
      highlighted.push(holder);
    },

    /** Measures the map again after it was hidden (a phone's list view) and shown, keeping its centre. */
    resize() {
      map.invalidateSize({ animate: false });
    },

    /** Centres the map on the visitor's position. */
    locate(center) {
      map.setView(center, Math.max(map.getZoom(), 11));
    },
  };
}
