"""Structural rules: facts a sentence states by its shape, not by a trigger word: a title before or
after a name, a parenthesis, an event's place and date, a container in a name, "Resolution 59 of the Politburo"."""
from __future__ import annotations

import re

from kg.analyse.normalise import POSSESSIVE, is_acronym
from kg.extract import anaphora, demonyms, positions
from kg.extract.bodies import body_labels
from kg.extract.capitals import capital_hits
from kg.extract.companies import SOURCE as COMPANY_SOURCE
from kg.extract.context import CONTAINED_CLASSES, NATIONAL_CLASSES, SEATED_CLASSES, SentenceContext
from kg.extract.gazetteer import gazetteer
from kg.extract.lexicon import DEMONYM, load_lexicon, named_container
from kg.extract.place_nouns import place_nouns
from kg.extract.organisations import based_on
from kg.extract.positions import TitleChain
from kg.model import IMPLIED, Mention
from kg.profile import profile

GENERIC_BODY_WORDS = {"ministry", "of", "the", "and", "vietnam", "committee", "office", "state"}


def _names_body(position: str, body: str) -> bool:
    """True when the title names its body: "Deputy Minister of Foreign Affairs" names the
    Ministry of Foreign Affairs; "Prime Minister" does not name the Government."""
    distinctive = [w for w in body.lower().split() if w not in GENERIC_BODY_WORDS]
    return bool(distinctive) and all(w in position.lower().split() for w in distinctive)


def titles(ctx: SentenceContext) -> None:
    """"Deputy Minister of Foreign Affairs Ngo Le Van", "Bui Thanh Son, Minister of ...", "the ambassador of
    France to Vietnam, Olivier Brochet": the person holds the office the title chain names (a role with
    what it is the role of, kg/extract/positions.py) and is a member of the body it names."""
    by_last: dict[int, TitleChain] = {}
    by_first: dict[int, TitleChain] = {}
    articles = frozenset(profile(ctx.s.lang).patterns.articles)
    for chain in ctx.title_chains:
        if chain.last not in by_last or chain.first < by_last[chain.last].first:
            by_last[chain.last] = chain
        by_first.setdefault(chain.first, chain)
    for person in (m for m in ctx.mentions if m.cls == "Person"):
        found: list[TitleChain] = []
        place = None
        end = person.first - 1
        if end > 0 and ctx.s.words[end].norm in ctx.rules.honorifics and not ctx.s.gap(end, person.first).strip(" ."):
            end -= 1        # "..., Mme Hélène Rouquette"
        if end not in by_last:
            before = [m for m in ctx.mentions if m.cls == "Locality" and m.last == end]
            if before and before[-1].first - 1 in by_last:
                place = before[-1]      # "Секретар партії провінції Цао Банг Куан Мінь Куонг"
                end = place.first - 1
        if end not in by_last and ctx.s.gap(end, person.first).strip() == ",":
            end = _past_unknown_anchor(ctx, end, by_last)   # "le vice-préfet de Honghe, Li Wei"
        while end in by_last:
            chain = by_last[end]
            gap = ctx.s.gap(chain.last, found[-1].first if found else end + 1).strip()
            if gap not in ("", ",") and gap.lower() not in ctx.rules.list_words:
                break
            found.append(chain)
            end = chain.first - 1
        after = by_first.get(person.last + 1)
        if after is None and person.last + 2 in by_first and ctx.s.words[person.last + 1].norm in articles:
            after = by_first[person.last + 2]       # "mit Vo Thanh Tung, dem Vizevorsitzenden des Volkskomitees"
        if after is not None and ctx.s.gap(person.last, person.last + 1).strip() == "," \
                and not ctx.s.gap(person.last + 1, after.first).strip(" ") and not _heads_a_name(ctx, after):
            found.append(after)
        for chain in found:
            _holds(ctx, person, chain, place)


MAX_UNKNOWN_ANCHOR = 4     # words of a name no mention covers between a role and the comma before its holder


def _past_unknown_anchor(ctx: SentenceContext, end: int, by_last: dict[int, TitleChain]) -> int:
    """The last word of a role before a connector and capitalised words that its title chain did not take in,
    ending at word `end` ("vice-préfet" + "de Honghe", "Landrat" + "des Landkreises Reutlingen"): the holder
    holds the role itself; `end` when there is no such role."""
    ws, connectors = ctx.s.words, positions.connector_words(ctx.s.lang)
    covered = {k for m in ctx.mentions if m.cls in ("Person", "Position") for k in range(m.first, m.last + 1)}
    if not ws[end].is_capitalised or end in covered:
        return end
    for k in range(end - 1, max(-1, end - MAX_UNKNOWN_ANCHOR - 1), -1):
        if k in covered or ctx.s.gap(k, k + 1).strip():
            return end
        if ws[k].norm in connectors and k - 1 in by_last and by_last[k - 1].anchor is None:
            return k - 1
        if not (ws[k].is_capitalised or ws[k].norm in connectors):
            return end
    return end


def _heads_a_name(ctx: SentenceContext, chain: TitleChain) -> bool:
    """True when a person's name follows the title: "A, Minister of X B" gives the title to B, not A."""
    return any(m.cls == "Person" and m.first == chain.last + 1 and ctx.s.gap(chain.last, m.first).strip() in ("", ",")
               for m in ctx.mentions)


def _composable(role: Mention, anchor: Mention | None = None) -> bool:
    """True for a role that an anchor completes ("ambassador" + "of France"); a lexicon office that names
    its own body ("Deputy Minister of Foreign Affairs", "Provincial Party Secretary") stands as it is, unless the
    anchor is a body of a place abroad ("заместитель премьер-министра Правительства Республики Башкортостан": the
    Deputy Prime Minister of that government, not Vietnam's)."""
    lexicon = load_lexicon()
    entry = lexicon.get(role.entity_id)
    if role.source == positions.SOURCE or (entry is not None and entry.body is None):
        return True
    place = lexicon.get(anchor.place) if anchor is not None and anchor.place else None
    return place is not None and place.cls == "ForeignRegion" and anchor.cls in positions.BODY_CLASSES \
        and anchor.entity_id != entry.body


def _holds(ctx: SentenceContext, person: Mention, chain: TitleChain, place: Mention | None) -> None:
    """holdsPosition and memberOf for a person and the title chain next to it."""
    office = chain.office() if _composable(chain.role, chain.anchor) else None
    if office is None and place is None and chain.anchor is not None and chain.anchor.cls == "Locality":
        place = chain.anchor        # "Provincial Party Secretary of Cao Bang"
    if office is not None:
        ctx.implied.append(office)
        ctx.add(person, "holdsPosition", office, "rule:title", 0.85)
        if chain.anchor.cls in positions.BODY_CLASSES:
            ctx.add(person, "memberOf", _parent(ctx, chain.anchor), "rule:title", 0.8)
        return
    ctx.add(person, "holdsPosition", chain.role, "rule:title", 0.9)
    body = _body_of(ctx, chain.role, place)
    if body is not None:
        ctx.add(person, "memberOf", body, "rule:title", 0.85)
    if body is not None and place is not None and (body.cls not in SEATED_CLASSES or _hosted(ctx, body)):
        ctx.add(body, "locatedIn", place, "rule:container-in-name", 0.75)


def _parent(ctx: SentenceContext, body: Mention) -> Mention:
    """The organisation a discovered name is an office of, when the lexicon knows one inside it ("l'agence de
    l'AFD au Vietnam", "Biuro Handlowe PAIH w Hanoi": the director is AFD's, PAIH's); else `body`."""
    if body.entity_id in load_lexicon():
        return body
    inner = [m for m in gazetteer().find(ctx.s) if m.cls in positions.BODY_CLASSES
             and body.first < m.first and m.last <= body.last     # not its head ("Government of Krasnoyarsk Krai")
             and (m.last > m.first or is_acronym(ctx.s.words[m.first].text))]    # nor a common noun ("People's Government")
    return inner[-1] if inner else body


def _body_of(ctx: SentenceContext, title: Mention, place: Mention | None) -> Mention | None:
    """The body a title names: "Minister of Foreign Affairs" → the ministry; a provincial title
    with its province → that province's body ("Cao Bang Provincial Party Committee")."""
    lexicon = load_lexicon()
    entry = lexicon.get(title.entity_id)
    body = lexicon.get(entry.body) if entry and entry.body else None
    if body is None:
        return None
    if body.template:
        if place is None:
            return None
        label, vi = body_labels(body, lexicon[place.entity_id])
        implied = Mention(ctx.s, title.first, place.last, f"{place.entity_id}-{body.id}", body.cls, IMPLIED,
                          en=label, vi=vi, place=place.entity_id)
        ctx.implied.append(implied)
        return implied
    if _names_body(entry.en, body.en):
        return Mention(ctx.s, title.first, title.last, body.id, body.cls, "lexicon")
    return None


def parentheses(ctx: SentenceContext) -> None:
    """"Guangxi (China)" → Guangxi locatedIn China; an event's place is heldIn's business, not this rule's."""
    for a, b in zip(ctx.mentions, ctx.mentions[1:]):
        # a closing quote may end the name first: "«Алтайские травы» (Барнаул)"
        if a.cls != "Event" and ctx.s.gap(a.last, b.first).strip().lstrip(".").strip(" »”“\"'’") == "(" \
                and b.in_brackets:
            ctx.add(a, "locatedIn", b, "rule:parenthesis", 0.9)


OPENING_REFERENCE = 1      # words before an event reference that is its sentence's subject ("The conference")


def event_places(ctx: SentenceContext) -> None:
    """An event's place ("... in Can Tho") and date in the same sentence; when none follows it, a
    place or date just before it in the same clause ("20 marca w Binh Duong odbyło się Forum ...")."""
    places = ctx.allowed("heldIn", "range")
    dated = {k for d in ctx.dates for k in range(d.first, d.last + 1)}
    # a venue's name counts as one word: "on 7 November at the Moc Bai Border Gate Economic Zone in Tay Ninh"
    venued = {k for m in ctx.mentions if m.cls in VENUE_CLASSES and ctx.place_phrase(m.first - 2, m.first)
              for k in range(m.first + 1, m.last + 1)}

    def words_to(start: int, end: int) -> int:
        """Words from `start` to `end`, a date between them not counted ("s'est tenu le 1er octobre 2024 à")."""
        return end - start - sum(1 for k in range(start + 1, end) if k in dated or k in venued)

    for ev in (m for m in ctx.mentions if m.cls == "Event" and m.source != anaphora.RELATIVE):
        # "The conference, held in Quang Binh on 20 April": a reference opening its sentence is its subject;
        # one further on may be where someone spoke, not where the event was
        referred = ev.source == anaphora.SOURCE
        if referred and ev.first > OPENING_REFERENCE:
            continue
        # "на конференції виступив представник JETRO в Ханої Такеші Морі": a place in a title is not the venue
        after = [m for m in ctx.mentions if m.first > ev.last and m.cls in places and words_to(ev.last, m.first) <= 8
                 and ctx.place_phrase(max(ev.last + 1, m.first - 3), m.first) and ctx.holder(m, {"Person"}) is m]
        before = [m for m in ctx.mentions if m.last < ev.first and m.cls in places and words_to(m.last, ev.first) <= 5
                  and ctx.clause[m.last] == ctx.clause[ev.first] and ctx.place_phrase(m.first - 2, m.first)
                  and not referred]
        place = after[0] if after else (before[-1] if before else None) or _venue_place(ctx, ev, words_to)
        if place is not None:
            ctx.add(ev, "heldIn", place, "rule:event-place", 0.85 if after else 0.7)
        later = [d for d in ctx.dates if d.first > ev.last]
        earlier = [d for d in ctx.dates if d.last < ev.first and ctx.clause[d.last] == ctx.clause[ev.first]
                   and (ev.first - d.last <= 8 or _dateline(ctx, d)) and not referred]
        date = later[0] if later else (earlier[-1] if earlier else None)
        if date is not None:
            ctx.add(ev, "heldOn", None, "rule:event-date", 0.85 if later else 0.7, literal=date.entity_id)


VENUE_CLASSES = {"Project", "HeritageSite"}    # where an event may be held, inside a place
MAX_VENUE_GAP = 8


def _venue_place(ctx: SentenceContext, ev: Mention, words_to) -> Mention | None:
    """The locality of a known venue right after the event and a place preposition: "… năm 2025 vào ngày 26/10
    tại Hoàng thành Thăng Long" is held in Hanoi, where the citadel lies; None when there is no such venue."""
    lexicon = load_lexicon()
    venue = next((m for m in ctx.mentions if m.first > ev.last and m.cls in VENUE_CLASSES
                  and words_to(ev.last, m.first) <= MAX_VENUE_GAP and ctx.place_phrase(m.first - 2, m.first)), None)
    entry = lexicon.get(venue.entity_id) if venue is not None else None
    place = lexicon.get(entry.part_of) if entry is not None and entry.part_of else None
    if place is None or place.cls != "Locality" or ctx.clause[venue.first] != ctx.clause[ev.last]:
        return None
    return Mention(ctx.s, venue.first, venue.last, place.id, place.cls, "lexicon")


def _dateline(ctx: SentenceContext, date: Mention) -> bool:
    """True for the date of a dateline opening the sentence: "NAGOYA, 22 November 2024 – The committee today
    hosted ...": the day everything in the sentence happens."""
    return date.first <= 2 and date.last + 1 < len(ctx.s.words) \
        and ctx.s.gap(date.last, date.last + 1).strip() in ("–", "—", "-")


def _hosted(ctx: SentenceContext, body: Mention) -> bool:
    """True when a body's name says where it is, its place after a place preposition: "Embassy of France in
    Vietnam", "Đại sứ quán Việt Nam tại Hàn Quốc", "Konsulat Generalny RP w Ho Chi Minh City"."""
    return any(w.norm in ctx.rules.place_prepositions for w in ctx.s.words[body.first + 1:body.last])


def containers(ctx: SentenceContext) -> None:
    """A region, site, project or body named with its container in one sentence:
    "regions of China such as Fujian", "VSIP Bac Ninh", "Hung Yen People's Committee"."""
    lexicon = load_lexicon()
    present = {m.entity_id: m for m in ctx.mentions + ctx.place_adjectives if m.source != demonyms.SOURCE}
    for adjective in ctx.place_adjectives:
        place = demonyms.place_after(adjective, ctx.mentions)
        if place is not None:       # "Вьетнамская провинция Хатинь": the place of that country
            ctx.add(place, "locatedIn", adjective, "rule:container", 0.75)
    for m in ctx.mentions:
        if m.cls not in CONTAINED_CLASSES:
            continue
        entry = lexicon.get(m.entity_id)
        container = entry.part_of if entry else None
        if container in lexicon:
            inside = Mention(ctx.s, m.first, m.last, container, lexicon[container].cls, "lexicon")
            named = named_container(entry) is not None
            national = lexicon[container].cls == "Country" and m.cls in NATIONAL_CLASSES
            if container in present and not national:
                ctx.add(m, "locatedIn", present[container], "rule:container", 0.7)
            elif named and not national and m.cls not in SEATED_CLASSES:
                ctx.add(m, "locatedIn", inside, "rule:container-in-name", 0.75)
        elif m.place and m.source != anaphora.SOURCE and (m.cls not in SEATED_CLASSES or _hosted(ctx, m)):
            # a body implied by "UBND tỉnh" names no place itself; one named after its place ("Hung Yen
            # People's Committee") keeps that place as its seat, known from the name and not stated
            place = lexicon[m.place]
            ctx.add(m, "locatedIn", Mention(ctx.s, m.first, m.last, place.id, place.cls, "lexicon"),
                     "rule:container-in-name", 0.75)


SITED_CLASSES = {"Project", "HeritageSite", "Organization"}
PLACE_CLASSES = {"Locality", "ForeignRegion", "Country"}
ORGANISATION_SOURCE = "pattern:organisation"
DISCOVERED_SOURCES = {ORGANISATION_SOURCE, COMPANY_SOURCE}


AFFILIATED_CLASSES = {"Organization", "GovernmentBody"}


def affiliations(ctx: SentenceContext) -> None:
    """"der Generalkonsul Phan Đức Thắng vom Generalkonsulat …", "Kim Min-su of KOTRA", "Anna Nowak z PAIH": a person
    right before an affiliation word and a body or organisation is its member."""
    words = {tuple(w.split()) for w in profile(ctx.s.lang).patterns.affiliation_words}
    if not words:
        return
    ws = ctx.s.words
    for person, body in zip(ctx.mentions, ctx.mentions[1:]):
        between = tuple(w.norm for w in ws[person.last + 1:body.first])
        if person.cls == "Person" and body.cls in AFFILIATED_CLASSES and between in words \
                and not re.search(r"[,;:()–—]", ctx.s.gap(person.last, body.first)):
            ctx.add(person, "memberOf", body, "rule:affiliation", 0.7)


def settings(ctx: SentenceContext) -> None:
    """"Park Przemysłowy Yen Binh w prowincji Thai Nguyen", "the Harz University in Wernigerode": a project,
    site or newly found organisation and the place right after a place preposition lie there; "Ca Mau-based
    Minh Phu Seafood Corporation": an organisation after a place and "-based" lies there."""
    words = ctx.rules.place_prepositions | ctx.rules.articles
    for m, n in zip(ctx.mentions, ctx.mentions[1:]):
        if m.cls in PLACE_CLASSES and n.cls == "Organization" and n.first == m.last + 2 and based_on(ctx.s, m):
            ctx.add(n, "locatedIn", m, "rule:setting", 0.7)
            continue
        if m.cls not in SITED_CLASSES or n.cls not in PLACE_CLASSES or n.first - m.last - 1 not in (1, 2) \
                or m.cls == "Organization" and m.source != ORGANISATION_SOURCE:
            continue
        between = ctx.s.words[m.last + 1:n.first]
        if between[0].norm in ctx.rules.place_prepositions and all(w.norm in words for w in between) \
                and positions.words_only(ctx.s.gap(m.last, n.first)):
            ctx.add(m, "locatedIn", n, "rule:setting", 0.6)
    _opening_setting(ctx)
    origins = frozenset(profile(ctx.s.lang).patterns.origin_words)
    for m, n in zip(ctx.mentions, ctx.mentions[1:]):
        # "die Ostsee Windtechnik GmbH aus Rostock": a company no lexicon places is from the place after "aus"
        if m.cls == "Organization" and m.source in DISCOVERED_SOURCES and n.cls in PLACE_CLASSES \
                and n.first == m.last + 2 and ctx.s.words[m.last + 1].norm in origins \
                and positions.words_only(ctx.s.gap(m.last, n.first)):
            ctx.add(m, "locatedIn", n, "rule:origin", 0.6)


LISTED_SITES = {"Project", "HeritageSite"}
OPENING_WORDS = 3      # words before the place of a setting that opens its sentence ("In unserer Provinz")


def _opening_setting(ctx: SentenceContext) -> None:
    """"In unserer Provinz gibt es zwei Industrieparks, Song Hau und Tan Phu Thanh": the projects and sites a
    sentence names after the locality of its opening place phrase lie there, when it names no other place."""
    places = [m for m in ctx.mentions if m.cls in PLACE_CLASSES]
    if len(places) != 1 or places[0].cls != "Locality" or places[0].first > OPENING_WORDS \
            or ctx.s.words[0].norm not in ctx.rules.place_prepositions:
        return
    place = places[0]
    for m in ctx.mentions:
        if m.cls in LISTED_SITES and m.first > place.last and not any(
                t.subject == m.entity_id and t.predicate == "locatedIn" for t in ctx.facts):
            ctx.add(m, "locatedIn", place, "rule:setting", 0.55)


SITUATED_CLASSES = {"Locality", "ForeignRegion"}
APPOSITION_MARKS = (",", "–", "—", "-")
MAX_SITUATION_WORDS = 6      # words between a place and the region or country it is said to lie in
MAX_AFTER_LINK = 2           # words between the link and that region ("im vietnamesischen Mekong-Delta")


def situations(ctx: SentenceContext) -> None:
    """"Bac Lieu, a coastal province in the Mekong Delta", "Горная провинция Сонла на северо-западе Вьетнама",
    "die Provinz Vinh Long im vietnamesischen Mekong-Delta", "tỉnh ven biển thuộc vùng ...": a place, its class
    noun and a preposition (or, in an inflected language, the genitive right after the class noun) before a
    region, or before the country or region the lexicon puts it in, lie there."""
    lexicon = load_lexicon()
    nouns = place_nouns(ctx.s.lang)
    links = ctx.rules.place_prepositions | frozenset(profile(ctx.s.lang).patterns.container_links)
    ws = ctx.s.words
    named = [m for m in ctx.mentions if m.cls != DEMONYM and m.source not in (demonyms.SOURCE, demonyms.PLACE_SOURCE)]
    covered = {k for m in named for k in range(m.first, m.last + 1)}
    for m, n in zip(named, named[1:]):
        if m.cls not in SITUATED_CLASSES or n.first <= m.last or n.first - m.last - 1 > MAX_SITUATION_WORDS:
            continue
        if not (n.cls == "Region" and m.cls == "Locality" or n.entity_id in _containers(m, lexicon)):
            continue
        between = range(m.last + 1, n.first)
        # "an Ho-Chi-Minh-Stadt grenzende Provinz im Südosten": a verb between them, the class noun is another's
        if any(k in covered or ctx.trigger_words.get(k, "locatedIn") != "locatedIn" for k in between) \
                or not _apposition_gap(ctx, m, n):
            continue
        if n.last + 1 < len(ws) and nouns.is_class_noun(ws[n.last + 1], ctx.s.lang) \
                and ctx.s.gap(m.last, m.last + 1).strip() in APPOSITION_MARKS \
                and all(ws[k].norm in ctx.rules.articles for k in between):
            ctx.add(m, "locatedIn", n, "rule:situation", 0.7)     # "Ca Mau, a Mekong Delta province"
            continue
        link = max((k for k in between if ws[k].norm in links), default=None)
        # the class noun may be a reference to the place: "là tỉnh ven biển thuộc" ("tỉnh": the province named before)
        start = m.first if m.source == anaphora.SOURCE else m.last + 1
        classed = [k for k in range(start, n.first) if nouns.is_class_noun(ws[k], ctx.s.lang)]
        if link is None:
            genitive = profile(ctx.s.lang).morphology.inflected and classed and classed[-1] == n.first - 1
            if not genitive:
                continue
        elif n.first - link - 1 > MAX_AFTER_LINK or link > m.last + 1 and not any(k < link for k in classed) \
                or link == m.last + 1 and ws[link].norm not in ctx.rules.place_prepositions:
            continue
        ctx.add(m, "locatedIn", n, "rule:situation", 0.7)


HOLDING_CLASSES = {"ForeignRegion", "Region", "Locality", "Country"}
MAX_AFTER_CAPITAL = 2       # words between a capital noun and the region ("центрі префектури Ґумма", "of the")


def capitals(ctx: SentenceContext) -> None:
    """"Kiel, die Landeshauptstadt Schleswig-Holsteins", "в Куньмине, административном центре Юньнани",
    "Kunming, the capital of Yunnan": a place in apposition to a capital noun lies in the place the noun governs
    (the fact store drops one the lexicon puts in another country)."""
    lang = ctx.s.lang
    nouns = place_nouns(lang)
    ws = ctx.s.words
    joiners = ctx.rules.articles | frozenset(profile(lang).patterns.container_links) | nouns.connectors
    named = [m for m in ctx.mentions if m.cls != DEMONYM and m.source not in (demonyms.SOURCE, demonyms.PLACE_SOURCE)]
    for hit in capital_hits(ctx.s):
        before = [m for m in named if m.cls in SITUATED_CLASSES and m.last < hit.first]
        if not before:
            continue
        m = before[-1]
        if ctx.s.gap(m.last, m.last + 1).strip() not in APPOSITION_MARKS \
                or any(ws[k].norm not in ctx.rules.articles for k in range(m.last + 1, hit.first)):
            continue
        n = next((x for x in named if x.first > hit.last), None)
        if n is None or n.cls not in HOLDING_CLASSES or n.entity_id == m.entity_id \
                or n.first - hit.last - 1 > MAX_AFTER_CAPITAL \
                or not all(ws[k].norm in joiners or nouns.is_class_noun(ws[k], lang) for k in range(hit.last + 1, n.first)):
            continue
        ctx.add(m, "locatedIn", n, "rule:capital", 0.75)


def _containers(m: Mention, lexicon: dict) -> set[str]:
    """The regions and countries the lexicon puts a place in, nearest first."""
    out, entry = set(), lexicon.get(m.entity_id)
    container = entry.part_of if entry else m.place
    while container and container not in out:
        out.add(container)
        container = lexicon[container].part_of if container in lexicon else None
    return out


def _apposition_gap(ctx: SentenceContext, m: Mention, n: Mention) -> bool:
    """True when nothing but words stand between m and n, an apposition's comma or dash after m aside."""
    gap = ctx.s.gap(m.last, m.last + 1).strip()
    rest = ctx.s.gap(m.last + 1, n.first) if n.first > m.last + 1 else ""
    return (gap == "" or gap in APPOSITION_MARKS) and positions.words_only(rest)


POSSESSED_CLASSES = SITED_CLASSES | {"ForeignRegion", "Locality"}


def possessives(ctx: SentenceContext) -> None:
    """"Japan's Osaka Prefecture", "Vietnam's Ca Mau province", "Perth's Curtin University": what a place
    possesses lies in it."""
    for m, n in zip(ctx.mentions, ctx.mentions[1:]):
        if m.cls in PLACE_CLASSES and n.cls in POSSESSED_CLASSES and n.first == m.last + 1 \
                and ctx.s.gap(m.last, n.first).strip() in POSSESSIVE:
            ctx.add(n, "locatedIn", m, "rule:possessive", 0.7)


def issuers(ctx: SentenceContext) -> None:
    """"Resolution 59 of the Politburo", "Chỉ thị số 12-CT/TW của Ban Bí thư": a document followed by its issuer,
    directly or over the words that join a role to its body ("of the", "của", "der")."""
    connectors = positions.connector_words(ctx.s.lang)
    for a, b in zip(ctx.mentions, ctx.mentions[1:]):
        between = [w.norm for w in ctx.s.words[a.last + 1:b.first]]
        if a.cls == "PolicyDocument" and len(between) <= 2 and all(w in connectors for w in between) \
                and positions.words_only(ctx.s.gap(a.last, b.first)):
            ctx.add(a, "issuedBy", b, "rule:issuer", 0.8)


PRESENCE_GAP = 5     # words between "at" and the event's name ("lors de l'ouverture des 12es Assises")


OPENING = 3         # words before a presence phrase that opens the sentence ("На форуме", "Phát biểu tại hội nghị")


PRESENT_CLASSES = {"Person"}     # organisations at a signing are parties to it, not what the gold counts


def presence(ctx: SentenceContext) -> None:
    """"X and Y exchange documents at the 4th ... Forum", "Z said at the Forum": the people named before
    "at" + an event in the same clause take part in it (captions, speeches, signings); when "at the forum"
    opens the sentence, the people named after it in its clause ("На форуме министр Олег Демченко рассказал")."""
    events = [m for m in ctx.mentions if m.cls == "Event"]      # "speaking at the forum": the one named before
    if not events:
        return
    for hit in ctx.rules.presence.find(ctx.s):
        event = next((e for e in events if 0 < e.first - hit.last <= PRESENCE_GAP
                      and ctx.clause[e.first] == ctx.clause[hit.first]), None)
        if event is None or any(m.first > hit.last and m.last < event.first and m.cls != "Date" for m in ctx.mentions):
            continue        # another name stands between "at" and the event
        opening = hit.first <= OPENING and not any(m.first < hit.first for m in ctx.mentions)
        for person in (m for m in ctx.mentions if m.cls in PRESENT_CLASSES
                       and (m.last < hit.first or opening and m.first > event.last)
                       and ctx.clause[m.first] == ctx.clause[event.last]):
            ctx.add(person, "participatesIn", event, "rule:presence", 0.6)
