"""networkx → one offline HTML page; the only module that knows pyvis.

The page is built from pyvis's node, edge and physics data, rendered through
kgraph's own template (``kgraph/templates/graph.html.j2``) rather than
pyvis's, because pyvis's templates load Bootstrap and vis-network from CDNs.
vis-network's JavaScript and CSS are read from the files shipped inside the
pyvis package and inlined, so the page works without a network, and a
Content-Security-Policy in the page forbids any fetch and any script but the
page's own two.

Article text and entity names are untrusted. They reach the page only as JSON
in ``<script type="application/json" id="kg-data">`` with ``<``, ``>``, ``&``,
U+2028 and U+2029 escaped, and the page's script writes them with
``textContent``; vis-network draws labels on a canvas. No pyvis ``title``
tooltips are used (pyvis switches them to ``innerHTML`` when a title contains
"href").

Input graph contract (built by ``kgraph.network``): node id = entity IRI with
``label``, optional ``label_ja``, ``kind`` ("Organization" or "Service") and
``aliases``; edge key = fact IRI with ``relation``, ``amount_text``,
``amount_value``, ``currency``, ``date``, ``duration``, ``status``,
``confidence``, ``evidence`` and ``sources`` (dicts with ``article``,
``title``, ``path``, ``url``, ``published``). An optional ``qualifier``
("up_to", "at_least", "about") is shown with the amount.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kgraph.errors import KGraphError
from kgraph.facts import RELATIONS, SYMMETRIC

if TYPE_CHECKING:
    import networkx as nx

__all__ = [
    "DEFAULT_HEIGHT",
    "DEFAULT_TITLE",
    "KIND_STYLES",
    "RELATION_STYLES",
    "RelationStyle",
    "render_html",
    "write_html",
]

DEFAULT_TITLE = "kgraph"
DEFAULT_HEIGHT = "100vh"
#: Where kgraph's page template, script and stylesheet live.
TEMPLATE_DIR = Path(__file__).parent / "templates"
TEMPLATE_NAME = "graph.html.j2"
APP_SCRIPT = "graph.js"
APP_STYLE = "graph.css"
#: vis-network assets inside the pyvis package, newest version first.
VIS_ASSET_DIRS: tuple[tuple[str, ...], ...] = (("lib",), ("templates", "lib"))
VIS_JS = "vis-network.min.js"
VIS_CSS = "vis-network.css"
#: A CSS length for the page height (e.g. "100vh", "800px").
_HEIGHT_RE = re.compile(r"^\d+(?:\.\d+)?(?:px|vh|em|rem|%)$")
#: Layout seed, so that the same graph is drawn the same way every time.
LAYOUT_SEED = 7
#: vis-network's "improved layout" is slow beyond this many nodes.
IMPROVED_LAYOUT_MAX_NODES = 100
#: Layout iterations before physics stops; fewer for big graphs (see
#: ``_stabilization_iterations``), so that they open in seconds.
STABILIZATION_ITERATIONS = 1000
STABILIZATION_BUDGET = 200_000
MIN_STABILIZATION_ITERATIONS = 150
#: Vertical distance (px) between the labels of parallel edges.
PARALLEL_LABEL_STEP = 16


@dataclass(frozen=True, slots=True)
class RelationStyle:
    """How one relation is drawn: short edge label, phrase for the panel, colour."""

    short: str
    phrase: str
    color: str


RELATION_STYLES: Mapping[str, RelationStyle] = {
    "invests_in": RelationStyle("invests", "invests in", "#d97706"),
    "provides_cloud_to": RelationStyle("cloud", "provides cloud to", "#2563eb"),
    "supplies": RelationStyle("supplies", "supplies", "#7c3aed"),
    "partners_with": RelationStyle("partners", "partners with", "#059669"),
    "competes_with": RelationStyle("competes", "competes with", "#dc2626"),
    "operates": RelationStyle("operates", "operates", "#64748b"),
    "outage_affects": RelationStyle("outage", "outage affects", "#db2777"),
    "acquires": RelationStyle("acquires", "acquires", "#0891b2"),
}
_UNKNOWN_RELATION = RelationStyle("related", "is related to", "#9ca3af")

#: vis-network node options per entity kind; anything but "Service" is drawn
#: as an Organization.
KIND_STYLES: Mapping[str, Mapping[str, Any]] = {
    "Organization": {
        "shape": "box",
        "color": {
            "background": "#1e3a8a",
            "border": "#172554",
            "highlight": {"background": "#2563eb", "border": "#f59e0b"},
            "hover": {"background": "#1d4ed8", "border": "#172554"},
        },
        "font": {"color": "#ffffff"},
        "borderWidth": 1,
        "borderWidthSelected": 3,
        "margin": 10,
        "shapeProperties": {"borderRadius": 4},
    },
    "Service": {
        "shape": "ellipse",
        "color": {
            "background": "#d1fae5",
            "border": "#059669",
            "highlight": {"background": "#a7f3d0", "border": "#f59e0b"},
            "hover": {"background": "#a7f3d0", "border": "#047857"},
        },
        "font": {"color": "#064e3b"},
        "borderWidth": 2,
        "borderWidthSelected": 3,
        "margin": 8,
    },
}
_KIND_LABELS = {"Organization": "Organization", "Service": "Service / product"}

_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}
_QUALIFIER_MARKS = {"up_to": "≤", "at_least": "≥", "about": "~"}
_SCALES = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"))
_DURATION_RE = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$")
_DURATION_UNITS = ("year", "month", "week", "day")
_SCRIPT_JSON_ESCAPES = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


# --------------------------------------------------------------------------- API


def render_html(graph: nx.MultiDiGraph, *, title: str = DEFAULT_TITLE, height: str = DEFAULT_HEIGHT) -> str:
    """Render ``graph`` as one self-contained, offline HTML page.

    ``height`` is the CSS height of the whole view (header, graph and panel),
    e.g. ``"100vh"`` or ``"800px"``.
    """
    if not _HEIGHT_RE.match(height):
        raise ValueError(f"height {height!r} is not a CSS length such as '100vh' or '800px'")
    import jinja2
    from markupsafe import Markup

    net = _build_network(graph)
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    options = json.loads(options_json) if isinstance(options_json, str) else dict(options_json)
    _style_options(options, node_count=len(nodes))

    entities = [_entity_data(node, attrs) for node, attrs in graph.nodes(data=True)]
    facts = [
        _fact_data(u, v, edge_id, attrs)
        for (u, v, attrs), edge_id in zip(graph.edges(data=True), _edge_ids(graph), strict=True)
    ]
    payload = {
        "nodes": nodes,
        "edges": edges,
        "options": options,
        "entities": entities,
        "facts": facts,
        "relations": {
            name: {"phrase": style.phrase, "color": style.color, "symmetric": name in SYMMETRIC}
            for name, style in RELATION_STYLES.items()
        },
    }
    vis_js, vis_css = _vis_assets()
    app_js = (TEMPLATE_DIR / APP_SCRIPT).read_text(encoding="utf-8")
    app_css = (TEMPLATE_DIR / APP_STYLE).read_text(encoding="utf-8")
    scripts = [_inline_safe(vis_js, "script"), _inline_safe(app_js, "script")]
    styles = [_inline_safe(vis_css, "style"), _inline_safe(app_css, "style")]

    services = sum(1 for entity in entities if entity["kind"] == "Service")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    template = env.get_template(TEMPLATE_NAME)
    return template.render(
        title=title,
        height=height,
        counts={
            "organizations": len(entities) - services,
            "services": services,
            "facts": len(facts),
        },
        legend_relations=[(name, RELATION_STYLES[name]) for name in RELATIONS if name in RELATION_STYLES],
        legend_kinds=[(kind, _KIND_LABELS[kind]) for kind in KIND_STYLES],
        symmetric=SYMMETRIC,
        csp=_content_security_policy(scripts),
        vis_js=Markup(scripts[0]),
        app_js=Markup(scripts[1]),
        vis_css=Markup(styles[0]),
        app_css=Markup(styles[1]),
        data_json=Markup(_script_json(payload)),
    )


def write_html(graph: nx.MultiDiGraph, path: Path, *, title: str = DEFAULT_TITLE) -> Path:
    """Render ``graph`` and write it to ``path`` as UTF-8, atomically.

    The page goes to a temporary file in the same folder, which then replaces
    ``path``; a failure leaves any previous file untouched.
    """
    path = Path(path)
    html = render_html(graph, title=title)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(html)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return path


# ------------------------------------------------------------------ pyvis side


def _build_network(graph: nx.MultiDiGraph) -> Any:
    from pyvis.network import Network

    # pyvis gathers nodes, edges and options; its own (CDN-loading) template is not used.
    net = Network(directed=True, height="100%", width="100%")
    net.barnes_hut(
        gravity=-6000,
        central_gravity=0.25,
        spring_length=170,
        spring_strength=0.03,
        damping=0.2,
        overlap=0.4,
    )
    net.toggle_stabilization(True)
    net.options.physics.stabilization.iterations = _stabilization_iterations(graph.number_of_nodes())

    degree = dict(graph.degree())
    for node, attrs in graph.nodes(data=True):
        node_id = str(node)
        style = KIND_STYLES[_kind(attrs)]
        deg = degree.get(node, 0)
        font = dict(style["font"])
        font["size"] = 14 + min(10, round(3 * math.log2(1 + deg)))
        net.add_node(
            node_id,
            label=_text(attrs.get("label")) or _text(attrs.get("label_ja")) or node_id,
            shape=style["shape"],
            color=style["color"],
            font=font,
            borderWidth=style["borderWidth"],
            borderWidthSelected=style["borderWidthSelected"],
            margin=style["margin"],
            mass=1 + min(deg, 20) / 4,
            **({"shapeProperties": style["shapeProperties"]} if "shapeProperties" in style else {}),
        )

    for (u, v, attrs), edge_id, shape in zip(
        graph.edges(data=True), _edge_ids(graph), _edge_shapes(graph), strict=True
    ):
        relation = _text(attrs.get("relation")) or ""
        color = RELATION_STYLES.get(relation, _UNKNOWN_RELATION).color
        confidence = _number(attrs.get("confidence"))
        net.add_edge(
            str(u),
            str(v),
            id=edge_id,
            label=_edge_label(relation, attrs),
            color={"color": color, "highlight": color, "hover": color},
            arrows={"to": {"enabled": relation not in SYMMETRIC, "scaleFactor": 0.7}},
            dashes=attrs.get("status") == "in_talks",
            width=1.0 + 2.0 * (confidence if confidence is not None else 0.5),
            **shape,
        )
    return net


def _stabilization_iterations(node_count: int) -> int:
    """Fewer layout iterations for bigger graphs.

    >>> _stabilization_iterations(50), _stabilization_iterations(400), _stabilization_iterations(5000)
    (1000, 500, 150)
    """
    budget = STABILIZATION_BUDGET // max(1, node_count)
    return max(MIN_STABILIZATION_ITERATIONS, min(STABILIZATION_ITERATIONS, budget))


def _style_options(options: dict[str, Any], *, node_count: int) -> None:
    """Add kgraph's global vis-network options to pyvis's physics options."""
    options["nodes"] = {"font": {"face": "system-ui,sans-serif"}}
    options["edges"] = {
        "font": {
            "size": 12,
            "face": "system-ui,sans-serif",
            "color": "#1e293b",
            "background": "rgba(255,255,255,0.85)",
            "strokeWidth": 0,
        },
        "selectionWidth": 2,
        "hoverWidth": 1,
    }
    options["interaction"] = {
        "hover": True,
        "dragNodes": True,
        "multiselect": False,
        "navigationButtons": False,
        "keyboard": False,
    }
    options["layout"] = {
        "randomSeed": LAYOUT_SEED,
        "improvedLayout": node_count <= IMPROVED_LAYOUT_MAX_NODES,
    }
    options.setdefault("physics", {})["solver"] = "barnesHut"
    options.pop("configure", None)


def _edge_shapes(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Per-edge vis options (``smooth``, label offset) so that parallel facts fan out.

    A single fact between two nodes is a straight line; several facts between
    the same pair bend alternately to either side, more for each pair, and
    their labels are stacked so that they do not overlap.
    """
    edges = list(graph.edges(keys=True))
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, (u, v, _key) in enumerate(edges):
        a, b = sorted((str(u), str(v)))
        by_pair[(a, b)].append(index)
    shapes: list[dict[str, Any]] = [{"smooth": {"enabled": False}} for _ in edges]
    for (a, _b), indices in by_pair.items():
        if len(indices) == 1 and edges[indices[0]][0] != edges[indices[0]][1]:
            continue
        middle = (len(indices) - 1) / 2
        for rank, index in enumerate(indices):
            clockwise = rank % 2 == 0
            if str(edges[index][0]) != a:  # drawn the other way round: mirror
                clockwise = not clockwise
            shapes[index] = {
                "smooth": {
                    "enabled": True,
                    "type": "curvedCW" if clockwise else "curvedCCW",
                    "roundness": min(0.9, 0.3 + 0.2 * (rank // 2)),
                },
                "font": {"vadjust": round((rank - middle) * PARALLEL_LABEL_STEP)},
            }
    return shapes


# ------------------------------------------------------------ data for the page


def _entity_data(node: Any, attrs: Mapping[str, Any]) -> dict[str, Any]:
    node_id = str(node)
    aliases = attrs.get("aliases") or ()
    if isinstance(aliases, str):
        aliases = (aliases,)
    return {
        "id": node_id,
        "label": _text(attrs.get("label")) or _text(attrs.get("label_ja")) or node_id,
        "label_ja": _text(attrs.get("label_ja")),
        "kind": _kind(attrs),
        "aliases": [text for alias in aliases if (text := _text(alias))],
    }


def _fact_data(u: Any, v: Any, edge_id: str, attrs: Mapping[str, Any]) -> dict[str, Any]:
    sources = attrs.get("sources") or ()
    if isinstance(sources, Mapping):
        sources = (sources,)
    duration = _text(attrs.get("duration"))
    return {
        "id": edge_id,
        "from": str(u),
        "to": str(v),
        "relation": _text(attrs.get("relation")) or "",
        "amount": _amount_text(attrs),
        "amount_text": _text(attrs.get("amount_text")),
        "amount_value": _number(attrs.get("amount_value")),
        "currency": _text(attrs.get("currency")),
        "qualifier": _text(attrs.get("qualifier")),
        "date": _text(attrs.get("date")),
        "duration": duration,
        "duration_text": _duration_text(duration) if duration else None,
        "status": _text(attrs.get("status")),
        "confidence": _number(attrs.get("confidence")),
        "evidence": _text(attrs.get("evidence")),
        "sources": [
            {name: _text(source.get(name)) for name in ("article", "title", "path", "url", "published")}
            for source in sources
            if isinstance(source, Mapping)
        ],
    }


def _edge_label(relation: str, attrs: Mapping[str, Any]) -> str:
    """The short text drawn on an edge: relation, amount and month.

    >>> _edge_label("provides_cloud_to",
    ...             {"amount_value": 38e9, "currency": "USD", "date": "2025-11-03"})
    'cloud · $38B · 2025-11'
    >>> _edge_label("competes_with", {})
    'competes'
    """
    parts = [RELATION_STYLES.get(relation, _UNKNOWN_RELATION).short]
    amount = _short_amount(
        _number(attrs.get("amount_value")),
        _text(attrs.get("currency")),
        _text(attrs.get("amount_text")),
        qualifier=_text(attrs.get("qualifier")),
    )
    if amount:
        parts.append(amount)
    date = _text(attrs.get("date"))
    if date:
        parts.append(_short_date(date))
    return " · ".join(parts)


def _short_amount(
    value: float | None, currency: str | None, text: str | None, *, qualifier: str | None = None
) -> str | None:
    """A compact amount for an edge label.

    >>> _short_amount(38_000_000_000, "USD", "380億ドル")
    '$38B'
    >>> _short_amount(5.7e12, "JPY", "約5兆7千億円", qualifier="about")
    '~¥5.7T'
    >>> _short_amount(250e6, "CHF", None)
    '250M CHF'
    >>> _short_amount(None, None, "tens of billions of dollars")
    'tens of billions of dol…'
    """
    if value is None:
        return _clip(text, 24) if text else None
    number = f"{value:,.0f}"
    for scale, suffix in _SCALES:
        if abs(value) >= scale and abs(value) / scale < 1000:
            number = f"{value / scale:.3g}{suffix}"
            break
    symbol = _CURRENCY_SYMBOLS.get(currency or "")
    if symbol:
        out = f"{symbol}{number}"
    elif currency:
        out = f"{number} {currency}"
    else:
        out = number
    return _QUALIFIER_MARKS.get(qualifier or "", "") + out


def _amount_text(attrs: Mapping[str, Any]) -> str | None:
    """The amount as the details panel shows it: exact value, else the surface text."""
    value = _number(attrs.get("amount_value"))
    currency = _text(attrs.get("currency"))
    text = _text(attrs.get("amount_text"))
    if value is None:
        return text
    mark = {"up_to": "up to ", "at_least": "at least ", "about": "about "}.get(
        _text(attrs.get("qualifier")) or "", ""
    )
    exact = f"{value:,.0f}" if value == int(value) else f"{value:,}"
    return f"{mark}{exact} {currency}" if currency else f"{mark}{exact}"


def _short_date(date: str) -> str:
    """Year and month of an ISO date.

    >>> _short_date("2025-11-03"), _short_date("2025"), _short_date("next year")
    ('2025-11', '2025', 'next year')
    """
    if re.match(r"^\d{4}-\d{2}", date):
        return date[:7]
    return _clip(date, 12)


def _duration_text(duration: str) -> str | None:
    """An ISO 8601 duration in words.

    >>> _duration_text("P7Y"), _duration_text("P1Y6M"), _duration_text("soon")
    ('7 years', '1 year 6 months', None)
    """
    match = _DURATION_RE.match(duration)
    if not match or not any(match.groups()):
        return None
    words = []
    for count, unit in zip(match.groups(), _DURATION_UNITS, strict=True):
        if count:
            words.append(f"{int(count)} {unit}{'' if int(count) == 1 else 's'}")
    return " ".join(words)


# ------------------------------------------------------------------ page pieces


def _vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as shipped inside the pyvis package."""
    import pyvis

    root = Path(pyvis.__file__).parent
    tried = []
    for parts in VIS_ASSET_DIRS:
        base = root.joinpath(*parts)
        tried.append(str(base))
        candidates = sorted(
            (p for p in base.glob("vis-*") if (p / VIS_JS).is_file() and (p / VIS_CSS).is_file()),
            key=lambda p: tuple(int(n) for n in re.findall(r"\d+", p.name)),
            reverse=True,
        )
        if candidates:
            folder = candidates[0]
            return (
                (folder / VIS_JS).read_text(encoding="utf-8"),
                (folder / VIS_CSS).read_text(encoding="utf-8"),
            )
    raise KGraphError(
        f"vis-network assets ({VIS_JS}, {VIS_CSS}) not found under {', '.join(tried)}; "
        "reinstall pyvis (0.3.x ships them)"
    )


def _inline_safe(text: str, tag: str) -> str:
    """``text`` checked to be safe inside ``<tag>…</tag>``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as the HTML parser would
    lowered = text.lower()
    if f"</{tag}" in lowered or "<!--" in lowered:
        raise ValueError(f"cannot inline a {tag} that contains '</{tag}' or '<!--'")
    return text


def _content_security_policy(scripts: list[str]) -> str:
    """Allow exactly the page's own scripts, inline styles and data: images; nothing else."""
    hashes = " ".join(
        "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode("ascii") + "'"
        for s in scripts
    )
    return (
        "default-src 'none'; "
        f"script-src {hashes}; "
        "style-src 'unsafe-inline'; "
        "img-src data: blob:; "
        "font-src data:; "
        "connect-src 'none'; "
        "base-uri 'none'; "
        "form-action 'none'"
    )


def _script_json(data: Any) -> str:
    """JSON that is safe as the text of a ``<script type="application/json">``.

    >>> _script_json({"e": "</script><b>&\u2028"})
    '{"e":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=_plain)
    return text.translate(_SCRIPT_JSON_ESCAPES)


def _plain(value: Any) -> Any:
    """JSON fallback for values networkx attributes may hold."""
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


# ---------------------------------------------------------------------- helpers


def _kind(attrs: Mapping[str, Any]) -> str:
    return "Service" if attrs.get("kind") == "Service" else "Organization"


def _text(value: Any) -> str | None:
    """A clean string (lone surrogates replaced), or None for empty values."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text or None


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edge_ids(graph: nx.MultiDiGraph) -> list[str]:
    """The fact IRI of each edge, made unique should two edges share a key."""
    seen: set[str] = set()
    ids = []
    for _u, _v, key in graph.edges(keys=True):
        candidate, n = str(key), 1
        while candidate in seen:
            n += 1
            candidate = f"{key}#{n}"
        seen.add(candidate)
        ids.append(candidate)
    return ids
