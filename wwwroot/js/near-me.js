// "Near me": asks the browser for the visitor's position only when the button is pressed, then sorts the list by
// distance. Pressing it again goes back to the usual order.
export function createNearMe(button, status, { text, isOn, onPosition, onOff }) {
  button.hidden = false;

  function render() {
    const on = isOn();
    button.textContent = on ? text.nearMeOff : text.nearMe;
  }

  button.addEventListener('click', () => {
    status.textContent = '';
    if (isOn()) {
      onOff();
      render();
      return;
    }
    if (!('geolocation' in navigator)) {
      status.textContent = text.nearMeUnavailable;
      return;
    }
    button.disabled = true;
    status.textContent = text.nearMeLocating;
    navigator.geolocation.getCurrentPosition(
      position => {
        button.disabled = false;
        status.textContent = text.nearMeSorted;
        onPosition([position.coords.latitude, position.coords.longitude]);
        render();
      },
      error => {
        button.disabled = false;
        status.textContent = error.code === error.PERMISSION_DENIED ? text.nearMeDenied : text.nearMeUnavailable;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
  });

  render();
  return { render };
}
