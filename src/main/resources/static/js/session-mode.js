// Session mode: log trigger point releases on a tablet held in one hand. Tap a muscle, press Start,
// tap the referred-pain level as the client reports it (the first tap is "before", the last "after"),
// press Stop: the entry is saved without a page reload. Entries wait in localStorage while offline and
// are sent when the connection returns; each carries its own Idempotency-Key, so a retry is stored once.
// After sending, the log is read back from the server, so two tabs on one draft see each other's entries.
// Taps on the body chart (a region treated, or cleared) go through the same queue with their own keys.
(function () {
  'use strict';
  var root = document.getElementById('session-mode');
  if (!root) { return; }
  var url = root.dataset.releases;
  var queueKey = 'quadratus.releases.' + root.dataset.session;
  var csrf = {}; csrf[root.dataset.csrfHeader] = root.dataset.csrf;
  var state = { muscle: null, side: null, pressure: null, outcome: null, levels: [], started: null, timer: null };
  var holdButton = document.getElementById('hold');
  var holdTime = document.getElementById('hold-time');
  var levels = document.getElementById('levels');
  var status = document.getElementById('sync-status');
  var sending = false;

  function pressed(selector, button) {
    root.querySelectorAll(selector).forEach(function (b) { b.setAttribute('aria-pressed', String(b === button)); });
  }
  function initial(attribute) {
    var b = root.querySelector('[' + attribute + '][aria-pressed="true"]');
    return b ? b.getAttribute(attribute) : null;
  }
  state.side = initial('data-side');
  state.pressure = initial('data-pressure');

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }
  function queue() { try { return JSON.parse(localStorage.getItem(queueKey)) || []; } catch (e) { return []; } }
  function saveQueue(q) { localStorage.setItem(queueKey, JSON.stringify(q)); }
  function say(text) { status.textContent = text; }
  function ready() { holdButton.disabled = !(state.muscle && state.side && state.pressure !== null); }
  function clock(seconds) { return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0'); }
  function elapsed() { return Math.round((Date.now() - state.started) / 1000); }
  function showLevels() { levels.textContent = state.levels.length ? state.levels.join(' → ') : levels.dataset.empty; }

  root.addEventListener('click', function (event) {
    var b = event.target.closest('button');
    if (!b || !root.contains(b)) { return; }
    if (b.dataset.muscle) { state.muscle = b.dataset.muscle; pressed('[data-muscle]', b); }
    else if (b.dataset.side) { state.side = b.dataset.side; pressed('[data-side]', b); }
    else if (b.dataset.pressure) { state.pressure = b.dataset.pressure; pressed('[data-pressure]', b); }
    else if (b.dataset.outcome) {
      state.outcome = state.outcome === b.dataset.outcome ? null : b.dataset.outcome;
      pressed('[data-outcome]', state.outcome ? b : null);
    }
    else if (b.dataset.level) {
      // Before the hold starts a tap sets "before"; during the hold each tap is the client's latest report.
      if (state.started === null) { state.levels = [Number(b.dataset.level)]; } else { state.levels.push(Number(b.dataset.level)); }
      showLevels();
    }
    else if (b === holdButton) { if (state.started === null) { start(); } else { stop(); } }
    ready();
  });

  function start() {
    state.started = Date.now();
    holdButton.dataset.state = 'running';
    holdButton.textContent = holdButton.dataset.stop;
    holdTime.textContent = '0:00';
    state.timer = setInterval(function () { holdTime.textContent = clock(elapsed()); }, 1000);
  }

  function stop() {
    clearInterval(state.timer);
    var before = state.levels.length ? state.levels[0] : 0;
    var after = state.levels.length ? state.levels[state.levels.length - 1] : before;
    var outcome = state.outcome || (after === 0 ? 'released' : after < before ? 'partly' : 'not-released');
    var said = document.getElementById('client-said');
    var body = { muscle: state.muscle, side: state.side, pressure: Number(state.pressure),
      holdSeconds: Math.min(600, Math.max(1, elapsed())), referredPainBefore: before, referredPainAfter: after,
      outcome: outcome };
    if (said.value.trim()) { body.clientSaid = said.value.trim(); }
    var q = queue(); q.push({ key: uuid(), body: body }); saveQueue(q);
    state.started = null; state.levels = []; state.outcome = null; said.value = '';
    pressed('[data-outcome]', null);
    holdButton.dataset.state = 'idle';
    holdButton.textContent = holdButton.dataset.start;
    showLevels();
    flush();
  }

  // The body chart: a tap shows at once, waits in the queue like a release, and the server's answer
  // (the regions as stored, with any other tab's) is drawn, with the taps still waiting laid on top.
  var chart = document.getElementById('region-chart');
  function covers(r, region, side) {
    return r.region === region && (side === 'midline' || !r.side || r.side === 'both' || r.side === 'midline' || r.side === side);
  }
  function drawRegions(regions) {
    var pending = queue().filter(function (e) { return e.body.region; });
    chart.querySelectorAll('.region-toggle').forEach(function (g) {
      var on = regions.some(function (r) { return covers(r, g.dataset.region, g.dataset.zoneSide); });
      pending.forEach(function (e) {
        if (e.body.region === g.dataset.region && (e.body.side === g.dataset.zoneSide || e.body.side === 'midline'
            || g.dataset.zoneSide === 'midline')) { on = e.body.treated; }
      });
      g.setAttribute('aria-pressed', String(on));
    });
    document.getElementById('region-count').textContent = String(regions.length);
  }
  function toggleRegion(g) {
    var treated = g.getAttribute('aria-pressed') !== 'true';
    // The same region and side may be drawn on the front and the back chart: both change together.
    chart.querySelectorAll('.region-toggle').forEach(function (other) {
      if (other.dataset.region === g.dataset.region && other.dataset.zoneSide === g.dataset.zoneSide) {
        other.setAttribute('aria-pressed', String(treated));
      }
    });
    var q = queue();
    q.push({ key: uuid(), url: chart.dataset.url, body: { region: g.dataset.region, side: g.dataset.zoneSide, treated: treated } });
    saveQueue(q);
    flush();
  }
  if (chart) {
    chart.addEventListener('click', function (event) {
      var g = event.target.closest('.region-toggle');
      if (g) { toggleRegion(g); }
    });
    chart.addEventListener('keydown', function (event) {
      var g = event.target.closest('.region-toggle');
      if (g && (event.key === 'Enter' || event.key === ' ')) { event.preventDefault(); toggleRegion(g); }
    });
  }

  function remove(key) { saveQueue(queue().filter(function (e) { return e.key !== key; })); }

  // Sends waiting entries one by one; stops at the first network failure and tries again later.
  function flush() {
    if (sending) { return; }
    var q = queue();
    if (!q.length) { return refresh(); }
    sending = true;
    var entry = q[0];
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json', 'Idempotency-Key': entry.key };
    Object.keys(csrf).forEach(function (k) { headers[k] = csrf[k]; });
    fetch(entry.url || url, { method: 'POST', credentials: 'same-origin', headers: headers, body: JSON.stringify(entry.body) })
      .then(function (response) {
        sending = false;
        if (response.ok) {
          remove(entry.key);
          return response.json().then(function (json) { draw(json); say(status.dataset.saved); flush(); });
        }
        if (response.status === 401 || response.status === 403) { say(status.dataset.signedout); return; }
        if (response.status >= 500) { waiting(); return; }
        // Refused for good (a signed session, a bad value): keep nothing that can never be stored.
        remove(entry.key);
        say(status.dataset.refused);
        flush();
      })
      .catch(function () { sending = false; waiting(); });
  }

  function waiting() { say(status.dataset.waiting.replace('{0}', String(queue().length))); }

  function refresh() {
    return fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (json) { if (json) { draw(json); } })
      .catch(function () { /* offline: the log on screen stays as it is */ });
  }

  function draw(json) {
    if (json.regions && chart) { drawRegions(json.regions); }
    if (!json.releases) { return; }
    var list = document.getElementById('release-log');
    list.textContent = '';
    json.releases.forEach(function (r) {
      var li = document.createElement('li');
      li.textContent = r.muscleName + ' (' + r.side + ') · ' + r.pressure + '/10 · ' + r.holdSeconds + ' s · '
        + r.referredPainBefore + ' → ' + r.referredPainAfter + ' · ' + r.outcomeLabel;
      list.appendChild(li);
    });
    document.getElementById('log-count').textContent = String(json.releases.length);
  }

  // Never leave for the finish page with entries still waiting: send them first.
  document.getElementById('finish').addEventListener('click', function (event) {
    if (queue().length) { event.preventDefault(); waiting(); flush(); }
  });
  window.addEventListener('online', flush);
  setInterval(function () { if (queue().length) { flush(); } }, 4000);
  ready();
  flush();
}());
