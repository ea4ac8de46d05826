/* kgraph page script.
 *
 * Everything about the graph comes from the JSON in #kg-data. Names and
 * article text are untrusted: they are written only with textContent and
 * createElement, never as HTML, and a link's href is set only to an
 * http(s) URL.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var panel = document.getElementById("kg-details");
  var search = document.getElementById("kg-search");
  var names = document.getElementById("kg-names");
  var status = document.getElementById("kg-status");

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(
    document.getElementById("kg-network"),
    { nodes: nodes, edges: edges },
    data.options
  );

  var entities = new Map();
  data.entities.forEach(function (entity) { entities.set(entity.id, entity); });
  var facts = new Map();
  var factsOf = new Map();
  data.facts.forEach(function (fact) {
    facts.set(fact.id, fact);
    [fact.from, fact.to].forEach(function (id, i) {
      if (i === 1 && fact.to === fact.from) { return; }
      if (!factsOf.has(id)) { factsOf.set(id, []); }
      factsOf.get(id).push(fact);
    });
  });
  var relations = new Map(Object.entries(data.relations));

  // ---------------------------------------------------------------- layout

  network.on("stabilizationProgress", function (params) {
    status.textContent = "Laying out… " + Math.round(100 * params.iterations / params.total) + "%";
  });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    status.textContent = "";
    document.body.setAttribute("data-kg-stable", "1");
  });

  // --------------------------------------------------------------- helpers

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function clear(node) {
    while (node.firstChild) { node.removeChild(node.firstChild); }
  }

  function safeUrl(url) {
    if (typeof url !== "string") { return null; }
    var trimmed = url.trim();
    return /^https?:\/\/[^\s]/i.test(trimmed) ? trimmed : null;
  }

  function labelOf(id) {
    var entity = entities.get(id);
    return entity ? entity.label : id;
  }

  function relationOf(name) {
    return relations.get(name) || { phrase: name || "related to", color: "#9ca3af", symmetric: false };
  }

  function byDateDesc(a, b) {
    var da = a.date || "", db = b.date || "";
    if (da !== db) { return da < db ? 1 : -1; }
    return (a.relation || "").localeCompare(b.relation || "");
  }

  function party(id, focusId) {
    if (id === focusId) { return el("strong", null, labelOf(id)); }
    var button = el("button", "kg-party", labelOf(id));
    button.type = "button";
    button.addEventListener("click", function () { window.kgSelect(id); });
    return button;
  }

  function row(dl, term, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", null, term));
    dl.appendChild(el("dd", null, value));
  }

  function factCard(fact, focusId) {
    var relation = relationOf(fact.relation);
    var card = el("article", "kg-fact");
    card.style.borderLeftColor = relation.color;
    card.setAttribute("data-fact", fact.id);

    var line = el("p", "kg-fact-line");
    line.appendChild(party(fact.from, focusId));
    line.appendChild(el("span", "kg-rel", " " + relation.phrase + " "));
    line.appendChild(party(fact.to, focusId));
    card.appendChild(line);

    var dl = el("dl");
    row(dl, "Amount", fact.amount);
    if (fact.amount_text && fact.amount_text !== fact.amount) { row(dl, "As written", fact.amount_text); }
    row(dl, "Date", fact.date);
    row(dl, "Duration", fact.duration ? fact.duration + (fact.duration_text ? " (" + fact.duration_text + ")" : "") : null);
    row(dl, "Status", fact.status ? fact.status.replace(/_/g, " ") : null);
    row(dl, "Confidence", typeof fact.confidence === "number" ? fact.confidence.toFixed(2) : null);
    card.appendChild(dl);

    if (fact.evidence) { card.appendChild(el("blockquote", "kg-evidence", fact.evidence)); }

    if (fact.sources && fact.sources.length) {
      var list = el("ul", "kg-sources");
      fact.sources.forEach(function (source) {
        var item = el("li");
        item.appendChild(el("span", "kg-source-title", source.title || source.path || source.article || "source"));
        if (source.published) { item.appendChild(el("span", null, " (" + source.published + ")")); }
        if (source.path && source.path !== source.title) {
          item.appendChild(document.createTextNode(" "));
          item.appendChild(el("code", null, source.path));
        }
        var href = safeUrl(source.url);
        if (href) {
          item.appendChild(document.createTextNode(" "));
          var link = el("a", null, source.url);
          link.href = href;
          link.target = "_blank";
          link.rel = "noopener noreferrer";
          item.appendChild(link);
        } else if (source.url) {
          item.appendChild(el("span", null, " " + source.url));
        }
        list.appendChild(item);
      });
      card.appendChild(list);
    }
    return card;
  }

  // ---------------------------------------------------------------- panels

  function showHint() {
    clear(panel);
    panel.appendChild(el("p", "kg-hint",
      "Click a company, a service or a line to see its facts, or search by name above."));
  }

  function showNode(id) {
    var entity = entities.get(id);
    if (!entity) { return false; }
    clear(panel);
    panel.appendChild(el("p", "kg-kind", entity.kind));
    panel.appendChild(el("h2", null, entity.label));
    if (entity.label_ja && entity.label_ja !== entity.label) {
      panel.appendChild(el("p", "kg-ja", entity.label_ja));
    }
    if (entity.aliases && entity.aliases.length) {
      panel.appendChild(el("p", "kg-aliases", "Also: " + entity.aliases.join(", ")));
    }
    var list = (factsOf.get(id) || []).slice().sort(byDateDesc);
    panel.appendChild(el("p", "kg-count", list.length === 1 ? "1 fact" : list.length + " facts"));
    list.forEach(function (fact) { panel.appendChild(factCard(fact, id)); });
    panel.scrollTop = 0;
    return true;
  }

  function showFact(id) {
    var fact = facts.get(id);
    if (!fact) { return false; }
    clear(panel);
    panel.appendChild(el("p", "kg-kind", "Fact"));
    panel.appendChild(el("h2", null, relationOf(fact.relation).phrase));
    panel.appendChild(factCard(fact, null));
    panel.scrollTop = 0;
    return true;
  }

  // ------------------------------------------------------------- selection

  window.kgNetwork = network;

  window.kgSelect = function (nodeId) {
    if (!nodes.get(nodeId)) { return false; }
    network.selectNodes([nodeId]);
    network.focus(nodeId, {
      scale: Math.max(network.getScale(), 1.0),
      animation: { duration: 400, easingFunction: "easeInOutQuad" }
    });
    return showNode(nodeId);
  };

  window.kgSelectFact = function (factId) {
    if (!edges.get(factId)) { return false; }
    network.selectEdges([factId]);
    return showFact(factId);
  };

  network.on("click", function (params) {
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showFact(params.edges[0]); }
    else { showHint(); }
  });

  // ---------------------------------------------------------------- search

  function norm(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }

  var index = data.entities.map(function (entity) {
    var keys = [entity.label, entity.label_ja].concat(entity.aliases || []);
    return { id: entity.id, keys: keys.filter(Boolean).map(norm) };
  });

  function find(query) {
    var q = norm(query);
    if (!q) { return null; }
    var tests = [
      function (key) { return key === q; },
      function (key) { return key.indexOf(q) === 0; },
      function (key) { return key.indexOf(q) !== -1; }
    ];
    for (var t = 0; t < tests.length; t++) {
      for (var i = 0; i < index.length; i++) {
        if (index[i].keys.some(tests[t])) { return index[i].id; }
      }
    }
    return null;
  }

  function runSearch() {
    var id = find(search.value);
    if (id === null) {
      status.textContent = search.value.trim() ? "No match" : "";
      return;
    }
    status.textContent = "";
    window.kgSelect(id);
  }

  var seen = new Set();
  data.entities.forEach(function (entity) {
    [entity.label, entity.label_ja].concat(entity.aliases || []).forEach(function (name) {
      if (!name || seen.has(name)) { return; }
      seen.add(name);
      var option = document.createElement("option");
      option.value = name;
      names.appendChild(option);
    });
  });

  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      event.preventDefault();
      runSearch();
    }
  });
  search.addEventListener("input", function (event) {
    // picking an entry from the datalist
    if (!event.inputType || event.inputType === "insertReplacementText") { runSearch(); }
  });
})();
