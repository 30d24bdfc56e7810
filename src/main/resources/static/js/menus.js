// The top bar's <details> menus work without this file; it only closes an open menu on Escape (focus back
// on its summary), on a click elsewhere, and when another menu opens.
(function () {
  function menus() { return document.querySelectorAll('details.menu[open]'); }
  document.addEventListener('keydown', function (e) {
    if (e.key !== 'Escape') return;
    menus().forEach(function (d) {
      d.open = false;
      if (d.contains(document.activeElement)) d.querySelector('summary').focus();
    });
  });
  document.addEventListener('click', function (e) {
    menus().forEach(function (d) { if (!d.contains(e.target)) d.open = false; });
  });
})();
