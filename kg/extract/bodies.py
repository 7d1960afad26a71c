"""Bodies named by a type and a place: "Ludowy Komitet prowincji Hung Yen" → Hung Yen People's
Committee; "koreanische Botschaft in Vietnam" → Korean Embassy in Vietnam."""
from __future__ import annotations

from kg.extract.lexicon import BODY_TYPE, DEMONYM, Entry, load_lexicon
from kg.model import Mention, Sentence

WINDOW = 3                # words allowed between the type and its place
HOST_CLASSES = {"Country", "Locality", "ForeignRegion"}    # where a mission is: "in Vietnam", "in Da Nang"
HOME = "vietnam"          # the host of a mission named without one


def _near(mentions: list[Mention], anchor: Mention, classes: set[str], after: bool) -> Mention | None:
    if after:
        cands = [m for m in mentions if m.cls in classes and 0 < m.first - anchor.last <= WINDOW]
        return min(cands, key=lambda m: m.first, default=None)
    cands = [m for m in mentions if m.cls in classes and 0 < anchor.first - m.last <= 1]
    return max(cands, key=lambda m: m.last, default=None)


def _country_name(entity_id: str) -> str:
    entry = load_lexicon()[entity_id]
    return (entry.adjectives.get("en") or (entry.en,))[0]


def is_city(locality: Entry) -> bool:
    """True for a centrally-run city ("thành phố Cần Thơ"), False for a province."""
    return locality.en.endswith("City") or any(n.lower().startswith(("thành phố", "tp")) for n in locality.names.get("vi", ()))


def body_labels(body_type: Entry, locality: Entry) -> tuple[str, str | None]:
    """The English and Vietnamese labels of a province's or city's body of a type: "Ha Tinh Provincial People's
    Committee" / "Ủy ban nhân dân tỉnh Hà Tĩnh", "Can Tho City People's Committee"."""
    city = is_city(locality)
    template = (body_type.template_city if city and body_type.template_city else body_type.template) \
        or "{locality} " + body_type.en
    if locality.en.endswith(" City"):
        template = template.replace("{locality} City ", "{locality} ")    # "Ho Chi Minh City People's Committee"
    vi = None
    if body_type.vi_template and locality.vi:
        own = locality.vi.lower().startswith(("thành phố", "tỉnh"))      # "Thành phố Hồ Chí Minh"
        kind = "" if own else "thành phố" if city else "tỉnh"
        vi = " ".join(body_type.vi_template.format(kind=kind, locality=locality.vi).split())
    return template.format(locality=locality.en), vi


def find_bodies(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """One GovernmentBody (or Organization) mention per body type with a place next to it."""
    lexicon = load_lexicon()
    out: list[Mention] = []
    for typ in (m for m in mentions if m.cls == BODY_TYPE):
        entry = lexicon[typ.entity_id]
        vi = None
        template = entry.template or "{locality} " + entry.en
        if "{country}" in template:
            country = _near(mentions, typ, {"Country", DEMONYM}, after=False)
            if country is not None and sentence.gap(country.last, typ.first).strip():
                country = None      # "… tại Việt Nam, Đại sứ quán Hàn Quốc": the comma ends the name before
            country = country or _near(mentions, typ, {"Country", DEMONYM}, after=True)
            if not country:
                continue
            host = _near(mentions, country if country.first > typ.last else typ, HOST_CLASSES, after=True)
            # "посольств Японии, Республики Корея и России": a country listed after it is no host; one after a
            # place preposition is ("in Hanoi", "в Дананге", "w Hanoi")
            host = host if host is not None and host is not country and _after_preposition(sentence, host) else None
            host_id = host.entity_id if host else HOME
            first, last = min(typ.first, country.first), max(typ.last, country.last, host.last if host else 0)
            label = template.format(country=_country_name(country.entity_id), host=lexicon[host_id].en
                                    if host_id in lexicon else host_id)
            entity_id = f"{entry.id}-of-{country.entity_id}-in-{host_id}"
            place_id = host_id if host_id in lexicon else None     # a mission lies in its host country or city
            if host is None and country.first > typ.last:
                out += _listed_missions(sentence, mentions, entry, template, country)
        else:
            place = _near(mentions, typ, {"Locality"}, after=True) or _near(mentions, typ, {"Locality"}, after=False)
            if not place:
                continue
            first, last = min(typ.first, place.first), max(typ.last, place.last)
            label, vi = body_labels(entry, lexicon[place.entity_id])
            entity_id = f"{place.entity_id}-{entry.id}"
            place_id = place.entity_id
        out.append(Mention(sentence, first, last, entity_id, entry.cls, "pattern:body", en=label, vi=vi, place=place_id))
    return out


def _listed_missions(sentence: Sentence, mentions: list[Mention], entry: Entry, template: str,
                     country: Mention) -> list[Mention]:
    """The missions of the countries listed after the first: "посольств Японии, Республики Корея и Российской
    Федерации" are three embassies in Vietnam, each named by its country's words."""
    from kg.profile import profile

    lexicon = load_lexicon()
    joiners = {w.lower() for w in profile(sentence.lang).patterns.list_separators}
    out, prev, closed = [], country, False
    for m in (m for m in mentions if m.first > country.last):
        words = [w.norm for w in sentence.words[prev.last + 1:m.first]]
        gap = sentence.gap(prev.last, m.first).strip() if not words else ""
        if m.cls != "Country" or m.entity_id == HOME or "(" in sentence.gap(prev.last, m.first) \
                or not (gap == "," or words and all(w in joiners for w in words)):
            break
        label = template.format(country=_country_name(m.entity_id), host=lexicon[HOME].en)
        out.append(Mention(sentence, m.first, m.last, f"{entry.id}-of-{m.entity_id}-in-{HOME}", entry.cls,
                           "pattern:body", en=label, place=HOME))
        prev, closed = m, bool(words)
    return out if closed else []        # a list "и" closes, not an aside after a comma


def _after_preposition(sentence: Sentence, m: Mention) -> bool:
    """True when a place preposition of the sentence's language stands right before mention `m`."""
    from kg.profile import profile

    return m.first > 0 and sentence.words[m.first - 1].norm in profile(sentence.lang).patterns.place_prepositions


COUNTERPART_PLACES = {"Country", "ForeignRegion"}
MAX_CONNECTORS = 2        # "of the" between a body and its place


def _connected(sentence: Sentence, left: Mention, right: Mention) -> bool:
    """True when only "of the", "des", "de la" (or nothing, a genitive) stand between two mentions."""
    from kg.profile import profile

    pat = profile(sentence.lang).patterns
    allowed = {w.lower() for w in pat.role_connectors + pat.articles}
    between = [w.norm.rstrip("'’") for w in sentence.words[left.last + 1:right.first]]
    gap = sentence.gap(left.last, right.first) if not between else ""
    return len(between) <= MAX_CONNECTORS and all(w in allowed for w in between) and not gap.strip(" ")


def foreign_counterparts(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A body of Vietnam's state named with another country or region is that place's own body:
    "Министерство промышленности и торговли Республики Татарстан" → Ministry of Industry and Trade of Tatarstan,
    "правительство Свердловской области", "the Japanese Government", "Chính phủ Nhật Bản". One id per body and
    place (`<body>-of-<place>`), so the same body named in two languages is one node."""
    lexicon = load_lexicon()
    out: list[Mention] = []
    for body in (m for m in mentions if m.source == "lexicon" and m.cls == "GovernmentBody"):
        entry = lexicon.get(body.entity_id)
        if entry is None or entry.part_of != "vietnam":
            continue
        after = next((m for m in mentions if m.first > body.last), None)
        before = next((m for m in reversed(mentions) if m.last < body.first), None)
        place = None
        longer = body.first == body.last and body.first > 0 and sentence.words[body.first - 1].is_capitalised
        if before is not None and before.cls == DEMONYM and before.last + 1 == body.first:
            place = before      # "японское правительство", "the Japanese Government"
        elif longer:
            continue            # "People's Government of Guangxi": a longer name, kg.extract.organisations' to find
        elif after is not None and after.cls in COUNTERPART_PLACES and _connected(sentence, body, after):
            place = after
        elif after is not None and after.cls == DEMONYM and after.first == body.last + 1:
            place = after       # "le gouvernement japonais"
        if place is None or place.entity_id == "vietnam":
            continue
        where = lexicon.get(place.entity_id)
        name = entry.en.removesuffix(" of Vietnam").removesuffix(" of Viet Nam")
        label = f"{name} of {_country_name(place.entity_id) if place.cls == DEMONYM else where.en if where else place.entity_id}"
        first, last = min(body.first, place.first), max(body.last, place.last)
        out.append(Mention(sentence, first, last, f"{entry.id}-of-{place.entity_id}", "GovernmentBody", "pattern:body",
                           en=label, place=place.entity_id, written=_dictionary_form(sentence, first, last, body)))
    return out


def _dictionary_form(sentence: Sentence, first: int, last: int, body: Mention) -> str | None:
    """ru, uk: the name in the nominative, its head the body's first word, or its last after an adjective
    ("Министерством ... Республики Татарстан" → "Министерство ...", "японским правительством" → "японское
    правительство"); pl and de by their name forms; None in languages with neither."""
    from kg.extract.name_forms import nominative_name
    from kg.extract.organisations import nominative
    from kg.profile import profile

    head = body.first if body.first == first else body.last
    if profile(sentence.lang).morphology.lemmatiser != "pymorphy3":
        return nominative_name(sentence, first, last, head)     # pl, de by their name forms; None elsewhere
    return nominative(sentence, first, last, head)
