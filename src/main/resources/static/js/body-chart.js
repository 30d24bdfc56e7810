// The pain drawing made by tapping the body chart (intake/parts :: tapChart and :: painPicker).
// A region is a focusable button: a tap, Enter or Space opens the picker; "Done" writes the answers into
// the form's inputs "pain[region].intensity|quality|side|timing" (the same the therapist's table uses),
// repaints the region and fires "change" on the form, so the assessment page re-screens through htmx.
(function () {
  'use strict';

  var editing = null;

  function hostOf(zone) {
    return zone.closest('[data-pain-form]');
  }

  function formOf(host) {
    return document.getElementById(host.getAttribute('data-pain-form'));
  }

  function input(form, region, name) {
    return form.elements.namedItem('pain[' + region + '].' + name);
  }

  function valueOf(form, region, name) {
    var el = input(form, region, name);
    return el ? (el.value || '') : '';
  }

  function setValue(form, region, name, value) {
    var el = input(form, region, name);
    if (el) {
      el.value = value;
    }
  }

  function choose(dialog, name, value) {
    dialog.querySelectorAll('input[name="' + name + '"]').forEach(function (radio) {
      radio.checked = radio.value === value;
    });
  }

  function chosen(dialog, name) {
    var radio = dialog.querySelector('input[name="' + name + '"]:checked');
    return radio ? radio.value : '';
  }

  function covers(markSide, zoneSide) {
    return !markSide || markSide === 'BOTH' || zoneSide === 'MIDLINE' || markSide === zoneSide;
  }

  function label(dialog, zone, intensity) {
    var template = zone.getAttribute('data-side') === 'MIDLINE'
      ? dialog.getAttribute('data-midline-label') : dialog.getAttribute('data-region-label');
    return template.replace('{0}', zone.getAttribute('data-label'))
      .replace('{1}', zone.getAttribute('data-side-label')).replace('{2}', intensity);
  }

  // Repaints every shape of the region on this chart from the form's values.
  function paint(host, form, region) {
    var dialog = document.getElementById('pain-picker');
    var intensity = parseInt(valueOf(form, region, 'intensity') || '0', 10) || 0;
    var side = valueOf(form, region, 'side');
    host.querySelectorAll('.zone-button[data-region="' + region + '"]').forEach(function (zone) {
      var shown = covers(side, zone.getAttribute('data-side')) ? intensity : 0;
      zone.querySelector('polygon').setAttribute('class', 'zone heat-' + shown);
      zone.querySelector('text').textContent = shown > 0 ? String(shown) : '';
      zone.setAttribute('aria-label', label(dialog, zone, shown));
    });
    listMarks(host, form);
  }

  // The plain list of what is marked, under the chart where the page has one (the client's intake).
  function listMarks(host, form) {
    var list = document.querySelector('[data-pain-list="' + host.getAttribute('data-pain-form') + '"]');
    if (!list) {
      return;
    }
    list.textContent = '';
    var seen = {};
    host.querySelectorAll('.zone-button').forEach(function (zone) {
      var region = zone.getAttribute('data-region');
      var intensity = parseInt(valueOf(form, region, 'intensity') || '0', 10) || 0;
      if (seen[region] || intensity === 0) {
        return;
      }
      seen[region] = true;
      var item = document.createElement('li');
      var side = valueOf(form, region, 'side');
      var words = list.getAttribute('data-word-' + side) || '';
      var quality = list.getAttribute('data-word-' + valueOf(form, region, 'quality')) || '';
      item.textContent = zone.getAttribute('data-label') + (words ? ' (' + words + ')' : '') + ': ' + intensity
        + '/10' + (quality ? ', ' + quality : '');
      list.appendChild(item);
    });
    var empty = document.querySelector('[data-pain-empty="' + host.getAttribute('data-pain-form') + '"]');
    if (empty) {
      empty.hidden = list.children.length > 0;
    }
  }

  function open(zone) {
    var dialog = document.getElementById('pain-picker');
    var host = hostOf(zone);
    if (!dialog || !host) {
      return;
    }
    var form = formOf(host);
    var region = zone.getAttribute('data-region');
    var side = zone.getAttribute('data-side');
    var intensity = valueOf(form, region, 'intensity');
    var marked = intensity !== '' && intensity !== '0';
    var savedSide = valueOf(form, region, 'side');
    editing = { host: host, form: form, region: region, side: side };
    dialog.querySelector('[data-picker-title]').textContent = zone.getAttribute('data-label')
      + (side === 'MIDLINE' ? '' : ' (' + zone.getAttribute('data-side-label') + ')');
    dialog.querySelector('[data-picker-error]').hidden = true;
    choose(dialog, 'pp-intensity', marked ? intensity : '');
    choose(dialog, 'pp-quality', marked ? valueOf(form, region, 'quality') : '');
    choose(dialog, 'pp-timing', marked ? valueOf(form, region, 'timing') : '');
    // Tapping the other side of a region already marked on one side means both.
    var pick = side === 'MIDLINE' ? '' : !marked || !savedSide ? side
      : savedSide === side || savedSide === 'BOTH' ? savedSide : 'BOTH';
    choose(dialog, 'pp-side', pick);
    dialog.querySelector('[data-picker-sides]').hidden = side === 'MIDLINE';
    dialog.showModal();
  }

  function save(action) {
    var dialog = document.getElementById('pain-picker');
    var e = editing;
    if (action === 'save') {
      var intensity = chosen(dialog, 'pp-intensity');
      if (!intensity) {
        dialog.querySelector('[data-picker-error]').hidden = false;
        dialog.querySelector('input[name="pp-intensity"]').focus();
        return false;
      }
      setValue(e.form, e.region, 'intensity', intensity);
      setValue(e.form, e.region, 'quality', chosen(dialog, 'pp-quality'));
      setValue(e.form, e.region, 'side', e.side === 'MIDLINE' ? '' : chosen(dialog, 'pp-side') || e.side);
      setValue(e.form, e.region, 'timing', chosen(dialog, 'pp-timing'));
    }
    else if (action === 'clear') {
      ['quality', 'side', 'timing'].forEach(function (name) { setValue(e.form, e.region, name, ''); });
      setValue(e.form, e.region, 'intensity', '0');
    }
    if (action !== 'cancel') {
      paint(e.host, e.form, e.region);
      e.form.dispatchEvent(new Event('change', { bubbles: true }));
    }
    return true;
  }

  function refocus() {
    if (!editing) {
      return;
    }
    var zone = document.querySelector('[data-pain-form="' + editing.host.getAttribute('data-pain-form')
      + '"] .zone-button[data-region="' + editing.region + '"][data-side="' + editing.side + '"]');
    if (zone) {
      zone.focus();
    }
  }

  document.addEventListener('click', function (event) {
    var zone = event.target.closest && event.target.closest('.zone-button');
    if (zone) {
      open(zone);
    }
  });

  document.addEventListener('keydown', function (event) {
    var zone = event.target.closest && event.target.closest('.zone-button');
    if (zone && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      open(zone);
    }
  });

  document.addEventListener('submit', function (event) {
    if (event.target.closest('#pain-picker')) {
      event.preventDefault();
      var action = event.submitter ? event.submitter.value : 'save';
      if (save(action)) {
        document.getElementById('pain-picker').close();
        refocus();
      }
    }
  });

  // The assessment page swaps the chart in again after re-screening: keep the keyboard where it was.
  document.addEventListener('htmx:oobAfterSwap', function () {
    var dialog = document.getElementById('pain-picker');
    if (dialog && !dialog.open && document.activeElement === document.body) {
      refocus();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-pain-form]').forEach(function (host) {
      var form = formOf(host);
      if (form) {
        listMarks(host, form);
      }
    });
  });
}());
