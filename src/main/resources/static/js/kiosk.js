// A page restored from the browser's back/forward cache was not asked of the server, so the kiosk
// could not refuse it: ask again (a handed-over tablet then lands on the kiosk page).
window.addEventListener('pageshow', function (event) {
  if (event.persisted) {
    window.location.reload();
  }
});
