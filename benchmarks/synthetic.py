"""A synthetic KnowledgeGraph of a chosen size, shaped like a real build: entities of every class with
English, Vietnamese and multilingual alternative labels; facts that fit the ontology's domains and ranges,
each with sentence-level evidence in one of many documents; a few event dates."""
from __future__ import annotations

import random

from kg.graph import KnowledgeGraph
from kg.graph.knowledge_graph import SourceDocument
from kg.model import LANGUAGES, Evidence, Fact, Triple
from kg.ontology import ontology
from kg.resolve import Entity

# the words labels and sentences are made of: Cyrillic, Vietnamese diacritics, quotes and guillemets included
WORDS = ["Cao Bằng", "В'єтнам", "Гуансі", "«м’який бар’єр»", "współpraca", "Zusammenarbeit", "coopération",
         "hợp tác", "province", "trade", "\"fair\"", "investment", "Ханой", "Đà Nẵng", "border", "forum"]
ALT_LABELS = 6          # per entity, as in the corpus build (~17 per lexicon entity, ~6 per pattern entity)
TRIPLES_PER_ENTITY = 4 + ALT_LABELS    # type, rdfs:label @en and @vi, skos:prefLabel, alt labels
TRIPLES_PER_FACT = 1 + 10              # the fact and one evidence statement of ten triples


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def synthetic_graph(triples: int, seed: int = 7) -> KnowledgeGraph:
    """About `triples` RDF triples: a fifth entity descriptions, the rest facts with their evidence."""
    rng = random.Random(seed)
    onto = ontology()
    classes = sorted({c for r in onto.relations.values() for c in r.domain | r.range} & onto.classes - {"Document"})
    n_entities = max(len(classes), triples // 5 // TRIPLES_PER_ENTITY)
    n_facts = max(1, (triples - n_entities * TRIPLES_PER_ENTITY) // TRIPLES_PER_FACT)
    entities: dict[str, Entity] = {}
    by_class: dict[str, list[str]] = {c: [] for c in classes}
    for i in range(n_entities):
        cls = classes[i % len(classes)]
        entity_id = f"{cls.lower()}-{i}"
        en = f"{cls} {i} {_text(rng, 2)}"
        alt = {(f"{_text(rng, 2)} {i}", rng.choice(LANGUAGES)) for _ in range(ALT_LABELS)}
        entities[entity_id] = Entity(entity_id, cls, en, f"{_text(rng, 2)} {i}", alt)
        by_class[cls].append(entity_id)
    documents = [SourceDocument(f"doc-{d:05d}", f"doc-{d:05d}.txt", rng.choice(LANGUAGES), 20_000)
                 for d in range(max(1, n_facts // 100))]
    relations = sorted(onto.relations.values(), key=lambda r: r.name)
    # the relations of the contract: object properties between entity classes (not the background
    # mergedInto), and the one dated property
    relations = [r for r in relations if r.name != "mergedInto" and r.domain <= set(classes)
                 and (r.name == "heldOn" or (not r.datatype and r.range <= set(classes)))]
    facts: list[Fact] = []
    for i in range(n_facts):
        rel = relations[i % len(relations)]
        subject = rng.choice(by_class[rng.choice(sorted(rel.domain & set(classes)))])
        if rel.datatype:
            triple = Triple(subject, rel.name, f"20{rng.randint(10, 30)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", True)
        else:
            triple = Triple(subject, rel.name, rng.choice(by_class[rng.choice(sorted(rel.range & set(classes)))]))
        doc = rng.choice(documents)
        start = rng.randint(0, 19_000)
        sentence = _text(rng, 25)
        facts.append(Fact(triple, Evidence(doc.id, doc.lang, sentence, start, start + len(sentence),
                                           "rule:synthetic", round(rng.uniform(0.5, 1.0), 2))))
    return KnowledgeGraph(entities, facts, documents)
