"""`kg viz`'s page: one HTML file that draws the graph with vis-network, offline.

pyvis holds the nodes and edges and ships vis-network; the page template is our own because pyvis's
(even with cdn_resources="in_line") still links Bootstrap from a CDN and a `../node_modules` path,
and has no legend. Here vis-network's script and style sheet are copied into the page, so it opens
from a file, with no network, anywhere.
"""
from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kg.errors import KgError
from kg.graph import KnowledgeGraph
from kg.model import Triple
from kg.ontology import ontology
from kg.viz.style import class_colour, style

MAX_NAMES = 6          # other names per language in a node's tooltip
MAX_EVIDENCE = 5       # sentences listed in an edge's tooltip


def vis_network_assets() -> tuple[str, str]:
    """(script, style sheet) of the newest vis-network that pyvis ships."""
    lib = files("pyvis") / "templates" / "lib"
    versions = sorted((d for d in lib.iterdir() if d.name.startswith("vis-")),
                      key=lambda d: tuple(int(p) for p in d.name[4:].split(".") if p.isdigit()))
    if not versions:
        raise KgError("pyvis ships no vis-network script: reinstall pyvis")
    newest = versions[-1]
    return ((newest / "vis-network.min.js").read_text(encoding="utf-8"),
            (newest / "vis-network.css").read_text(encoding="utf-8"))


def node_tooltip(graph: KnowledgeGraph, view: nx.MultiDiGraph, node: str, values: list[Triple]) -> str:
    """Name, Vietnamese name, class, other names per language, datatype facts (`values`, e.g. heldOn)."""
    entity = graph.entities[node]
    vi = f" ({entity.vi})" if entity.vi and entity.vi != entity.en else ""
    lines = [f"{entity.en}{vi} · {entity.cls}"]
    by_lang: dict[str, list[str]] = {}
    for text, lang in sorted(entity.alt_labels):
        if text not in (entity.en, entity.vi):
            by_lang.setdefault(lang or "?", []).append(text)
    for lang, names in sorted(by_lang.items()):
        more = f" and {len(names) - MAX_NAMES} more" if len(names) > MAX_NAMES else ""
        lines.append(f"{lang}: {', '.join(names[:MAX_NAMES])}{more}")
    lines += [f"{triple.predicate}: {triple.object}" for triple in values]
    lines.append(f"{view.degree(node)} facts drawn · id {node}")
    return "\n".join(lines)


def edge_tooltip(graph: KnowledgeGraph, source: str, target: str, relation: str) -> str:
    """The fact and the sentences it was read from, each with its language, document, offsets, extractor."""
    evidence = graph.evidence[Triple(source, relation, target)]
    lines = [f"{graph.entities[source].en} —{relation}→ {graph.entities[target].en}"]
    for ev in evidence[:MAX_EVIDENCE]:
        lines += ["", f"[{ev.lang}] {ev.doc_id}, characters {ev.start}–{ev.end}, {ev.extractor}, "
                      f"confidence {ev.confidence:g}", f"“{ev.sentence}”"]
    if len(evidence) > MAX_EVIDENCE:
        lines += ["", f"and {len(evidence) - MAX_EVIDENCE} more sentences"]
    return "\n".join(lines)


def network(graph: KnowledgeGraph, view: nx.MultiDiGraph) -> Network:
    """The view as a pyvis Network: nodes coloured by class and sized by degree, edges labelled by
    relation (no arrow for symmetric relations), evidence in the tooltips; sorted for a stable page."""
    net = Network(directed=True)
    net.options = style()["network"]
    values: dict[str, list[Triple]] = {}
    for triple in graph.evidence:
        if triple.literal:
            values.setdefault(triple.subject, []).append(triple)
    for node in sorted(view):
        entity = graph.entities[node]
        net.add_node(node, label=entity.en, color=class_colour(entity.cls), value=view.degree(node),
                     title=node_tooltip(graph, view, node, values.get(node, [])), cls=entity.cls)
    relations = ontology().relations
    for source, target, relation in sorted(view.edges(keys=True)):
        symmetric = relations[relation].symmetric if relation in relations else False
        net.add_edge(source, target, label=relation, arrows="" if symmetric else "to",
                     title=edge_tooltip(graph, source, target, relation), relation=relation)
    return net


SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                                "\u2029": "\\u2029"})


def _script_json(value) -> str:
    """JSON to put inside a <script> element, safe for any string: no "<", ">" or "&" can start a tag, a comment
    ("<!--<script>" would keep the element open) or a character reference, and U+2028/2029 are escaped too."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).translate(SCRIPT_ESCAPES)


def render_page(graph: KnowledgeGraph, view: nx.MultiDiGraph, title: str, subtitle: str = "") -> str:
    """The self-contained HTML page that draws `view` (a part of `graph`, from `select`)."""
    net = network(graph, view)
    nodes, edges, _, _, _, options = net.get_network_data()
    classes = [(cls, colour, sum(1 for n in nodes if n["cls"] == cls))
               for cls, colour in style()["classes"].items()]
    extra = sorted({n["cls"] for n in nodes} - set(style()["classes"]))
    classes += [(cls, class_colour(cls), sum(1 for n in nodes if n["cls"] == cls)) for cls in extra]
    relation_counts: dict[str, int] = {}
    for edge in edges:
        relation_counts[edge["relation"]] = relation_counts.get(edge["relation"], 0) + 1
    script, css = vis_network_assets()
    env = Environment(loader=PackageLoader("kg.viz", "templates"), autoescape=select_autoescape(["j2"]),
                      keep_trailing_newline=True)
    return env.get_template("page.html.j2").render(
        title=title, subtitle=subtitle, vis_js=script.replace("</script", "<\\/script"), vis_css=css,
        data=_script_json({"nodes": nodes, "edges": edges, "options": json.loads(options)}),
        classes=[c for c in classes if c[2]], relations=sorted(relation_counts.items()),
        nodes=len(nodes), edges=len(edges))


def write_page(html: str, path: Path) -> None:
    """Write the page whole or not at all (a temporary file beside it, then renamed)."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(path)
    except OSError as err:
        raise KgError(f"cannot write {path}: {err.strerror or err}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
