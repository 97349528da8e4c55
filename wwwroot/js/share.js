// The page's share control: the system share sheet where the browser has one, else copying the address; the outcome
// is said in the control's live region. Both buttons stay hidden where neither is available.
function setUp(container) {
  const status = container.querySelector('[role="status"]');
  const native = container.querySelector('[data-share-native]');
  const copy = container.querySelector('[data-share-copy]');
  const { title, url, copied, failed } = container.dataset;

  if (typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', async () => {
      try {
        await navigator.share({ title, url });
      } catch {
        // Closing the share sheet is not an error worth announcing.
      }
    });
  } else if (navigator.clipboard && window.isSecureContext) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = copied;
      } catch {
        status.textContent = failed;
      }
    });
  }
}

document.querySelectorAll('[data-share]').forEach(setUp);
