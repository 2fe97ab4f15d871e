// sitrep: click a fact to see its evidence; #at-START-END in the address marks the words at those offsets.
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
  function fromHash() {
    var m = /^#at-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) { return; }
    var start = Number(m[1]), end = Number(m[2]);
    var spans = Array.prototype.slice.call(document.querySelectorAll("#text [data-s]")).filter(function (el) {
      var s = Number(el.dataset.s);
      return s >= start && s < end;
    });
    spans.forEach(function (el) { el.classList.add("f"); });
    show(spans);
  }
  window.addEventListener("hashchange", fromHash);
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", fromHash); } else { fromHash(); }
})();
