"""Keywords of a SPARQL text, for what `kg query` refuses: SERVICE (pyoxigraph would send an HTTP request to any
host the query names, and it has no option to turn that off) and updates (INSERT, DELETE, LOAD ...).

A small lexer, hand-written because pyoxigraph exposes no parse tree and rdflib's parser reads a different
dialect: strings, IRIs and comments are skipped, so a keyword inside them does not count; prefixed names and
variables ("ex:service", "?service") are whole tokens. Codepoint escapes (\\u0053ERVICE) are read both as
written and decoded, so a parser that decodes them (SPARQL 1.1, 19.2) cannot be fooled either."""
from __future__ import annotations

import re

from kg.errors import KgError

TOKEN = re.compile(r'''
    "{3}(?:[^"\\]|\\.|"(?!""))*"{3} | '{3}(?:[^'\\]|\\.|'(?!''))*'{3}     # long strings
  | "(?:[^"\\\n\r]|\\.)*" | '(?:[^'\\\n\r]|\\.)*'                          # strings
  | <[^<>"{}|^`\\\x00-\x20]*>                                             # IRIs
  | \#[^\n\r]*                                                            # comments
  | [?$][\w\u00b7\u0300-\u036f\u203f\u2040]*                               # variables
  | [\w:%\\-][\w:.%\\-]* | \S                                             # names and keywords, marks
''', re.VERBOSE | re.DOTALL)
ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
UPDATES = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


def _decoded(sparql: str) -> str:
    return ESCAPE.sub(lambda m: chr(min(int(m.group(1) or m.group(2), 16), 0x10FFFF)), sparql)


def keywords(sparql: str) -> set[str]:
    """The bare words of the query (upper case), read as written and with codepoint escapes decoded."""
    return {m.group().upper() for text in (sparql, _decoded(sparql)) for m in TOKEN.finditer(text)
            if m.group()[0] not in "\"'<#?$"}


def refuse_service(sparql: str) -> None:
    """KgError when the query has a SERVICE clause: kg query never connects anywhere."""
    if "SERVICE" in keywords(sparql):
        raise KgError("SERVICE is not allowed: kg query answers from the graph alone and connects to no server")


def update_message(sparql: str) -> str | None:
    """For a text pyoxigraph did not parse as a query: the message to give when it is an update."""
    found = sorted(keywords(sparql) & UPDATES)
    if found:
        return f"updates ({', '.join(found)}) are not allowed: kg query only reads the graph"
    return None
