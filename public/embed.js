/*! nk-satellite-timeline embed helper (docs/embed-protocol.md). ES2017, no dependencies. */
(function () {
  'use strict';
  if (window.nkTimelineEmbed) return; // pasted twice
  var MAX = 20000;
  var SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  var KEY = 'nk-launch=';
  var frames = [];
  var me = document.currentScript;
  var home = me && me.src ? originOf(me.src) : null;

  function originOf(url) {
    try {
      var u = new URL(url, location.href);
      return /^https?:$/.test(u.protocol) ? u.origin : null;
    } catch (e) {
      return null;
    }
  }
  // Sandboxed without allow-same-origin: sends as "null", hears only "*"; known by its window.
  function opaque(el) {
    return el.hasAttribute('sandbox') && !el.sandbox.contains('allow-same-origin');
  }
  function isId(v) {
    return typeof v === 'string' && v.length <= 200 && SLUG.test(v);
  }

  // The hash may hold other parts: #a&nk-launch=<id>
  function parts() {
    return location.hash.slice(1).split('&').filter(Boolean);
  }
  function hashLaunch() {
    var p = parts().filter(function (x) { return x.indexOf(KEY) === 0; })[0];
    return p && isId(p.slice(KEY.length)) ? p.slice(KEY.length) : null;
  }
  function setHash(id) {
    var p = parts().filter(function (x) { return x.indexOf(KEY) !== 0; });
    if (id) p.push(KEY + id);
    var base = location.pathname + location.search;
    var url = base + (p.length ? '#' + p.join('&') : '');
    if (url !== base + location.hash) history.replaceState(history.state, '', url);
  }

  function ours(el) {
    // Other widgets may use embed=1 too: only frames served from where this script is.
    return el.hasAttribute('data-nk-timeline') || (/[?&]embed=1(?:[&#]|$)/.test(el.src) && (!home || originOf(el.src) === home));
  }
  function find(test) {
    return frames.filter(test)[0];
  }
  function post(f, type, extra) {
    var origin = originOf(f.el.src);
    var m = { type: 'nk-timeline:' + type, version: 1 };
    if (extra) m.id = extra;
    // Still its first blank document: nothing to greet yet (ask its address: ours may be readable).
    var d = f.el.contentDocument;
    if (origin && f.el.contentWindow && !(d && d.URL === 'about:blank')) f.el.contentWindow.postMessage(m, opaque(f.el) ? '*' : origin);
  }

  // A new src on a loaded frame adds a history entry here; a detached frame's does not.
  function deepLink(el, id) {
    try {
      var u = new URL(el.src);
    } catch (e) {
      return;
    }
    if (u.searchParams.get('launch') === id) return;
    u.searchParams.set('launch', id);
    var parent = el.parentNode;
    var next = el.nextSibling;
    if (parent) parent.removeChild(el);
    el.src = u.href;
    if (parent) parent.insertBefore(el, next);
  }

  // Frames hidden in tabs or accordions measure nothing: ask again once they show.
  var io = window.IntersectionObserver && new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      var f = find(function (x) { return x.el === entry.target; });
      if (f && entry.isIntersecting) post(f, f.greeted ? 'ping' : 'hello');
    });
  });

  function scan() {
    var launch = hashLaunch();
    [].slice.call(document.getElementsByTagName('iframe')).forEach(function (el) {
      if (!ours(el) || find(function (x) { return x.el === el; })) return;
      var f = { el: el, greeted: false };
      frames.push(f);
      if (launch) deepLink(el, launch);
      el.addEventListener('load', function () {
        f.greeted = false;
        post(f, 'hello');
      });
      if (io) io.observe(el);
      post(f, 'hello');
    });
  }

  function sourceFrame(e) {
    return find(function (x) { return x.el.contentWindow === e.source; });
  }

  window.addEventListener('message', function (e) {
    if (!e.source) return;
    var f = sourceFrame(e);
    if (!f) {
      scan();
      f = sourceFrame(e);
    }
    var d = e.data;
    if (!f || e.origin !== (opaque(f.el) ? 'null' : originOf(f.el.src)) || !d || typeof d !== 'object' || Array.isArray(d)) return;
    if (d.type === 'nk-timeline:height' && d.version === 1) {
      var h = d.height;
      if (typeof h !== 'number' || !isFinite(h) || h <= 0 || h > MAX) return;
      if (f.el.getClientRects().length) f.el.style.height = Math.ceil(h) + 'px';
      // Its first word since a (re)load: it listens now, so greet it.
      if (!f.greeted) {
        f.greeted = true;
        post(f, 'hello');
      }
    } else if (d.type === 'nk-timeline:state') {
      if (d.launch === null) setHash(null);
      else if (isId(d.launch)) setHash(d.launch);
    }
  });

  // A link in the article to #nk-launch=<id> opens that launch in the frames.
  window.addEventListener('hashchange', function () {
    var id = hashLaunch();
    if (id) frames.forEach(function (f) { post(f, 'select', id); });
  });

  window.nkTimelineEmbed = { version: 1, scan: scan };
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
})();
