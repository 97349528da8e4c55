// The back office's location picker map: click to place the marker, drag it to adjust. The latitude and longitude
// fields beside it are the accessible equivalent; this map only reports moves to the component and shows its value.
const L = window.L;

export function attach(element, component, settings) {
  const map = L.map(element, { center: settings.point ?? settings.center, zoom: settings.point ? 15 : settings.zoom, keyboard: false });
  L.tileLayer(settings.tileUrl, { attribution: settings.attribution, maxZoom: 19 }).addTo(map);
  let marker = null;

  function place(latlng) {
    if (marker) { marker.setLatLng(latlng); return; }
    marker = L.marker(latlng, { draggable: true, keyboard: false }).addTo(map);
    marker.on('dragend', () => {
      const { lat, lng } = marker.getLatLng();
      component.invokeMethodAsync('MovedAsync', lat, lng);
    });
  }

  if (settings.point) place(settings.point);
  map.on('click', e => {
    place(e.latlng);
    component.invokeMethodAsync('MovedAsync', e.latlng.lat, e.latlng.lng);
  });

  return {
    show(point) {
      if (!point) { marker?.remove(); marker = null; return; }
      place(point);
      if (!map.getBounds().contains(point)) map.setView(point, Math.max(map.getZoom(), 13));
    },
    dispose() { map.remove(); },
  };
}
