"""neo4j-csv/: the graph as CSV files for `neo4j-admin database import full` (an offline bulk load into a new
database, much faster than Cypher for large graphs; the command is in the README and in IMPORT below).

- documents.csv      `id:ID(Document)`, `:LABEL` (Document), then the document properties;
- entities.csv       `id:ID(Entity)`, `:LABEL` (Entity and the class), then the properties in name order:
                     class, dates (`heldOn:date`), iri, name, name_vi, `names_<lang>:string[]`;
- relationships.csv  `:START_ID(Entity)`, `:END_ID(Entity)`, `:TYPE`, then the evidence properties;
- evidence.csv       `id:ID(Evidence)`, `:LABEL` (Evidence), then the evidence properties;
- mentions.csv, from_document.csv, subject.csv, object.csv: the provenance relationships, one file per
                     type, `:START_ID(<start label>)`, `:END_ID(<end label>)`, `:TYPE`, then their properties.

Nodes and relationships carry exactly the properties of the Cypher script (kg/export/property_graph.py).
Headers are typed (`:long`, `:double`, `:date`, `[]` for arrays); arrays and multiple labels are joined
with ARRAY_DELIMITER, a control character no text of the graph holds (checked), since names and sentences
may contain `;`, `|` or `,`. Fields are quoted as RFC 4180 says (Python's csv module) and may span lines."""
from __future__ import annotations

import csv
import datetime
from collections import defaultdict
from pathlib import Path

from kg.errors import KgError
from kg.export.property_graph import (PROVENANCE, date_rows, document_rows, entity_rows, evidence_rows,
                                     provenance_rows, relationship_rows)
from kg.graph import KnowledgeGraph

ARRAY_DELIMITER = "\x1f"           # U+001F UNIT SEPARATOR: --array-delimiter=U+001F
LINK_FILES = {link: f"{link[1].lower()}.csv" for link in PROVENANCE}
FILES = ("documents.csv", "entities.csv", "relationships.csv", "evidence.csv", *LINK_FILES.values())
# run in the folder that holds neo4j-csv/ (Neo4j 5.19 and later want the database name first)
IMPORT = ("neo4j-admin database import full neo4j --nodes=neo4j-csv/documents.csv --nodes=neo4j-csv/entities.csv "
          "--nodes=neo4j-csv/evidence.csv --relationships=neo4j-csv/relationships.csv "
          + "".join(f"--relationships=neo4j-csv/{name} " for name in LINK_FILES.values())
          + "--array-delimiter=U+001F --multiline-fields=true --overwrite-destination=true")

_SCALAR_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (datetime.date, "date"), (str, "string"))


def _type(value) -> str:
    """The CSV header type of a property value (`string[]` for a list of strings)."""
    if isinstance(value, list):
        return _type(value[0]) + "[]" if value else "string[]"
    for python_type, name in _SCALAR_TYPES:
        if isinstance(value, python_type):
            return name
    raise TypeError(f"no neo4j-admin type for {type(value).__name__}")


def _cell(value) -> str:
    """A property value as neo4j-admin reads it back (arrays joined by ARRAY_DELIMITER)."""
    if isinstance(value, list):
        items = [_cell(v) for v in value]
        if any(ARRAY_DELIMITER in item for item in items):
            raise KgError(f"a text holds U+001F, the CSV array delimiter: {items!r}")
        return ARRAY_DELIMITER.join(items)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value if isinstance(value, str) else repr(value)


def _columns(props: list[dict]) -> dict[str, str]:
    """Property name → typed header, for every property any row has, in sorted order."""
    types: dict[str, str] = {}
    for row in props:
        for key, value in row.items():
            kind = _type(value)
            if types.setdefault(key, kind) != kind:
                raise KgError(f"property {key!r} has values of types {types[key]} and {kind}")
    return {key: f"{key}:{types[key]}" for key in sorted(types)}


def _write(path: Path, leading: list[str], rows: list[tuple[list[str], dict]]) -> None:
    """One CSV file: the leading columns (ids, labels, type) then one typed column per property."""
    columns = _columns([props for _, props in rows])
    with path.open("w", encoding="utf-8", newline="") as f:
        # CRLF as RFC 4180 has it: the writer then quotes every field holding \r or \n (with "\n" a lone \r
        # would go out unquoted and end the record)
        writer = csv.writer(f, lineterminator="\r\n")
        writer.writerow(leading + list(columns.values()))
        for cells, props in rows:
            writer.writerow(cells + [_cell(props[key]) if key in props else "" for key in columns])


def write_neo4j_csv(graph: KnowledgeGraph, path: Path) -> None:
    """Write the folder `path` with documents.csv, entities.csv and relationships.csv."""
    path.mkdir(parents=True, exist_ok=True)
    _write(path / "documents.csv", ["id:ID(Document)", ":LABEL"],
           [([row["id"], "Document"], row["props"]) for row in document_rows(graph)])
    dates: dict[str, dict] = defaultdict(dict)
    for prop, rows in date_rows(graph).items():
        for row in rows:
            try:
                dates[row["id"]][prop] = datetime.date.fromisoformat(row["date"])
            except ValueError:
                raise KgError(f"{row['id']} {prop}: {row['date']!r} is not a date (YYYY-MM-DD)") from None
    entities = []
    for label, rows in entity_rows(graph).items():
        for row in rows:
            labels = ARRAY_DELIMITER.join(["Entity", label])
            entities.append(([row["id"], labels], {**row["props"], **dates[row["id"]]}))
    _write(path / "entities.csv", ["id:ID(Entity)", ":LABEL"], entities)
    _write(path / "relationships.csv", [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE"],
           [([row["s"], row["o"], rtype], row["props"]) for rtype, rows in relationship_rows(graph).items()
            for row in rows])
    _write(path / "evidence.csv", ["id:ID(Evidence)", ":LABEL"],
           [([row["id"], "Evidence"], row["props"]) for row in evidence_rows(graph)])
    for (start, rtype, end), rows in provenance_rows(graph).items():
        _write(path / LINK_FILES[(start, rtype, end)], [f":START_ID({start})", f":END_ID({end})", ":TYPE"],
               [([row["s"], row["o"], rtype], row["props"]) for row in rows])
