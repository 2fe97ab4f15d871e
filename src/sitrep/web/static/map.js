// sitrep map: zoom and pan over the server-drawn SVG (buttons, wheel, drag, keys), and markers closer than a few
// pixels at the current zoom drawn as one numbered cluster; choosing a cluster zooms in on it. No network.
(function () {
  "use strict";
  var svg = document.getElementById("map");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var W = Number(svg.dataset.width), H = Number(svg.dataset.height);
  var view = { x: 0, y: 0, w: W, h: H };
  var markers = Array.prototype.slice.call(svg.querySelectorAll("#markers a.marker"));
  var layer = document.getElementById("clusters");
  var MIN_W = W / 32;

  function scale() { return view.w / W; }  // map units per unit of the whole-world view

  function apply() {
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(2); }).join(" "));
    var k = scale();
    markers.forEach(function (m) {
      var c = m.querySelector("circle");
      c.setAttribute("r", (Number(m.dataset.r) * Math.max(k, 0.08)).toFixed(2));
      c.setAttribute("stroke-width", (1 * k).toFixed(3));
    });
    cluster(k);
  }

  function cluster(k) {
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
    var near = 14 * k, groups = [];
    markers.forEach(function (m) {
      var x = Number(m.dataset.x), y = Number(m.dataset.y), r = Number(m.dataset.r) * k;
      var home = null;
      for (var i = 0; i < groups.length && !home; i++) {
        var g = groups[i];
        if (Math.abs(g.x - x) < near + g.r && Math.abs(g.y - y) < near + g.r) { home = g; }
      }
      if (home) { home.items.push(m); } else { groups.push({ x: x, y: y, r: r, items: [m] }); }
    });
    groups.forEach(function (g) {
      var lone = g.items.length === 1;
      g.items.forEach(function (m) { m.style.display = lone ? "" : "none"; m.setAttribute("tabindex", lone ? "0" : "-1"); });
      if (!lone) { layer.appendChild(clusterMark(g, k)); }
    });
  }

  function clusterMark(g, k) {
    var n = g.items.reduce(function (s, m) { return s + Number(m.dataset.n); }, 0);
    var names = g.items.map(function (m) { return m.getAttribute("aria-label").split(" (")[0]; });
    var a = document.createElementNS(NS, "a");
    a.setAttribute("href", "#map");
    a.setAttribute("class", "cluster");
    a.setAttribute("role", "button");
    a.setAttribute("aria-label", g.items.length + " places: " + names.join(", ") + ". Zoom in");
    var t = document.createElementNS(NS, "title");
    t.textContent = names.join(", ");
    var c = document.createElementNS(NS, "circle");
    c.setAttribute("cx", g.x); c.setAttribute("cy", g.y);
    c.setAttribute("r", ((8 + 2 * Math.sqrt(g.items.length)) * k).toFixed(2));
    c.setAttribute("stroke-width", (1.5 * k).toFixed(3));
    var label = document.createElementNS(NS, "text");
    label.setAttribute("x", g.x); label.setAttribute("y", (g.y + 3.5 * k).toFixed(2));
    label.setAttribute("text-anchor", "middle");
    label.setAttribute("font-size", (10 * k).toFixed(2));
    label.textContent = String(n);
    a.appendChild(t); a.appendChild(c); a.appendChild(label);
    a.addEventListener("click", function (ev) { ev.preventDefault(); zoomAt(g.x, g.y, 0.4); });
    a.addEventListener("keydown", function (ev) {
      if (ev.key === " ") { ev.preventDefault(); zoomAt(g.x, g.y, 0.4); }
    });
    return a;
  }

  function clamp() {
    view.w = Math.min(Math.max(view.w, MIN_W), W);
    view.h = view.w * H / W;
    view.x = Math.min(Math.max(view.x, 0), W - view.w);
    view.y = Math.min(Math.max(view.y, 0), H - view.h);
  }

  function zoomAt(cx, cy, factor) {
    var w = view.w * factor;
    view.x = cx - (cx - view.x) * factor;
    view.y = cy - (cy - view.y) * factor;
    view.w = w;
    clamp();
    apply();
  }

  function centre() { return [view.x + view.w / 2, view.y + view.h / 2]; }
  function pan(dx, dy) { view.x += dx * view.w; view.y += dy * view.h; clamp(); apply(); }

  document.getElementById("zoom-in").addEventListener("click", function () { var c = centre(); zoomAt(c[0], c[1], 0.5); });
  document.getElementById("zoom-out").addEventListener("click", function () { var c = centre(); zoomAt(c[0], c[1], 2); });
  document.getElementById("zoom-reset").addEventListener("click", function () { view = { x: 0, y: 0, w: W, h: H }; apply(); });

  function point(ev) {
    var box = svg.getBoundingClientRect();
    return [view.x + (ev.clientX - box.left) / box.width * view.w, view.y + (ev.clientY - box.top) / box.height * view.h];
  }
  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var p = point(ev);
    zoomAt(p[0], p[1], ev.deltaY < 0 ? 0.8 : 1.25);
  }, { passive: false });

  var drag = null, moved = false;
  svg.addEventListener("pointerdown", function (ev) { drag = { x: ev.clientX, y: ev.clientY, vx: view.x, vy: view.y }; moved = false; });
  window.addEventListener("pointermove", function (ev) {
    if (!drag) { return; }
    var box = svg.getBoundingClientRect();
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 4) { moved = true; }
    view.x = drag.vx - dx / box.width * view.w;
    view.y = drag.vy - dy / box.height * view.h;
    clamp();
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
  });
  window.addEventListener("pointerup", function () { if (drag && moved) { apply(); } drag = null; });
  svg.addEventListener("click", function (ev) { if (moved) { ev.preventDefault(); moved = false; } }, true);

  svg.addEventListener("keydown", function (ev) {
    if (ev.target !== svg) { return; }
    var keys = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
    if (keys[ev.key]) { ev.preventDefault(); pan(keys[ev.key][0], keys[ev.key][1]); }
    else if (ev.key === "+" || ev.key === "=") { ev.preventDefault(); var c = centre(); zoomAt(c[0], c[1], 0.5); }
    else if (ev.key === "-") { ev.preventDefault(); var d = centre(); zoomAt(d[0], d[1], 2); }
  });

  apply();
})();
