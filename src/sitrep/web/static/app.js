// sitrep: click a fact to see its evidence; #at-START-END in the address marks the words at those offsets (in a
// long text shown a part at a time, the part holding them is opened first); the timeline's date brush; the paste
// box's character count. No network.
(function () {
  "use strict";
  function clear() {
    document.querySelectorAll(".f.on, button.fact.on").forEach(function (el) { el.classList.remove("on"); });
  }
  function show(spans) {
    clear();
    spans.forEach(function (el) { el.classList.add("on"); });
    if (spans.length) { spans[0].scrollIntoView({ block: "center" }); }
  }
  function factSpans(id, start) {
    var all = Array.prototype.slice.call(document.querySelectorAll("#text .f"));
    var mine = all.filter(function (el) { return (el.getAttribute("data-f") || "").split(" ").indexOf(id) >= 0; });
    // An entity has many mentions: put the one the panel points at first.
    mine.sort(function (a, b) {
      return Math.abs(Number(a.dataset.s) - start) - Math.abs(Number(b.dataset.s) - start);
    });
    return mine;
  }
  document.addEventListener("click", function (ev) {
    var button = ev.target.closest ? ev.target.closest("button.fact") : null;
    if (!button) { return; }
    var spans = factSpans(button.dataset.fact, Number(button.dataset.start));
    show(spans);
    button.classList.add("on");
  });
  function otherPart(start) {
    var text = document.getElementById("text");
    if (!text || !text.dataset.parts) { return null; }
    var parts = text.dataset.parts.trim().split(" ");
    for (var i = 0; i < parts.length; i++) {
      var bounds = parts[i].split("-").map(Number);
      if (start >= bounds[0] && start < bounds[1]) {
        return String(i + 1) === text.dataset.part ? null : i + 1;
      }
    }
    return null;
  }
  function fromHash() {
    var m = /^#at-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) { return; }
    var start = Number(m[1]), end = Number(m[2]);
    var part = otherPart(start);
    if (part && !document.getElementById("paste-form")) {
      window.location.replace("?part=" + part + window.location.hash);
      return;
    }
    var spans = Array.prototype.slice.call(document.querySelectorAll("#text [data-s]")).filter(function (el) {
      var s = Number(el.dataset.s);
      return s >= start && s < end;
    });
    spans.forEach(function (el) { el.classList.add("f"); });
    show(spans);
  }
  window.addEventListener("hashchange", fromHash);

  // The timeline's date brush: drag across the histogram to pick a range of days; the form is sent with them.
  function brush() {
    var svg = document.getElementById("volume");
    var form = document.getElementById("timeline-filters");
    if (!svg || !form) { return; }
    var rect = document.getElementById("brush");
    var left = Number(svg.dataset.left), right = Number(svg.dataset.right);
    var first = Date.parse(svg.dataset.first), last = Date.parse(svg.dataset.last) + 864e5;
    var start = null, moved = false;
    function at(ev) {
      var box = svg.getBoundingClientRect();
      var x = (ev.clientX - box.left) / box.width * svg.viewBox.baseVal.width;
      return Math.min(Math.max(x, left), right);
    }
    function day(x) {
      var t = first + (x - left) / (right - left) * (last - first);
      return new Date(Math.min(t, last - 864e5)).toISOString().slice(0, 10);
    }
    svg.addEventListener("pointerdown", function (ev) { start = at(ev); moved = false; ev.preventDefault(); });
    svg.addEventListener("pointermove", function (ev) {
      if (start === null) { return; }
      var x = at(ev);
      if (Math.abs(x - start) > 3) { moved = true; }
      rect.setAttribute("x", Math.min(x, start));
      rect.setAttribute("width", Math.abs(x - start));
    });
    svg.addEventListener("pointerup", function (ev) {
      if (start === null) { return; }
      var x = at(ev), a = Math.min(x, start), b = Math.max(x, start);
      start = null;
      if (!moved) { return; }  // a click: the bar's own link answers it
      form.elements.since.value = day(a);
      form.elements.until.value = day(b);
      form.submit();
    });
    svg.addEventListener("click", function (ev) { if (moved) { ev.preventDefault(); moved = false; } }, true);
  }

  // The paste box says how many characters it holds of how many it takes.
  function counter() {
    var box = document.querySelector("textarea[data-limit]");
    var note = document.getElementById("paste-limit");
    if (!box || !note) { return; }
    var limit = Number(box.dataset.limit);
    function update() {
      note.textContent = box.value.length.toLocaleString("en") + " of " + limit.toLocaleString("en") +
        " characters. Nothing is stored.";
    }
    box.addEventListener("input", update);
    update();
  }

  function ready() { fromHash(); brush(); counter(); }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", ready); } else { ready(); }
})();
