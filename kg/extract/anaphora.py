"""References back: "Bac Ninh and Hai Phong. In these two cities ..." gives the second sentence one
mention standing for both localities of the first (`Mention.also`); "The forum was attended by ..."
one standing for the event named last."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from kg.extract.events import compound_heads
from kg.extract.lexicon import load_lexicon
from kg.extract.triggers import TriggerSet
from kg.model import Mention, Sentence
from kg.profile import profile

SOURCE = "anaphora"
RELATIVE = "anaphora:relative"     # a relative pronoun standing for the name before it
REFERENT_CLASSES = {"Locality"}


OPENING_WORDS = 2                 # "W forum ...", "У роботі форуму ...": the kind noun opens the sentence
PRESENCE_REACH = 4                # words from a presence word to the kind noun ("на пленарном заседании форума")


@lru_cache(maxsize=None)
def _event_stems(lang: str) -> tuple[str, ...]:
    return tuple(w for stems in profile(lang).events.values() for w in stems or [] if " " not in w)


def _names_kind(lang: str, folded: str) -> bool:
    """True for a kind noun itself ("forum", "форуме"), not for words that merely start like one."""
    return any(folded == stem or (profile(lang).morphology.inflected and folded.startswith(stem) and len(folded) - len(stem) <= 2)
               for stem in _event_stems(lang))


@lru_cache(maxsize=None)
def _determiners(lang: str) -> frozenset[str]:
    return frozenset(profile(lang).patterns.definite_words)


@lru_cache(maxsize=None)
def _bare_presence(lang: str) -> frozenset[str]:
    """One-word presence words of a language without articles ("на", "na", "tại"): "на форуме" is "at the
    forum" there."""
    patterns = profile(lang).patterns
    return frozenset() if patterns.articles else frozenset(w for w in patterns.presence_words if " " not in w)


def _definite(sentence: Sentence, k: int) -> bool:
    """A kind noun with a determiner ("the forum", "на этой конференции", "diễn đàn này"), among the
    sentence's first words ("W forum uczestniczył", "У роботі форуму взяли участь"), or, in a language
    without articles, shortly after a presence word ("выступая на форуме", "на пленарном заседании форума",
    "phát biểu tại hội nghị")."""
    words = sentence.words
    near = {w.norm for w in words[max(0, k - 2):k]} | ({words[k + 1].norm} if k + 1 < len(words) else set())
    lang_profile = profile(sentence.lang)
    # "Hội nghị có sự tham dự của ...": a bare kind noun opening the sentence, in a language without articles
    opening = k <= OPENING_WORDS if lang_profile.morphology.inflected \
        else k == OPENING_WORDS or (k == 0 and not lang_profile.patterns.articles)
    after_presence = any(w.norm in _bare_presence(sentence.lang) for w in words[max(0, k - PRESENCE_REACH):k])
    return bool(near & _determiners(sentence.lang)) or opening or after_presence   # "Tham dự hội nghị có ...": attending it were


# names a relative clause is about: "the forum, which was hosted by", "Shizuoka, which signed a memorandum with"
RELATIVE_CLASSES = {"Event", "Project", "Locality", "ForeignRegion", "Country", "Organization", "GovernmentBody",
                    "Person"}


def relative_references(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """A mention of the event a relative pronoun right after it stands for: "das Wirtschaftsforum, das von der AHK
    ausgerichtet wurde", "the forum, which was co-hosted by": the clause's verb may then find its object close by.
    German's "das Forum" after a comma is an article: a relative pronoun is followed by no capitalised word."""
    pronouns = frozenset(profile(sentence.lang).patterns.relative_pronouns)
    ws = sentence.words
    out = []
    for m in mentions:
        end, k = m.last, m.last + 1
        if k + 1 < len(ws) and not ws[k].is_capitalised and ws[k].norm not in pronouns and "," in sentence.gap(k, k + 1):
            end, k = k, k + 1       # "fand ... das Wirtschaftsforum statt, das": a verb's particle before the comma
        if m.cls in RELATIVE_CLASSES and k + 1 < len(ws) and ws[k].norm in pronouns \
                and sentence.gap(end, k).strip(" )»“”\"") == "," and not ws[k + 1].is_capitalised:
            head = _owner_of_place(sentence, mentions, m)
            out.append(Mention(sentence, k, k, head.entity_id, head.cls, RELATIVE, en=head.en))
    return out


OWNER_CLASSES = {"Organization", "GovernmentBody", "Project"}


def _owner_of_place(sentence: Sentence, mentions: list[Mention], place: Mention) -> Mention:
    """The name a place only says the whereabouts of, else the place: "die Schäfer GmbH aus Baden-Württemberg, die
    ... investiert", "Hanbit Energy (Korea), which ...": the relative pronoun stands for the company."""
    origins = frozenset(profile(sentence.lang).patterns.origin_words)
    before = [o for o in mentions if o.last < place.first and o.cls in OWNER_CLASSES]
    if not before or place.cls not in {"Locality", "ForeignRegion", "Country"}:
        return place
    owner, gap = before[-1], sentence.gap(before[-1].last, place.first).strip()
    words = range(owner.last + 1, place.first)
    if gap == "(" and place.in_brackets or len(words) == 1 and sentence.words[words[0]].norm in origins:
        return owner
    return place


def event_references(sentence: Sentence, mentions: list[Mention], last_event: Mention | None) -> list[Mention]:
    """A mention of `last_event` for each definite kind noun that names no event of its own ("the forum",
    "W forum", "на этой конференции"): a reference to the event named before."""
    if last_event is None:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    own = _compound_head(last_event)
    out = [Mention(sentence, k, k, last_event.entity_id, last_event.cls, SOURCE, en=last_event.en)
           for k, word in enumerate(sentence.words)
           if k not in taken and (_names_kind(sentence.lang, word.folded) or _is_head(word.folded, own))
           and _definite(sentence, k)]
    for hit in _event_pronouns(sentence.lang).find(sentence):       # "В его работе приняли участие ..."
        if taken.isdisjoint(range(hit.first, hit.last + 1)):
            out.append(Mention(sentence, hit.first, hit.last, last_event.entity_id, last_event.cls, SOURCE,
                               en=last_event.en))
    words = sentence.words
    if words and words[0].norm in profile(sentence.lang).patterns.event_pronoun_openers and 0 not in taken \
            and any(h.first <= OPENER_REACH for h in _event_verbs(sentence.lang).find(sentence)):
        # "Его организаторами выступили A и B", "Її організував Народний комітет": the event named before
        out.append(Mention(sentence, 0, 0, last_event.entity_id, last_event.cls, SOURCE, en=last_event.en))
    for hit in _multiword_kinds(sentence.lang).find(sentence):     # vi "hội nghị này", "Tham dự diễn đàn có"
        span = range(hit.first, hit.last + 1)
        if taken.isdisjoint(span) and (_definite(sentence, hit.first) or _definite(sentence, hit.last)) \
                and not any(o.first <= hit.first <= o.last for o in out):
            out.append(Mention(sentence, hit.first, hit.last, last_event.entity_id, last_event.cls, SOURCE,
                               en=last_event.en))
    return out


def _compound_head(event: Mention) -> str | None:
    """The compound in the event's name that ends in a kind noun ("Wirtschaftstag" of "3. Deutsch-Vietnamesischer
    Wirtschaftstag Binh Dinh"), folded; None in languages that write no such compounds."""
    heads = compound_heads(event.sentence.lang)
    if not heads:
        return None
    return next((w.folded for w in event.sentence.words[event.first:event.last + 1]
                 if any(w.folded.endswith(stem) and len(w.folded) > len(stem) for stem, _ in heads)), None)


def _is_head(folded: str, head: str | None) -> bool:
    """True for the event's own compound, inflected ("des Wirtschaftstags"): "der Wirtschaftstag" is that event."""
    return head is not None and folded.startswith(head) and len(folded) - len(head) <= 2


OPENER_REACH = 2        # words from an opening pronoun to the event verb after it
EVENT_RELATIONS = ("organizes", "participatesIn")


@lru_cache(maxsize=None)
def _event_verbs(lang: str) -> TriggerSet:
    """The triggers of the relations whose object is an event."""
    relations = profile(lang).relations
    return TriggerSet({r: relations[r].forward + relations[r].backward for r in EVENT_RELATIONS if r in relations})


@lru_cache(maxsize=None)
def _event_pronouns(lang: str) -> TriggerSet:
    return TriggerSet({"event": profile(lang).patterns.event_pronouns}, exact=True)


@lru_cache(maxsize=None)
def _multiword_kinds(lang: str) -> TriggerSet:
    """Kind nouns of several words ("hội nghị", "diễn đàn"), matched whole."""
    kinds = {kind: [w + "$" for w in stems if " " in w] for kind, stems in profile(lang).events.items()}
    return TriggerSet({k: v for k, v in kinds.items() if v}, marks=profile(lang).patterns.function_words_keep_marks)


@lru_cache(maxsize=None)
def _phrases(lang: str) -> TriggerSet:
    return TriggerSet({"places": profile(lang).patterns.plural_anaphora})


def plural_references(sentence: Sentence, mentions: list[Mention], previous: list[Mention]) -> list[Mention]:
    """A mention for each plural reference not already part of a name, standing for the localities
    of the previous sentence (when there are at least two)."""
    referents = sorted({m.entity_id: m for m in previous if m.cls in REFERENT_CLASSES}.values(), key=lambda m: m.first)
    if len(referents) < 2:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out = []
    for hit in _phrases(sentence.lang).find(sentence):
        if taken.isdisjoint(range(hit.first, hit.last + 1)) and not any(o.first <= hit.first <= o.last for o in out):
            out.append(Mention(sentence, hit.first, hit.last, referents[0].entity_id, referents[0].cls, SOURCE,
                               also=tuple(r.entity_id for r in referents[1:])))
    return out


@lru_cache(maxsize=None)
def _policy_kinds(lang: str) -> TriggerSet:
    return TriggerSet(profile(lang).patterns.policy_kinds)


def policy_references(sentence: Sentence, mentions: list[Mention], last_policy: Mention | None) -> list[Mention]:
    """A mention of `last_policy` for each definite kind of policy document that names none of its own
    ("the Resolution", "Chỉ thị này", "Директива"): "This directive affirms that ... are the three pillars"."""
    if last_policy is None:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out: list[Mention] = []
    for hit in _policy_kinds(sentence.lang).find(sentence):
        span = range(hit.first, hit.last + 1)
        if taken.isdisjoint(span) and _definite(sentence, hit.last) and not any(o.first <= hit.first <= o.last for o in out):
            out.append(Mention(sentence, hit.first, hit.last, last_policy.entity_id, last_policy.cls, SOURCE,
                               en=last_policy.en))
    return out


PLACE_CLASSES = {"Locality"}


@lru_cache(maxsize=None)
def _referring_words(lang: str, field: str) -> TriggerSet:
    """The phrases of patterns.yaml's `field` ("locality_nouns", "we_words"), tone marks kept where they matter."""
    patterns = profile(lang).patterns
    return TriggerSet({field: getattr(patterns, field)}, marks=patterns.function_words_keep_marks)


def _named_place(m: Mention) -> str | None:
    """The locality a mention names: itself, or the province of a body ("the Hai Phong People's Committee")."""
    if m.cls in PLACE_CLASSES:
        return m.entity_id
    place = load_lexicon().get(m.place) if m.cls == "GovernmentBody" and m.place else None
    return place.id if place is not None and place.cls in PLACE_CLASSES else None   # not "conseil régional de X"


def locality_references(sentence: Sentence, mentions: list[Mention], topic: Mention | None,
                        main: str | None) -> list[Mention]:
    """A Locality mention for each "the province", "the city", "провинция", "tỉnh" that names no place of its
    own: the locality named last before it in the sentence (or the province of a body named there), else the
    paragraph's topic when that is a locality, else the document's main locality `main`."""
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    starts = {m.first for m in mentions}
    out: list[Mention] = []
    for hit in _referring_words(sentence.lang, "locality_nouns").find(sentence):
        span = range(hit.first, hit.last + 1)
        if not taken.isdisjoint(span) or hit.last + 1 in starts or any(o.first <= hit.first <= o.last for o in out):
            continue        # part of a name, or followed by one ("the province of X", "tỉnh Đồng Nai")
        nxt, prev = hit.last + 1, hit.first - 1
        if nxt < len(sentence.words) and sentence.words[nxt].is_capitalised and not sentence.gap(hit.last, nxt).strip():
            continue        # "tỉnh Hà Tĩnh" with a name the lexicon does not know
        if prev >= 0 and sentence.words[prev].text.isupper() and len(sentence.words[prev].text) > 1:
            continue        # "UBND tỉnh": the province's body, not the province
        before = [p for m in mentions if m.last < hit.first and not is_landmark(sentence, m)
                  for p in [_named_place(m)] if p]
        referent = before[-1] if before else topic.entity_id if topic is not None and topic.cls in PLACE_CLASSES \
            else main
        if referent:
            out.append(Mention(sentence, hit.first, hit.last, referent, "Locality", SOURCE))
    return out


LANDMARK_WORDS = 4     # words from a distance to the place it is measured from ("90 km au sud de Hanoï")


def is_landmark(sentence: Sentence, m: Mention) -> bool:
    """True for a place a distance is measured from: after "from" ("de", "od", "cách") with a number and a
    distance unit a few words before or after it: "à 90 km au sud de Hanoï", "położona 100 km od Hanoi", "cách
    Hà Nội 100 km"; the sentence is about another place. "333 км кордону з Гуансі" measures no distance from it."""
    patterns = profile(sentence.lang).patterns
    ws = sentence.words
    if m.first == 0 or ws[m.first - 1].norm.rstrip("'’") not in patterns.distance_from:
        return False
    units = set(patterns.distance_units)
    near = [*range(max(1, m.first - LANDMARK_WORDS), m.first), *range(m.last + 2, min(len(ws), m.last + LANDMARK_WORDS))]
    return any(ws[k].norm in units and any(c.isdigit() for c in ws[k - 1].text) for k in near)


def main_locality(found: list[list[Mention]]) -> str | None:
    """The locality a document is about: the one named most often (the first named on a tie)."""
    counts = Counter(m.entity_id for mentions in found for m in mentions if m.cls in PLACE_CLASSES)
    return counts.most_common(1)[0][0] if counts else None


def we_references(sentence: Sentence, mentions: list[Mention], main: str | None) -> list[Mention]:
    """"Wir exportieren ...", "chúng tôi ưu tiên ...": in an article about one locality, the first person plural
    of its officials is that locality."""
    if main is None:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    return [Mention(sentence, hit.first, hit.last, main, "Locality", SOURCE)
            for hit in _referring_words(sentence.lang, "we_words").find(sentence) if taken.isdisjoint(range(hit.first, hit.last + 1))]


def implied_bodies(mentions: list[Mention], body_types: list[Mention], topic: Mention | None,
                   main: str | None) -> list[Mention]:
    """The body of the province the text is about for each local body named without its place (`body_types`,
    from kg.extract.entities.find_mentions): "the Provincial People's Committee", "Народний комітет провінції",
    "UBND tỉnh", "Volkskomitee der Provinz" (the paragraph's topic when that is a locality, else the document's
    main locality)."""
    from kg.extract.bodies import body_labels

    place = topic.entity_id if topic is not None and topic.cls == "Locality" else main
    lexicon = load_lexicon()
    if place not in lexicon:
        return []
    taken = {k for m in mentions for k in range(m.first, m.last + 1)}
    out = []
    for typ in body_types:
        entry = lexicon.get(typ.entity_id)
        if entry is None or "{locality}" not in (entry.template or "") \
                or not taken.isdisjoint(range(typ.first, typ.last + 2)):
            continue        # part of a name, or followed by its place ("... провінції Біньтхуан")
        label, vi = body_labels(entry, lexicon[place])
        out.append(Mention(typ.sentence, typ.first, typ.last, f"{place}-{entry.id}", entry.cls, SOURCE, en=label,
                           vi=vi, place=place))
    return out
