/* mtqa HTML report: filters, search, tooltips and keyboard navigation.
   Never parses strings as HTML: tooltips are clones of the issue list's nodes. */
(function () {
  "use strict";
  var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var one = function (sel, root) { return (root || document).querySelector(sel); };

  var items = all("li.issue");
  var heads = all("mark.hl-head");
  var docs = all("details.doc");
  var fragments = {};
  all("mark.hl").forEach(function (m) { (fragments[m.dataset.i] = fragments[m.dataset.i] || []).push(m); });
  var item = {};
  items.forEach(function (li) { item[li.dataset.i] = li; });
  var tip = one("#tip");
  var pos = one("#pos");
  var current = -1;
  var pinned = null;
  var byKeyboard = false;  /* a tooltip opened by j/k or focus stays until the next move */

  /* ---- filters ---- */
  function checked(kind) {
    var set = {};
    all('input[data-filter="' + kind + '"]').forEach(function (b) { set[b.value] = b.checked; });
    return set;
  }
  var rowText = null;
  function apply() {
    var sev = checked("sev"), cat = checked("cat"), code = checked("code");
    var onlyFailed = one("#only-failed").checked, onlyIssues = one("#only-issues").checked;
    var q = one("#q").value.trim().toLowerCase();
    var shown = 0;
    var visibleInDoc = {};
    items.forEach(function (li) {
      var on = sev[li.dataset.sev] !== false && cat[li.dataset.cat] !== false && code[li.dataset.code] !== false;
      li.classList.toggle("off", !on);
      (fragments[li.dataset.i] || []).forEach(function (m) { m.classList.toggle("off", !on); });
      if (on) {
        shown++;
        var d = li.closest("details.doc").dataset.doc;
        visibleInDoc[d] = (visibleInDoc[d] || 0) + 1;
      }
    });
    var matchedInDoc = search(q);
    docs.forEach(function (d) {
      var n = d.dataset.doc;
      var hide = (onlyFailed && d.dataset.passed === "true") || (onlyIssues && !visibleInDoc[n]) ||
        (q && !matchedInDoc[n]);
      d.classList.toggle("hidden", hide);
      if (q && matchedInDoc[n] && !d.open) { d.open = true; }
      var toc = one("#toc" + n);
      if (toc) { toc.classList.toggle("hidden", hide); }
    });
    pos.textContent = (shown === items.length ? items.length : shown + " of " + items.length) + " issue" + (items.length === 1 ? "" : "s");
    if (current >= 0 && !usable(heads[current])) { setCurrent(-1); }
  }
  function search(q) {
    var matched = {};
    var rows = all(".grid .row:not(.head)");
    if (!q) {
      rows.forEach(function (r) { r.classList.remove("nomatch"); });
      return matched;
    }
    if (!rowText) { rowText = rows.map(function (r) { return r.textContent.toLowerCase(); }); }
    rows.forEach(function (r, k) {
      var hit = rowText[k].indexOf(q) !== -1;
      r.classList.toggle("nomatch", !hit);
      if (hit) { matched[r.closest("details.doc").dataset.doc] = true; }
    });
    return matched;
  }
  var timer = null;
  one("#q").addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  all("input[data-filter], #only-failed, #only-issues").forEach(function (b) { b.addEventListener("change", apply); });

  /* ---- tooltip ---- */
  function showTip(mark) {
    var chain = [];
    for (var m = mark; m && m.matches && m.matches("mark.hl"); m = m.parentElement.closest("mark.hl")) {
      if (!m.classList.contains("off") && chain.indexOf(m.dataset.i) === -1) { chain.push(m.dataset.i); }
      if (!m.parentElement) { break; }
    }
    if (!chain.length) { hideTip(); return; }
    tip.replaceChildren();
    chain.forEach(function (i) {
      var card = item[i] && one(".card-i", item[i]);
      if (card) { tip.appendChild(card.cloneNode(true)); }
    });
    tip.hidden = false;
    var r = mark.getBoundingClientRect();
    var w = tip.offsetWidth, h = tip.offsetHeight;
    var left = Math.max(8, Math.min(r.left, window.innerWidth - w - 8));
    var top = r.bottom + 6;
    if (top + h > window.innerHeight - 8) { top = Math.max(8, r.top - h - 6); }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }
  function hideTip() { tip.hidden = true; }
  document.addEventListener("mouseover", function (e) {
    var m = e.target.closest && e.target.closest("mark.hl");
    if (m && !m.classList.contains("off")) { byKeyboard = false; showTip(m); }
    else if (!pinned && !byKeyboard) { hideTip(); }
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.hl-head")) {
      byKeyboard = true;
      showTip(e.target);
      setCurrent(heads.indexOf(e.target), true);
    }
  });
  document.addEventListener("click", function (e) {
    var loc = e.target.closest && e.target.closest("a.loc");
    if (loc) {
      e.preventDefault();
      var idx = heads.indexOf(document.getElementById(loc.getAttribute("href").slice(1)));
      if (idx >= 0) { go(idx); }
      return;
    }
    var m = e.target.closest && e.target.closest("mark.hl");
    pinned = m || null;
    byKeyboard = false;
    if (m) { showTip(m); } else { hideTip(); }
  });
  window.addEventListener("scroll", function () {
    var anchor = pinned || (byKeyboard && current >= 0 ? heads[current] : null);
    if (!anchor) { hideTip(); return; }
    var r = anchor.getBoundingClientRect();
    if (r.bottom < 0 || r.top > window.innerHeight) { hideTip(); } else { showTip(anchor); }
  }, { passive: true });

  /* ---- keyboard navigation ---- */
  function usable(m) {
    if (!m || m.classList.contains("off")) { return false; }
    if (m.closest(".row.nomatch") || m.closest("details.doc.hidden")) { return false; }
    return true;
  }
  function setCurrent(idx, fromFocus) {
    if (current >= 0 && heads[current]) {
      heads[current].classList.remove("current");
      var old = item[heads[current].dataset.i];
      if (old) { old.classList.remove("current"); }
    }
    current = idx;
    if (idx < 0) { return; }
    var m = heads[idx];
    m.classList.add("current");
    var li = item[m.dataset.i];
    if (li) { li.classList.add("current"); }
    var n = 0, k = 0;
    heads.forEach(function (h, j) { if (usable(h)) { n++; if (j <= idx) { k = n; } } });
    pos.textContent = "issue " + k + " of " + n;
  }
  function go(idx) {
    var m = heads[idx];
    var d = m.closest("details.doc");
    if (d && !d.open) { d.open = true; }
    m.scrollIntoView({ block: "center" });
    m.focus({ preventScroll: true });
    setCurrent(idx);
    byKeyboard = true;
    showTip(m);
  }
  function step(dir) {
    var n = heads.length;
    for (var k = 1; k <= n; k++) {
      var idx = ((current < 0 ? (dir > 0 ? -1 : 0) : current) + dir * k + n) % n;
      if (usable(heads[idx])) { go(idx); return; }
    }
  }
  one("#next").addEventListener("click", function () { step(1); });
  one("#prev").addEventListener("click", function () { step(-1); });
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) { return; }
    var typing = e.target.matches && e.target.matches("input[type=search], input[type=text], textarea, select");
    if (e.key === "Escape") {
      pinned = null; byKeyboard = false; hideTip();
      if (typing) { e.target.blur(); }
      return;
    }
    if (typing) { return; }
    if (e.key === "j" || e.key === "n") { e.preventDefault(); step(1); }
    else if (e.key === "k" || e.key === "p") { e.preventDefault(); step(-1); }
    else if (e.key === "/") { e.preventDefault(); one("#q").focus(); }
  });

  /* ---- documents ---- */
  var expand = one("#expand"), collapse = one("#collapse");
  if (expand) { expand.addEventListener("click", function () { docs.forEach(function (d) { d.open = true; }); }); }
  if (collapse) { collapse.addEventListener("click", function () { docs.forEach(function (d) { d.open = false; }); }); }
  all(".toc a").forEach(function (a) {
    a.addEventListener("click", function () { var d = document.getElementById(a.getAttribute("href").slice(1)); if (d) { d.open = true; } });
  });
  var worst = one("#worst-first");
  if (worst) {
    worst.addEventListener("change", function () {
      var key = worst.checked
        ? function (el) { return [parseFloat(el.dataset.score), +el.dataset.doc]; }
        : function (el) { return [+el.dataset.doc, 0]; };
      var byKey = function (a, b) { var ka = key(a), kb = key(b); return ka[0] - kb[0] || ka[1] - kb[1]; };
      [all(".toc tbody tr"), docs.slice()].forEach(function (list) {
        if (!list.length) { return; }
        var parent = list[0].parentNode;
        list.sort(byKey).forEach(function (el) { parent.appendChild(el); });
      });
      setCurrent(-1);
      heads = all("mark.hl-head");
      apply();
    });
  }
  var closedForPrint = [];
  window.addEventListener("beforeprint", function () {
    closedForPrint = docs.filter(function (d) { return !d.open && !d.classList.contains("hidden"); });
    closedForPrint.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { closedForPrint.forEach(function (d) { d.open = false; }); });
  if (location.hash) {
    var target = document.getElementById(location.hash.slice(1));
    var holder = target && target.closest("details.doc");
    if (holder) { holder.open = true; target.scrollIntoView(); }
  }
  document.documentElement.classList.add("js");
})();
