/*! stancemap embed loader: sizes stancemap iframes to their content. No dependencies.
 * It listens for one message, {type: "stancemap:height", height: <number>}, and
 * only from the window inside an <iframe data-stancemap> on this page, at that
 * iframe's own origin. It changes nothing but that iframe's height, clamped to
 * [200, 4000] px; it never navigates and never evaluates anything it receives. */
(function () {
  'use strict';
  if (window.__stancemapLoader) return;
  window.__stancemapLoader = true;
  var MIN = 200;
  var MAX = 4000;

  function originOf(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (_) {
      return '';
    }
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'stancemap:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frames = document.querySelectorAll('iframe[data-stancemap]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) continue;
      frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
    }
  });
})();
