/* mtqa HTML report: filters, search, tooltips and keyboard navigation.
   Never parses strings as HTML: tooltips are clones of the issue list's nodes. */
(function () {
  "use strict";
  var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var one = function (sel, root) { return (root || document).querySelector(sel); };

  var items = all("ol.issues li.issue");
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

  var lang = document.documentElement.lang || undefined;
  var fmt = function (n) { try { return n.toLocaleString(lang); } catch (e) { return String(n); } };
  var plural = function (n, word, many) { return fmt(n) + " " + (n === 1 ? word : many || word + "s"); };
  var reportId = document.documentElement.dataset.report || "report";
  var controls = one("nav.controls");

  /* ---- triage: verdicts kept in this browser's local storage, per report ---- */
  var storeKey = "mtqa-triage:" + reportId;
  var verdicts = {};
  try { verdicts = JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { verdicts = {}; }
  function save() {
    try { localStorage.setItem(storeKey, JSON.stringify(verdicts)); } catch (e) { /* private mode: verdicts last for this page */ }
  }
  function showVerdict(li) {
    var v = verdicts[li.dataset.i] || {};
    if (v.v) { li.dataset.verdict = v.v; } else { delete li.dataset.verdict; }
    all(".verdict-btn", li).forEach(function (b) { b.setAttribute("aria-pressed", b.dataset.verdict === v.v ? "true" : "false"); });
    var c = one(".comment", li);
    if (c && document.activeElement !== c) { c.value = v.c || ""; }
    var st = one(".tstate", li);
    if (st) { st.textContent = v.v === "accept" ? "accepted" : v.v === "dismiss" ? "dismissed" : ""; }
  }
  function countVerdicts() {
    var a = 0, d = 0;
    items.forEach(function (li) { var v = verdicts[li.dataset.i]; if (v && v.v === "accept") { a++; } else if (v && v.v === "dismiss") { d++; } });
    one("#triage-count").textContent = fmt(a) + " accepted, " + fmt(d) + " dismissed, " + fmt(items.length - a - d) + " open";
  }
  items.forEach(function (li) {
    showVerdict(li);
    all(".verdict-btn", li).forEach(function (b) {
      b.addEventListener("click", function () {
        var v = verdicts[li.dataset.i] || {};
        v.v = v.v === b.dataset.verdict ? undefined : b.dataset.verdict;
        if (!v.v && !v.c) { delete verdicts[li.dataset.i]; } else { verdicts[li.dataset.i] = v; }
        save(); showVerdict(li); countVerdicts(); apply();
      });
    });
    var c = one(".comment", li);
    if (c) {
      c.addEventListener("input", function () {
        var v = verdicts[li.dataset.i] || {};
        v.c = c.value;
        if (!v.v && !v.c) { delete verdicts[li.dataset.i]; } else { verdicts[li.dataset.i] = v; }
        save();
      });
    }
  });
  countVerdicts();

  function download(name, type, text) {
    var a = document.createElement("a");
    a.download = name;
    a.href = "data:" + type + ";charset=utf-8," + encodeURIComponent(text);
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  one("#export-baseline").addEventListener("click", function () {
    var entries = [];
    items.forEach(function (li) {
      var v = verdicts[li.dataset.i];
      if (v && v.v === "dismiss") {
        entries.push({ doc: li.dataset.doc, code: li.dataset.code, text: li.dataset.text, context: li.dataset.context,
                       comment: v.c || "" });
      }
    });
    var data = { mtqa_baseline: 1, tool: "mtqa HTML report " + reportId, issues: entries, missing: [] };
    download("mtqa-baseline.json", "application/json", JSON.stringify(data, null, 1) + "\n");
  });
  function csvCell(v) {
    v = String(v == null ? "" : v);
    if (/^[=+\-@\t\r]/.test(v)) { v = "'" + v; }  /* never a formula in a spreadsheet */
    return /[",\n\r]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
  }
  one("#export-csv").addEventListener("click", function () {
    var rows = [["document", "line", "column", "code", "severity", "text", "message", "verdict", "comment"]];
    items.forEach(function (li) {
      var v = verdicts[li.dataset.i] || {};
      rows.push([li.dataset.doc, li.dataset.line, li.dataset.col, li.dataset.code, li.dataset.sev, li.dataset.text,
                 one(".msg", li).textContent, v.v === "accept" ? "accepted" : v.v === "dismiss" ? "dismissed" : "", v.c || ""]);
    });
    download("mtqa-verdicts.csv", "text/csv", rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n");
  });

  /* ---- copy a suggestion ---- */
  document.addEventListener("click", function (e) {
    var b = e.target.closest && e.target.closest("button.copy");
    if (!b) { return; }
    var text = b.dataset.copy;
    var done = function () { b.textContent = "Copied"; setTimeout(function () { b.textContent = "Copy"; }, 1500); };
    var fallback = function () {
      var t = document.createElement("textarea");
      t.value = text; t.setAttribute("readonly", ""); t.style.position = "fixed"; t.style.opacity = "0";
      document.body.appendChild(t); t.select();
      try { document.execCommand("copy"); done(); } catch (err) { /* nothing to do */ }
      t.remove();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) { navigator.clipboard.writeText(text).then(done, fallback); }
    else { fallback(); }
  });

  /* ---- filters, search, sorting; their state lives in the URL hash ---- */
  function checked(kind) {
    var set = {};
    all('input[data-filter="' + kind + '"]').forEach(function (b) { set[b.value] = b.checked; });
    return set;
  }
  var rows = all(".grid .row:not(.head)");
  var rowText = null;
  var itemText = null;
  var restoring = false;
  function apply() {
    var sev = checked("sev"), cat = checked("cat"), code = checked("code");
    var onlyFailed = one("#only-failed").checked, onlyIssues = one("#only-issues").checked;
    var tri = one("#triage").value;
    var q = one("#q").value.trim().toLowerCase();
    var matchedInDoc = search(q);
    if (q && !itemText) { itemText = items.map(function (li) { return one(".card-i", li).textContent.toLowerCase(); }); }
    var shown = 0, qItems = 0;
    var visibleInDoc = {};
    items.forEach(function (li, k) {
      var on = sev[li.dataset.sev] !== false && cat[li.dataset.cat] !== false && code[li.dataset.code] !== false;
      var v = (verdicts[li.dataset.i] || {}).v;
      var triOn = tri === "all" || (tri === "open" ? !v : v === tri);
      var head = document.getElementById("i" + li.dataset.i);
      var qOn = !q || itemText[k].indexOf(q) !== -1 || (head && !head.closest(".row.nomatch") && !!head.closest(".row"));
      li.classList.toggle("off", !on);
      li.classList.toggle("tri-off", !triOn);
      li.classList.toggle("qoff", !qOn);
      (fragments[li.dataset.i] || []).forEach(function (m) { m.classList.toggle("off", !on || !triOn); });
      if (on && triOn) {
        var d = li.closest("details.doc").dataset.doc;
        visibleInDoc[d] = (visibleInDoc[d] || 0) + 1;
        if (qOn) { shown++; if (q) { qItems++; } }
      }
    });
    docs.forEach(function (d) {
      var n = d.dataset.doc;
      var hide = (onlyFailed && d.dataset.passed === "true") || (onlyIssues && !visibleInDoc[n]) ||
        (q && !matchedInDoc.docs[n]);
      d.classList.toggle("hidden", hide);
      if (q && matchedInDoc.docs[n] && !d.open) { d.open = true; }
      var toc = one("#toc" + n);
      if (toc) { toc.classList.toggle("hidden", hide); }
    });
    pos.textContent = (shown === items.length ? fmt(items.length) : fmt(shown) + " of " + fmt(items.length)) + " issue" + (items.length === 1 ? "" : "s");
    one("#qcount").textContent = q ? plural(matchedInDoc.hits, "match", "matches") + " in " + plural(matchedInDoc.rows, "row") + ", " + plural(qItems, "issue") : "";
    if (current >= 0 && !usable(heads[current])) { setCurrent(-1); }
    saveState();
  }
  function search(q) {
    var out = { docs: {}, rows: 0, hits: 0 };
    var ranges = [];
    if (!q) {
      rows.forEach(function (r) { r.classList.remove("nomatch"); });
    } else {
      if (!rowText) { rowText = rows.map(function (r) { return r.textContent.toLowerCase(); }); }
      rows.forEach(function (r, k) {
        var hit = rowText[k].indexOf(q) !== -1;
        r.classList.toggle("nomatch", !hit);
        if (hit) { out.docs[r.closest("details.doc").dataset.doc] = true; out.rows++; }
      });
      var scope = [];
      rows.forEach(function (r) { if (!r.classList.contains("nomatch")) { scope.push(r); } });
      items.forEach(function (li) { scope.push(one(".card-i", li)); });
      scope.forEach(function (root) {
        var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
          var text = node.data.toLowerCase();
          for (var at = text.indexOf(q); at !== -1; at = text.indexOf(q, at + q.length)) {
            if (root.classList.contains("row")) { out.hits++; }
            var range = document.createRange();
            range.setStart(node, at); range.setEnd(node, at + q.length);
            ranges.push(range);
          }
        }
      });
    }
    if (window.CSS && CSS.highlights && window.Highlight) {
      if (ranges.length) { CSS.highlights.set("mtqa-search", new Highlight(...ranges)); } else { CSS.highlights.delete("mtqa-search"); }
    }
    return out;
  }
  function sortLists() {
    var by = one("#sort").value;
    var rank = { critical: 0, major: 1, minor: 2 };
    var key = by === "severity" ? function (li) { return [rank[li.dataset.sev], +li.dataset.i]; }
      : by === "code" ? function (li) { return [li.dataset.code, +li.dataset.i]; }
      : function (li) { return [+li.dataset.i, 0]; };
    all("ol.issues").forEach(function (ol) {
      var list = all("li.issue", ol);
      list.sort(function (a, b) {
        var ka = key(a), kb = key(b);
        return ka[0] < kb[0] ? -1 : ka[0] > kb[0] ? 1 : ka[1] - kb[1];
      }).forEach(function (li) { ol.appendChild(li); });
    });
  }
  function state() {
    var off = [];
    all("input[data-filter]").forEach(function (b) { if (!b.checked) { off.push(b.dataset.filter + ":" + b.value); } });
    var parts = [];
    var q = one("#q").value.trim();
    if (q) { parts.push("q=" + encodeURIComponent(q)); }
    if (off.length) { parts.push("off=" + encodeURIComponent(off.join(","))); }
    if (one("#sort").value !== "severity") { parts.push("sort=" + one("#sort").value); }
    if (one("#triage").value !== "all") { parts.push("triage=" + one("#triage").value); }
    ["only-failed", "only-issues", "worst-first", "show-hidden"].forEach(function (id) {
      var b = one("#" + id);
      if (b && b.checked) { parts.push(id + "=1"); }
    });
    return parts.join("&");
  }
  function saveState() {
    if (restoring || !history.replaceState) { return; }
    var s = state();
    var keep = location.hash && location.hash.indexOf("=") === -1 ? location.hash : "";
    var url = location.pathname + location.search + (s ? "#" + s : keep);
    if (url !== location.pathname + location.search + location.hash) { history.replaceState(null, "", url); }
  }
  function restoreState() {
    if (!location.hash || location.hash.indexOf("=") === -1) { return false; }
    restoring = true;
    location.hash.slice(1).split("&").forEach(function (part) {
      var kv = part.split("="), k = kv[0], v = decodeURIComponent(kv.slice(1).join("=") || "");
      if (k === "q") { one("#q").value = v; }
      else if (k === "off") {
        v.split(",").forEach(function (f) {
          var kind = f.slice(0, f.indexOf(":")), value = f.slice(f.indexOf(":") + 1);
          all('input[data-filter="' + kind + '"]').forEach(function (b) { if (b.value === value) { b.checked = false; } });
        });
      }
      else if (k === "sort" || k === "triage") { var sel = one("#" + k); if (sel && one('option[value="' + v + '"]', sel)) { sel.value = v; } }
      else { var box = one("#" + k); if (box && box.type === "checkbox") { box.checked = v === "1"; } }
    });
    restoring = false;
    return true;
  }
  var timer = null;
  one("#q").addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  all("input[data-filter], #only-failed, #only-issues, #triage").forEach(function (b) { b.addEventListener("change", apply); });
  one("#sort").addEventListener("change", function () { sortLists(); apply(); });
  var showHidden = one("#show-hidden");
  showHidden.addEventListener("change", function () { document.body.classList.toggle("show-hidden", showHidden.checked); saveState(); });
  all("a.show-hidden").forEach(function (a) {
    a.addEventListener("click", function () { showHidden.checked = true; document.body.classList.add("show-hidden"); saveState(); });
  });
  var toggle = one("#toggle-filters");
  function setCollapsed(c) { controls.classList.toggle("collapsed", c); toggle.setAttribute("aria-expanded", c ? "false" : "true"); }
  toggle.addEventListener("click", function () { setCollapsed(!controls.classList.contains("collapsed")); });
  if (window.matchMedia && window.matchMedia("(max-width: 800px)").matches) { setCollapsed(true); }

  /* ---- repeated issues: one click steps through the places ---- */
  all("li.group").forEach(function (g) {
    var members = g.dataset.members.split(" ");
    var k = -1;
    g.addEventListener("click", function () {  /* the whole line: a big target on a phone */
      k = (k + 1) % members.length;
      var idx = heads.indexOf(document.getElementById("i" + members[k]));
      if (idx >= 0) { go(idx); }
      one(".gpos", g).textContent = "place " + fmt(k + 1) + " of " + fmt(members.length);
    });
  });

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
  var restored = restoreState();
  if (restored) {
    document.body.classList.toggle("show-hidden", showHidden.checked);
    if (worst && worst.checked) { worst.dispatchEvent(new Event("change")); }
  }
  sortLists();
  apply();
  if (location.hash && !restored) {
    var target = document.getElementById(location.hash.slice(1));
    var holder = target && target.closest("details.doc");
    if (holder) { holder.open = true; target.scrollIntoView(); }
  }
  document.documentElement.classList.add("js");
})();
