/* The interactive view page of styrdok-miner: Cytoscape.js over the graph inlined as JSON.
   Everything the page shows comes from the inlined data; nothing is fetched. Text is set with
   textContent (never innerHTML), so labels and quotes from documents cannot inject markup. */
(function () {
  "use strict";

  var DATA = JSON.parse(document.getElementById("graph-data").textContent);
  var UI = {
    sv: {
      search: "Sök nod (namn, kommun, artikel…)", hits: " träffar", fit: "Visa allt", relayout: "Ny layout",
      lang: "English", legend: "Förklaring", legendHint: "Klicka på en typ för att dölja eller visa den.",
      details: "Detaljer", hint: "Klicka på en nod eller kant för att se detaljer och belägg. Dra för att panorera, " +
        "rulla för att zooma.", evidence: "Belägg", neighbours: "Grannar", page: "s. ", more: " belägg till",
      nodes: " noder", edges: " kanter", edge: "Kant", weight: "vikt"
    },
    en: {
      search: "Search nodes (name, municipality, article…)", hits: " matches", fit: "Show all", relayout: "New layout",
      lang: "Svenska", legend: "Legend", legendHint: "Click a kind to hide or show it.",
      details: "Details", hint: "Click a node or an edge to see its details and evidence. Drag to pan, scroll to zoom.",
      evidence: "Evidence", neighbours: "Neighbours", page: "p. ", more: " more",
      nodes: " nodes", edges: " edges", edge: "Edge", weight: "weight"
    }
  };
  /* attribute names shown in the details panel, Swedish and English; others are shown as they are */
  var NAMES = {
    doc_id: ["Dokument-id", "Document id"], municipality: ["Kommun", "Municipality"], county: ["Län", "County"],
    kommunkod: ["Kommunkod", "Municipality code"], lanskod: ["Länskod", "County code"],
    type_label: ["Dokumenttyp", "Document type"], stated_type: ["Kallar sig", "Calls itself"],
    year: ["Antagen år", "Adopted in"], pages: ["Sidor", "Pages"], source: ["Källfil", "Source file"],
    adopted_by: ["Antagen av", "Adopted by"], level_label: ["Nivå", "Level"], area: ["Målområde", "Goal area"],
    deadline: ["Senast", "Deadline"], confidence: ["Säkerhet", "Confidence"], document: ["Dokument", "Document"],
    text: ["Text", "Text"], weight: ["Vikt", "Weight"], links: ["Länkar", "Links"], goals: ["Mål", "Goals"],
    documents: ["Dokument", "Documents"], confidence_max: ["Högsta säkerhet", "Highest confidence"],
    confidence_mean: ["Medelsäkerhet", "Mean confidence"], explicit: ["Nämns uttryckligen", "Named explicitly"],
    explicit_documents: ["Dokument som nämner artikeln", "Documents naming the article"],
    relation: ["Relation", "Relation"], roles: ["Roller", "Roles"], actor_kind_label: ["Aktörstyp", "Actor kind"],
    official_name: ["Officiellt namn", "Official name"], group: ["Kommungrupp (kod)", "Group code"],
    group_name: ["Kommungrupp", "Municipality group"], main_group: ["Huvudgrupp", "Main group"],
    region: ["Region", "Region"], number: ["Artikel", "Article"], title: ["Rubrik", "Heading"],
    title_en: ["Rubrik (engelska)", "Heading (English)"], part: ["Del", "Part"], actors: ["Aktörer", "Actors"],
    municipalities: ["Kommuner", "Municipalities"], code: ["Kod", "Code"], predicate: ["Predikat", "Predicate"],
    iri: ["IRI", "IRI"]
  };
  var HIDDEN = { id: 1, name: 1, label: 1, label_en: 1, kind: 1, kind_label: 1, kind_label_en: 1, color: 1, size: 1,
    display: 1, hub: 1, fontsize: 1, source: 0, target: 0, quote: 1, page: 1, evidence: 1, evidence_more: 1, short_label: 1,
    type: 1, type_label_en: 1, level: 1, level_label_en: 1, actor_kind: 1, actor_kind_label_en: 1, width: 1 };
  var EDGE_HIDDEN = { id: 1, source: 1, target: 1, width: 1, evidence: 1, evidence_more: 1 };

  var lang = "sv";
  var hiddenKinds = {};
  var meta = DATA.data || {};

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function t(key) { return UI[lang][key]; }
  function nameOf(key) { return NAMES[key] ? NAMES[key][lang === "sv" ? 0 : 1] : key.replace(/_/g, " "); }
  function fmt(v) {
    if (typeof v === "number" && !Number.isInteger(v)) { return v.toFixed(2); }
    if (v === true) { return lang === "sv" ? "ja" : "yes"; }
    if (v === false) { return lang === "sv" ? "nej" : "no"; }
    return String(v);
  }

  var cy = cytoscape({
    container: document.getElementById("cy"),
    elements: DATA.elements,
    layout: { name: "preset", fit: true, padding: 30 },
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 6,
    style: [
      { selector: "node", style: {
        "background-color": "data(color)", "width": "data(size)", "height": "data(size)", "label": "data(display)",
        "font-size": "data(fontsize)", "min-zoomed-font-size": 6, "text-valign": "bottom", "text-margin-y": 3,
        "text-wrap": "ellipsis", "text-max-width": 180, "color": "#222", "text-outline-color": "#fff",
        "text-outline-width": 2, "border-width": 1, "border-color": "#fff" } },
      { selector: "node.hub", style: { "min-zoomed-font-size": 5 } },
      { selector: "node.top", style: { "font-weight": "bold", "min-zoomed-font-size": 4 } },
      { selector: "node.left", style: { "text-halign": "left", "text-valign": "center", "text-margin-x": -6,
        "text-margin-y": 0, "text-max-width": 900 } },
      { selector: "node.right", style: { "text-halign": "right", "text-valign": "center", "text-margin-x": 6,
        "text-margin-y": 0, "text-max-width": 900 } },
      { selector: "edge", style: {
        "width": "data(width)", "line-color": "#9a9a9a", "opacity": 0.5, "curve-style": "haystack" } },
      { selector: "node.match", style: { "border-width": 4, "border-color": "#d62728", "font-weight": "bold",
        "min-zoomed-font-size": 1, "z-index": 10 } },
      { selector: ".faded", style: { "opacity": 0.12 } },
      { selector: "node:selected", style: { "border-width": 4, "border-color": "#111", "min-zoomed-font-size": 1,
        "font-weight": "bold", "z-index": 20 } },
      { selector: "edge:selected", style: { "line-color": "#111", "opacity": 1 } },
      { selector: "edge.near", style: { "line-color": "#333", "opacity": 0.9 } },
      { selector: "node.near", style: { "min-zoomed-font-size": 1 } },
      { selector: ".hidden", style: { "display": "none" } }
    ]
  });

  function setLabels() {
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var d = n.data();
        n.data("display", (lang === "en" && d.label_en) ? d.label_en : d.label);
      });
    });
  }

  /* ---------------------------------------------------------------- legend */
  function legend() {
    var box = document.getElementById("legend");
    box.textContent = "";
    box.appendChild(el("h2", null, t("legend")));
    var counts = {}, colors = {}, labels = {};
    cy.nodes().forEach(function (n) {
      var k = n.data("kind") || "?";
      counts[k] = (counts[k] || 0) + 1;
      colors[k] = n.data("color");
      labels[k] = (lang === "en" ? n.data("kind_label_en") : n.data("kind_label")) || k;
    });
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).forEach(function (k) {
      var item = el("div", "legend-item" + (hiddenKinds[k] ? " off" : ""));
      var sw = el("span", "swatch");
      sw.style.background = colors[k];
      item.appendChild(sw);
      item.appendChild(el("span", null, labels[k] + " (" + counts[k] + ")"));
      item.addEventListener("click", function () {
        hiddenKinds[k] = !hiddenKinds[k];
        cy.nodes().filter(function (n) { return (n.data("kind") || "?") === k; })
          .toggleClass("hidden", !!hiddenKinds[k]);
        legend();
      });
      box.appendChild(item);
    });
    box.appendChild(el("p", "hint", t("legendHint")));
    box.appendChild(el("p", "hint", cy.nodes().length + t("nodes") + ", " + cy.edges().length + t("edges")));
  }

  /* --------------------------------------------------------------- details */
  function evidenceBlock(box, lines, more) {
    if (!lines || !lines.length) { return; }
    box.appendChild(el("h3", null, t("evidence")));
    lines.forEach(function (line) {
      var m = /^s\. (\d+): ([\s\S]*)$/.exec(line);
      var q = el("blockquote");
      if (m) {
        q.appendChild(el("span", "page", t("page") + m[1] + "  "));
        q.appendChild(document.createTextNode(m[2]));
      } else {
        q.textContent = line;
      }
      box.appendChild(q);
    });
    if (more) { box.appendChild(el("p", "hint", "+" + more + t("more"))); }
  }

  function attrTable(box, d, hidden) {
    var table = el("table", "attrs");
    Object.keys(d).forEach(function (k) {
      if (hidden[k] || d[k] === null || d[k] === undefined || d[k] === "") { return; }
      var tr = el("tr");
      tr.appendChild(el("th", null, nameOf(k)));
      var td = el("td", k === "iri" ? "iri" : null, fmt(d[k]));
      tr.appendChild(td);
      table.appendChild(tr);
    });
    box.appendChild(table);
  }

  function showNode(n) {
    var box = document.getElementById("details");
    var d = n.data();
    box.textContent = "";
    box.appendChild(el("h2", null, d.display || d.label));
    var kind = el("span", "kind", (lang === "en" ? d.kind_label_en : d.kind_label) || d.kind);
    kind.style.background = d.color;
    box.appendChild(kind);
    if (lang === "en" && d.label_en && d.label_en !== d.label) { box.appendChild(el("p", "hint", d.label)); }
    attrTable(box, d, HIDDEN);
    if (d.quote) {
      evidenceBlock(box, [(d.page ? "s. " + d.page + ": " : "") + d.quote]);
    }
    var neighbours = n.neighborhood("node").not(".hidden").sort(function (a, b) {
      return String(a.data("display")).localeCompare(String(b.data("display")), "sv");
    });
    if (neighbours.length) {
      box.appendChild(el("h3", null, t("neighbours") + " (" + neighbours.length + ")"));
      var ul = el("ul", "neighbours");
      neighbours.slice(0, 200).forEach(function (m) {
        var li = el("li", null, m.data("display"));
        li.addEventListener("click", function () { select(m); });
        ul.appendChild(li);
      });
      box.appendChild(ul);
    }
  }

  function showEdge(e) {
    var box = document.getElementById("details");
    var d = e.data();
    box.textContent = "";
    box.appendChild(el("h2", null, t("edge")));
    box.appendChild(el("p", null, e.source().data("display") + " — " + e.target().data("display")));
    attrTable(box, d, EDGE_HIDDEN);
    evidenceBlock(box, d.evidence ? String(d.evidence).split("\n") : [], d.evidence_more);
  }

  function hint() {
    var box = document.getElementById("details");
    box.textContent = "";
    box.appendChild(el("h2", null, t("details")));
    box.appendChild(el("p", "hint", t("hint")));
  }

  function select(n) {
    cy.elements().unselect();
    n.select();
    cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 250 });
  }

  cy.on("select", "node", function (evt) {
    var n = evt.target;
    cy.elements().removeClass("near");
    n.neighborhood().addClass("near");
    showNode(n);
  });
  cy.on("select", "edge", function (evt) { showEdge(evt.target); });
  cy.on("tap", function (evt) {
    if (evt.target === cy) { cy.elements().removeClass("near"); hint(); }
  });

  /* ---------------------------------------------------------------- search */
  var search = document.getElementById("search");
  function runSearch(fitTo) {
    var q = search.value.trim().toLowerCase();
    var hits = document.getElementById("hits");
    cy.elements().removeClass("match faded");
    if (!q) { hits.textContent = ""; return; }
    var matched = cy.nodes().filter(function (n) {
      var d = n.data();
      return [d.label, d.label_en, d.iri, d.municipality, d.doc_id, d.kommunkod].some(function (v) {
        return v !== undefined && v !== null && String(v).toLowerCase().indexOf(q) >= 0;
      });
    });
    hits.textContent = matched.length + t("hits");
    if (matched.length) {
      cy.elements().not(matched).not(matched.connectedEdges()).addClass("faded");
      matched.addClass("match");
      if (fitTo && matched.length === 1) {
        cy.animate({ center: { eles: matched }, zoom: Math.min(Math.max(cy.zoom(), 1.0), 2.0) }, { duration: 300 });
      } else if (fitTo) {
        cy.animate({ fit: { eles: matched, padding: 80 } }, { duration: 300, complete: function () {
          if (cy.zoom() > 2) { cy.zoom({ level: 2, position: matched.boundingBox() && matched[0].position() }); }
        } });
      }
    }
  }
  search.addEventListener("input", function () { runSearch(false); });
  search.addEventListener("keydown", function (e) { if (e.key === "Enter") { runSearch(true); } });

  /* --------------------------------------------------------------- buttons */
  document.getElementById("fit").addEventListener("click", function () { cy.fit(undefined, 30); });
  document.getElementById("relayout").addEventListener("click", function () {
    cy.layout({ name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; },
      idealEdgeLength: function () { return 60; }, fit: true, padding: 30 }).run();
  });
  document.getElementById("lang").addEventListener("click", function () {
    lang = lang === "sv" ? "en" : "sv";
    document.documentElement.lang = lang;
    applyLanguage();
    var sel = cy.$(":selected");
    if (sel.length && sel[0].isNode()) { showNode(sel[0]); } else if (sel.length) { showEdge(sel[0]); } else { hint(); }
  });

  function applyLanguage() {
    search.placeholder = t("search");
    document.getElementById("fit").textContent = t("fit");
    document.getElementById("relayout").textContent = t("relayout");
    document.getElementById("lang").textContent = t("lang");
    var title = (lang === "en" ? meta.title_en : meta.title) || meta.title || "";
    document.getElementById("title").textContent = title;
    document.title = title;
    document.getElementById("note").textContent = (lang === "en" ? meta.note_en : meta.note) || "";
    setLabels();
    legend();
    runSearch(false);
  }

  applyLanguage();
  hint();
  /* the container gets its final size after the first layout of the page: measure again */
  function refit() { cy.resize(); cy.fit(undefined, 30); }
  window.addEventListener("resize", function () { cy.resize(); });
  if (document.readyState === "complete") { refit(); } else { window.addEventListener("load", refit); }
  /* #lang=en, #q=text (search), #node=ID (select), joined by "&": links into the page, and screenshots */
  window.location.hash.slice(1).split("&").forEach(function (part) {
    var eq = part.indexOf("=");
    if (eq < 0) { return; }
    var key = part.slice(0, eq), value = decodeURIComponent(part.slice(eq + 1));
    if (key === "lang" && (value === "en" || value === "sv") && value !== lang) {
      document.getElementById("lang").click();
    } else if (key === "q") {
      search.value = value;
      runSearch(true);
    } else if (key === "node") {
      var chosen = cy.getElementById(value);
      if (chosen.length) { chosen.select(); cy.center(chosen); }
    }
  });
  window.styrdokView = cy; /* for the browser console and for tests */
  document.body.setAttribute("data-ready", "true");
}());
