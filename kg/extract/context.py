"""What every relation rule of a sentence works on: the sentence, its mentions, the language's cue
words, the topic carried over from earlier sentences, geometry (distance, clauses, brackets, lists)
and the fact store that checks each candidate against the ontology."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from kg.extract import demonyms
from kg.extract.grounding import country_of
from kg.extract.lexicon import load_lexicon
from kg.extract.place_nouns import place_nouns
from kg.extract.positions import TitleChain, role_nouns, title_chain
from kg.extract.anaphora import is_landmark
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Evidence, Mention, Sentence, Triple
from kg.ontology import ontology
from kg.analyse.normalise import fold, norm
from kg.profile import profile

MAX_FIRST_GAP = 8        # words between a trigger and the first object
SETTING_REACH = 2        # words from a setting to its trigger within which the setting may be the subject
MAX_FAR_OBJECT = 20       # ... when "with", "to" or "such as" marks the object further on
DIRECTED = {"exportsTo", "attractsInvestmentFrom"}   # relations whose object a preposition of direction marks
MAX_LIST_GAP = 4         # words between two items of a list ("sowie an die Provinzen")
MAX_SUBJECT_GAP = 12     # words between a subject and its trigger
PEER_RELATIONS = {"bordersOn", "cooperatesWith"}   # never between a place and what contains it
TOPIC_REACH = 7          # a sentence's topic is named among its first words ("W pierwszym kwartale prowincja X")
TOPIC_CLASSES = {"Locality", "Country", "GovernmentBody", "Organization"}
# a body, organisation or project of a whole country: naming the country beside it states no location
NATIONAL_CLASSES = {"GovernmentBody", "Organization", "Project"}
SETTING_FREE = {"Sector", "Pillar", "Date"}   # classes a place preposition before them does not make a setting
PLACE_SETTINGS = {"Locality", "ForeignRegion", "Country", "Region"}   # settings that leave a subject unnamed
CONTAINER_OWNERS = {"Locality", "ForeignRegion", "Country", "Region", "Organization", "GovernmentBody", "Project",
                    "Event"}       # names a bracketed place after them may say where they lie
CONTAINED_CLASSES = {"ForeignRegion", "Project", "HeritageSite", "GovernmentBody", "Organization"}
SEATED_CLASSES = {"GovernmentBody", "Organization"}   # a place in their own name is their seat, not a stated fact


@dataclass
class LangRules:
    forward: TriggerSet
    backward: TriggerSet
    modality: TriggerSet
    exceptions: TriggerSet
    clause_breaks: TriggerSet
    topic_words: TriggerSet
    place_prepositions: frozenset[str]
    list_words: frozenset[str]
    between_words: frozenset[str]      # "relations between X and Y": X and Y are the two ends
    comitative_words: frozenset[str]   # "cooperation with X": X is the partner of the subject
    example_words: frozenset[str]      # "organisations such as X, Y": X and Y are not each other's partners
    direction_words: frozenset[str]    # "exported rice and fruit to X": X is the destination
    list_joiners: frozenset[str]       # words that may stand between two items of a list
    co_agents: frozenset[str]          # "in coordination with": joins a second agent to the first
    articles: frozenset[str]           # "the", "dem", "la": no part of the words that join two agents
    agent_prepositions: frozenset[str]  # "by", "von", "przez": the agent of a passive follows
    honorifics: frozenset[str]         # "Mr.", "Mme", "ông": may stand between a title and a name
    presence: TriggerSet               # "at", "на полях": who is named before an event after it is there
    cues: TriggerSet                   # words that state a relation in any word order (rules/cued.py)
    cue_markers: dict[str, frozenset[str]]   # relation → words one of its cued objects must follow
    unmarked_cues: frozenset[str]      # cue phrases whose objects need no marker ("largest investor")
    cue_reach: int                     # words from a cue to the nearest of its objects
    unnamed: frozenset[tuple[str, str]]  # (relation, phrase) of triggers that may leave their event unnamed


@lru_cache(maxsize=None)
def rules(lang: str) -> LangRules:
    lang_profile = profile(lang)
    pat = lang_profile.patterns
    return LangRules(
        forward=TriggerSet({r: v.forward for r, v in lang_profile.relations.items()}, fillers=_word_set(pat.fillers)),
        backward=TriggerSet({r: v.backward for r, v in lang_profile.relations.items()}, fillers=_word_set(pat.fillers)),
        modality=TriggerSet({"modal": pat.modality}, marks=pat.function_words_keep_marks),
        exceptions=TriggerSet({"ok": pat.modality_exceptions}, marks=pat.function_words_keep_marks),
        clause_breaks=TriggerSet({"break": pat.clause_breaks}, exact=True, marks=pat.function_words_keep_marks),
        topic_words=TriggerSet({"topic": pat.topic_words}, exact=True),
        place_prepositions=frozenset(pat.place_prepositions),
        list_words=frozenset(w for w in pat.list_separators if " " not in w),
        between_words=_word_set(pat.between_words),
        comitative_words=_word_set(pat.comitative_words),
        example_words=_word_set(pat.example_words),
        direction_words=_word_set(pat.direction_words),
        presence=TriggerSet({"at": pat.presence_words}, exact=True),
        cues=TriggerSet({r: v.cues + v.unmarked_cues for r, v in lang_profile.relations.items()}),
        unmarked_cues=frozenset(c for v in lang_profile.relations.values() for c in v.unmarked_cues),
        cue_markers={r: _word_set(v.cue_markers) for r, v in lang_profile.relations.items() if v.cue_markers},
        cue_reach=pat.cue_reach,
        unnamed=frozenset((r, phrase) for r, v in lang_profile.relations.items() for phrase in v.unnamed),
        co_agents=frozenset(" ".join(fold(w) for w in phrase.split()) for phrase in pat.co_agent_words),
        articles=frozenset(pat.articles),
        agent_prepositions=frozenset(pat.agent_prepositions),
        honorifics=frozenset(norm(h) for h in pat.honorifics),
        list_joiners=frozenset().union(*(_word_set(words) for words in (
            pat.list_separators, pat.example_words, pat.articles, pat.definite_words, pat.place_prepositions,
            pat.agent_prepositions, pat.direction_words, pat.comitative_words, pat.list_repeat_words))),
    )


def _word_set(phrases: list[str]) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in phrase.split())


def same_country(a: str, b: str, lexicon: dict) -> bool:
    """False only when the lexicon puts entities `a` and `b` in two different countries."""
    first, second = country_of(a, lexicon), country_of(b, lexicon)
    return first is None or second is None or first == second


class FactStore:
    """The facts of one sentence: only what the ontology allows, the best evidence per triple."""

    def __init__(self, sentence: Sentence):
        self.s = sentence
        self.facts: dict[Triple, Evidence] = {}

    def add(self, subject: Mention, relation: str, obj: Mention | None, extractor: str,
            confidence: float, literal: str | None = None) -> None:
        """Record a fact if the ontology allows it; a plural reference adds it for every place it stands for."""
        onto = ontology()
        if not onto.allows(relation, subject.cls, obj.cls if obj else None):
            return
        sources = (subject.source, obj.source if obj else None)
        if relation != "locatedIn" and demonyms.PLACE_SOURCE in sources:
            return      # the adjective of "вьетнамская провинция" says where the place is, nothing else
        if relation not in demonyms.RELATIONS and demonyms.SOURCE in sources:
            return      # "koreanische Unternehmen" names Korea as investor or exporter only
        objects = (obj.entity_id, *obj.also) if obj is not None else (None,)
        lexicon = load_lexicon()
        for subject_id in (subject.entity_id, *subject.also):
            for object_id in objects:
                if object_id == subject_id:
                    continue
                if relation in PEER_RELATIONS and (getattr(lexicon.get(subject_id), "part_of", None) == object_id
                                                   or getattr(lexicon.get(object_id), "part_of", None) == subject_id):
                    continue    # a country does not border or partner its own province
                if relation == "locatedIn" and not same_country(subject_id, object_id, lexicon):
                    continue    # "Hanoi, the capital of Yunnan" cannot be: the lexicon puts them in two countries
                triple = Triple(subject_id, relation, literal or object_id, literal is not None)
                if triple not in self.facts or self.facts[triple].confidence < confidence:
                    self.facts[triple] = Evidence(self.s.doc_id, self.s.lang, self.s.text, self.s.start, self.s.end,
                                                  extractor, round(confidence, 2))


class SentenceContext:
    """One sentence as the relation rules see it; `topic` is the subject carried over from earlier sentences."""

    def __init__(self, sentence: Sentence, mentions: list[Mention], topic: Mention | None,
                 store: FactStore | None = None, at_hand: Mention | None = None):
        self.s = sentence
        # the event the text is at (named in a sentence shortly before), for a verb that leaves its event unnamed
        self.at_hand = at_hand
        # a country adjective of a place ("вьетнамская провинция Хатинь") is no argument, only where the place lies
        self.mentions = [m for m in mentions if m.cls != "Date" and m.source != demonyms.PLACE_SOURCE]
        self.place_adjectives = [m for m in mentions if m.source == demonyms.PLACE_SOURCE]
        self.dates = [m for m in mentions if m.cls == "Date"]
        self.topic = topic
        self.rules = rules(sentence.lang)
        self.store = store or FactStore(sentence)       # another view of the sentence may add to the same facts
        self.facts = self.store.facts
        self.add = self.store.add
        self.implied: list[Mention] = []      # entities the rules infer, for the resolver
        self.subjects_of: dict[int, Mention] = {}     # first word of a trigger fact's object → its subject
        self.objects_of: dict[int, set[str]] = {}     # first word of a trigger → the objects it gave
        self.clause = self._clauses()
        self.depth, self.counts = self._layout()

    def event_at_hand(self, relation: str, phrase: str) -> Mention | None:
        """The event a trigger with no object of its own stands for ("Auch der Botschafter nahm teil"): the one
        the text is at, when the trigger may leave it unnamed and the sentence names no event."""
        if self.at_hand is None or (relation, phrase) not in self.rules.unnamed \
                or any(m.cls == "Event" for m in self.mentions):
            return None
        return self.at_hand

    def gap_words(self, left: int, right: int) -> set[str]:
        """The normalised words strictly between word `left` and word `right`."""
        return {w.norm for w in self.s.words[left + 1:right]}

    def _layout(self) -> tuple[list[int], list[int]]:
        """Per word: its parenthesis depth, and the running count of words that make distance
        (not punctuation, not the inner words of a name, not words inside parentheses)."""
        inner = {k for m in self.mentions for k in range(m.first + 1, m.last + 1)}
        depth, counts, d, n = [], [], 0, 0
        for k in range(len(self.s.words)):
            if k:       # words are letters and digits; brackets live in the gaps between them
                gap = self.s.gap(k - 1, k)
                d = max(0, d + gap.count("(") - gap.count(")"))
            depth.append(d)
            if d == 0 and k not in inner:
                n += 1
            counts.append(n)
        return depth, counts

    def distance(self, left: int, right: int) -> int:
        """1 + the words between word `left` and word `right` that make distance: a list of names
        or an aside in parentheses between a subject and its verb does not push them apart."""
        if right <= left:
            return 0
        return 1 + self.counts[right - 1] - self.counts[left] if right - 1 > left else 1

    def subject_distance(self, left: int, right: int) -> int:
        """Distance from a subject to its verb, not counting an aside of examples between them:
        "вьетнамские товары, такие как продукция, морепродукты и текстиль, проникли на рынки"."""
        words = self.s.words
        start = next((k for k in range(left + 1, right) if words[k].norm in self.rules.example_words), None)
        end = next((k for k in range(right - 1, left, -1) if "," in self.s.gap(k, k + 1)), None)
        if start is not None and end is not None and start < end:
            return self.distance(left, start) + self.distance(end, right) - 1
        return self.distance(left, right)

    def object_distance(self, hit: Hit, m: Mention) -> int:
        """Distance from a trigger to an object after it, measured from the last "with" (or "to", "from" for
        trade and investment) between them and only up to a "such as": "cooperation in education and
        research with European partners such as Leipzig University" puts the university close to "cooperation"."""
        if self.distance(hit.last, m.first) > MAX_FAR_OBJECT:
            return self.distance(hit.last, m.first)
        words = self.s.words
        markers = self.rules.comitative_words | (self.rules.direction_words if hit.label in DIRECTED else frozenset())
        start = max((k for k in range(hit.last + 1, m.first) if words[k].norm in markers), default=hit.last)
        example = next((k for k in range(start + 1, m.first) if words[k].norm in self.rules.example_words), m.first)
        return self.distance(start, example)

    def level(self, m: Mention, hit: Hit) -> bool:
        """True when the mention is not inside a parenthesis the trigger is outside of, unless it is a name
        alone in brackets that names what precedes it ("Agreement between Vietnam and the UK (UKVFTA)")."""
        return self.depth[m.first] <= self.depth[hit.first] or m.in_brackets

    def _clauses(self) -> list[int]:
        ids, current = [], 0
        breaks = {h.first for h in self.rules.clause_breaks.find(self.s)}
        for k in range(len(self.s.words)):
            if k and (";" in self.s.gap(k - 1, k) or k in breaks):
                current += 1
            ids.append(current)
        return ids

    @cached_property
    def title_chains(self) -> list[TitleChain]:
        """The title each Position mention heads (kg.extract.positions.title_chain), in sentence order."""
        return [title_chain(self.s, self.mentions, m) for m in self.mentions if m.cls == "Position"]

    @cached_property
    def _title_holders(self) -> dict[int, Mention]:
        """Word → the person whose title covers it ("consul general of Cambodia in Ho Chi Minh City Sok Channa":
        Cambodia and Ho Chi Minh City are words of Sok Channa's title); a name set off before its title by a comma
        holds it too ("Le Thi Ngoc Anh, Vice Chairwoman of the ... Committee, told the forum")."""
        ws = self.s.words
        honorifics = self.rules.honorifics
        people = {m.first: m for m in self.mentions if m.cls == "Person"}
        out: dict[int, Mention] = {}
        for chain in self.title_chains:
            k = self._title_aside_end(chain.last) + 1
            joined = k < len(ws) and self.s.gap(k - 1, k).strip(" ," if k - 1 == chain.last else " ,)") == ""
            if joined and ws[k].norm in honorifics and k + 1 < len(ws) and not self.s.gap(k, k + 1).strip(" ."):
                k += 1      # "... in Ho Chi Minh City Mr. Shin Dong-ho"
            if joined and k in people:
                for j in range(chain.first, k):
                    out.setdefault(j, people[k])
        ending = {m.last: m for m in self.mentions if m.cls == "Person"}
        for chain in self.title_chains:     # "Le Thi Ngoc Anh, Vice Chairwoman of the ... Committee, told the forum"
            before = ending.get(chain.first - 1)
            if before is not None and self.s.gap(before.last, chain.first).strip() == "," and chain.first not in out:
                for j in range(chain.first, chain.last + 1):
                    out.setdefault(j, before)
        return out

    def _title_aside_end(self, last: int) -> int:
        """The last word of what may stand between a title ending at word `last` and its holder's name: a
        bracketed container ("Deputy Governor of Khammouane Province (Laos) Khamphanh ...") or a class noun
        for the home place ("директор Департамента иностранных дел провинции Кам Ван Тиен"); `last` when none."""
        ws, gap = self.s.words, self.s.gap
        inside = next((m for m in self.mentions if m.first == last + 1), None)
        if inside is not None and gap(last, inside.first).strip() == "(" and inside.last + 1 < len(ws) \
                and gap(inside.last, inside.last + 1).strip() == ")":
            return inside.last
        nouns = place_nouns(self.s.lang)
        k = last
        while k + 1 < len(ws) and k - last < 3 and not gap(k, k + 1).strip() and (
                ws[k + 1].norm in self.rules.articles or ws[k + 1].norm in nouns.connectors):
            k += 1
        if k + 1 < len(ws) and not gap(k, k + 1).strip() and nouns.is_class_noun(ws[k + 1], self.s.lang) \
                and not any(m.first == k + 1 for m in self.mentions):
            return k + 1
        return last

    def holder(self, m: Mention, classes: set[str]) -> Mention:
        """The person whose title `m` is part of, when a person may stand in its place; else `m`."""
        person = self._title_holders.get(m.first) if "Person" in classes and m.cls != "Person" else None
        return person if person is not None else m

    def chain(self, start: Mention, classes: set[str], direction: int) -> list[Mention]:
        """`start` and the list items that follow it (direction 1) or precede it (-1)."""
        ordered = self.mentions if direction > 0 else self.mentions[::-1]
        out = [start]
        for m in ordered[ordered.index(start) + 1:]:
            prev = out[-1]
            if "Person" in classes and m.cls != "Person" and m.first in self._title_holders:
                continue        # "Deputy Governor of Khammouane Province (Laos) Khamphanh": words of a title
            left, right = (prev, m) if direction > 0 else (m, prev)
            if left.last >= right.first or self.clause[right.first] != self.clause[left.last]:
                continue
            if self._list_gap(left, right) > MAX_LIST_GAP:
                if prev.cls == "Person" and m.cls != "Person":
                    continue        # the names in the next person's title ("kierownik Biura PAIH w Hanoi")
                if not (m.cls in classes and self.joins_titled(left, right)):
                    break
            if self.s.gap(left.last, right.first).strip() == "(":
                continue        # "Guangxi (China)": the container is not a list item
            if direction < 0 and (self.is_setting(m) and not self.is_setting(start) or is_landmark(self.s, m)):
                continue        # "tại Nghệ An, UBND tỉnh Nghệ An đã tổ chức": the place is no co-subject, nor
                                # is one a distance is measured from ("à 90 km de Hanoï, la province")
            if m.cls in classes and (self.joins_list(left, right) or self.joins_titled(left, right)):
                out.append(m)
        return out

    def joins_titled(self, left: Mention, right: Mention) -> bool:
        """True for two people listed with the title of the second between them: "Tomasz Grzelak, kierownik
        Biura Handlowego PAIH w Hanoi Katarzyna Mazur oraz ...": a comma or "and"-word, then only the title's
        words (role nouns, the names it is of, connectors)."""
        if left.cls != "Person" or right.cls != "Person":
            return False
        ws = self.s.words
        end = self._after_aside(left.last)
        covered = {k for m in self.mentions if m.cls != "Person" for k in range(m.first, m.last + 1)}
        covered |= {k for h in role_nouns(self.s.lang).find(self.s) for k in range(h.first, h.last + 1)}
        between = range(end + 1, right.first)
        if not between or re.search(r"[;.]", self.s.gap(end, right.first)):
            return False
        title = between[0]
        if ws[title].norm in self.rules.list_words or "," in self.s.gap(end, title):
            start = title + 1 if ws[title].norm in self.rules.list_words else title
            if start < right.first and all(self._title_holders.get(k) is right for k in range(start, right.first)):
                return True     # every word is of the second person's title ("..., Deputy Governor of X (Laos) Y")
        if re.search(r"[()]", self.s.gap(end, right.first)):
            return False
        if ws[title].norm in self.rules.list_words:
            title += 1      # "oraz wiceprzewodniczący ..."
        elif "," not in self.s.gap(end, end + 1):
            return False
        # the title opens with a role, and its other words are names (read or not) and connectors
        return title < right.first and title in covered and all(
            k in covered or ws[k].is_capitalised or ws[k].norm in self.rules.list_joiners for k in range(title, right.first))

    def _after_aside(self, k: int) -> int:
        """The last word of a bracketed aside right after word `k` that names nothing ("Le Quang Vinh (rechts),
        und Ministerin ..."); `k` when there is none."""
        ws = self.s.words
        if k + 1 >= len(ws) or not self.s.gap(k, k + 1).strip().startswith("("):
            return k
        end = k + 1
        while end + 1 < len(ws) and self.depth[end + 1] > 0:
            end += 1
        named = any(k < m.first <= end for m in self.mentions)
        return k if named else end

    def joins_list(self, left: Mention, right: Mention) -> bool:
        """True when only list punctuation, "and"-words, footnote marks or a bracketed aside stand between
        two names ("Japan, Korea and the EU", "«A» (6), «B»"), not other words ("in Da Nang is built the project")."""
        gap = re.sub(r"\([^()]*\)", " ", self.s.gap(left.last, right.first))
        words = re.findall(r"\w+", gap.lower())
        separated = not words or "," in gap or any(w in self.rules.list_words for w in words)
        classed = self._class_words(left.last, right.first) if separated else set()
        return separated and all(w in self.rules.list_joiners or w in classed for w in words)

    def _list_gap(self, left: Mention, right: Mention) -> int:
        """Words between two list items, an aside in brackets and a class noun opening the second not counted."""
        classed = self._class_words(left.last, right.first)
        return sum(1 for k in range(left.last + 1, right.first)
                   if self.depth[k] <= self.depth[right.first] and self.s.words[k].text.lower() not in classed)

    def _class_words(self, left: int, right: int) -> set[str]:
        """The place class nouns and their connectors between words `left` and `right` ("… (Corée du Sud) et avec
        la préfecture de Kanagawa"): a list item may open with its class."""
        nouns = place_nouns(self.s.lang)
        return {w.text.lower() for w in self.s.words[left + 1:right]
                if nouns.is_class_noun(w, self.s.lang) or w.folded in nouns.connectors}

    def allowed(self, relation: str, side: str) -> set[str]:
        rel = ontology().relations[relation]
        return set(rel.domain if side == "domain" else rel.range)

    def is_setting(self, m: Mention) -> bool:
        """True for a place right after a place preposition ("in Da Nang", "в Данангу"); a sector after "na",
        "au" ("stawia na logistykę", "priorité au tourisme") is no place."""
        return m.first > 0 and self.s.words[m.first - 1].norm in self.rules.place_prepositions \
            and m.cls not in SETTING_FREE

    def place_phrase(self, start: int, end: int) -> bool:
        """True when a place preposition stands among words start..end-1 ("in", "в", "w", "à")."""
        return any(self.s.words[k].norm in self.rules.place_prepositions for k in range(max(0, start), end))

    def is_assertion(self) -> bool:
        """False for recommendations, wishes, obligations and questions."""
        return self.asserted_until() > 0

    def asserted_until(self) -> int:
        """The index of the first word a recommendation, wish or obligation governs (the words before it state
        facts: "The conference was organised by A and B and drew suppliers hoping to ..."); 0 for a question or
        a sentence that opens with one; the sentence's length when there is none."""
        if self.s.text.rstrip().endswith("?"):
            return 0
        allowed = {h.first for h in self.rules.exceptions.find(self.s)}
        return min((h.first for h in self.rules.modality.find(self.s) if h.first not in allowed),
                   default=len(self.s.words))

    def subject_before(self, hit: Hit, classes: set[str], same_clause: bool = True) -> Mention | None:
        before = [m for m in self.mentions if m.last < hit.first and m.cls in classes
                  and self.subject_distance(m.last, hit.first) <= MAX_SUBJECT_GAP and self.level(m, hit)
                  and (not same_clause or self.clause[m.last] == self.clause[hit.first])
                  and not is_landmark(self.s, m)
                  and not self.bracket_owner(m, CONTAINER_OWNERS)]   # "Юньнань (КНР), а … межує": a container
        if before and self.topic is not None and self.topic.cls in classes \
                and self.topic_word_between(before[-1].last, hit.first):
            return self.topic       # "à 90 km au sud de Hanoï, la province est bordée par": the province
        if before:
            # "Hưng Yên jest największym w Wietnamie producentem …, a jego owoce trafiają do …": a place after a
            # preposition says where, the name before it is the subject
            named = [m for m in before if not self.is_setting(m)
                     and not (m.first > 0 and self.s.words[m.first - 1].norm in self.rules.comitative_words)]
            last = before[-1]
            far = self.distance(last.last, hit.first) > SETTING_REACH     # "w Krakowie, stolicy": its apposition
            return named[-1] if named and far and self.is_setting(last) else last
        starts_with_topic = self.topic_word_before(hit.first)
        # "Leży w Delcie Rzeki Czerwonej, graniczy z Hanoi": a setting that cannot be the subject leaves it unnamed
        nothing_before = not any(m.last < hit.first and not (m.cls in PLACE_SETTINGS - classes and self.is_setting(m))
                                 for m in self.mentions)
        if self.topic is not None and self.topic.cls in classes and (starts_with_topic or nothing_before):
            return self.topic
        return self._pronoun_referent(hit, classes) if starts_with_topic and self.topic is None else None

    def _pronoun_referent(self, hit: Hit, classes: set[str]) -> Mention | None:
        """With no topic carried over, the name a topic word ("sie", "it") before the trigger stands for: the last
        one before it that no preposition governs ("Seit der Zusammenlegung mit der Provinz Bình Phước ist Đồng Nai
        … Grenzprovinz: Sie verfügt über eine … Grenze zu Kambodscha")."""
        starts = {m.first for m in self.mentions}
        word = next((h for h in self._topic_hits if h.first < hit.first and h.last + 1 not in starts
                     and (h.first == 0 or re.search(r"[,:;–—]", self.s.gap(h.first - 1, h.first)))   # opens a clause
                     and not any(m.first <= h.first <= m.last for m in self.mentions)), None)
        if word is None:
            return None
        named = [m for m in self.mentions if m.last < word.first and m.cls in classes and m.cls in TOPIC_CLASSES
                 and not self.governed(m)]
        return named[-1] if named else None

    def governed(self, m: Mention) -> bool:
        """True for a name right after a preposition of place, direction or company ("aus Deutschland", "mit der
        Provinz Bình Phước", "из Таиланда")."""
        governing = self.rules.comitative_words | self.rules.direction_words | self.rules.place_prepositions
        return m.first > 0 and self.s.words[m.first - 1].norm in governing

    def bracket_owner(self, m: Mention, classes: set[str]) -> Mention | None:
        """The name of `classes` right before the bracket `m` stands alone in ("Sakura Renewables (Japan)",
        "Đại học Nagoya (tỉnh Aichi)": what the bracket says where it is), or None."""
        if not m.in_brackets:
            return None
        return next((o for o in reversed(self.mentions) if o.last < m.first and o.cls in classes
                     and self.s.gap(o.last, m.first).strip() == "("), None)

    @cached_property
    def trigger_words(self) -> dict[int, str]:
        """The relation of each word of the sentence's triggers outside any name ("grenzende": bordersOn)."""
        hits = self.rules.forward.find(self.s) + self.rules.backward.find(self.s)
        return {k: h.label for h in hits if not any(m.first <= h.first and h.last <= m.last for m in self.mentions)
                for k in range(h.first, h.last + 1)}

    @cached_property
    def _topic_hits(self) -> list[Hit]:
        """The sentence's topic words ("the province", "она"), found once."""
        return self.rules.topic_words.find(self.s)

    def topic_word_between(self, start: int, end: int) -> bool:
        """True when a word like "the province", "она" outside any name lies between words `start` and `end`."""
        return any(start < h.first and h.last < end and not any(m.first <= h.first <= m.last for m in self.mentions)
                   for h in self._topic_hits)

    def topic_word_before(self, index: int) -> bool:
        """True when a word like "the city", "она", "prowincja" outside any name precedes word `index`."""
        return any(h.first < index and not any(m.first <= h.first <= m.last for m in self.mentions)
                   for h in self._topic_hits)

    def co_agents(self, subject: Mention, classes: set[str], after: bool = False) -> list[Mention]:
        """Agents joined before `subject` (or after it) by "in coordination with", "совместно с", "gemeinsam mit
        dem" (an aside in brackets between them aside): "A in coordination with B organised E" — A acts with B;
        "организован правительством A совместно с B" — B with A."""
        out: list[Mention] = []
        current = subject
        candidates = [m for m in self.mentions if m.first > subject.last] if after else \
            list(reversed([m for m in self.mentions if m.last < subject.first]))
        for m in candidates:
            left, right = (current, m) if after else (m, current)
            if left.last >= right.first:
                continue
            if m.entity_id == current.entity_id:
                current = m         # "Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)": one agent, named twice
                continue
            if m.cls not in classes or not self.joins_agents(left.last, right.first):
                break
            out.append(m)
            current = m
        return out

    def joins_agents(self, left: int, right: int) -> bool:
        """True when the words between word `left` and word `right` are a co-agent phrase ("in coordination
        with", "совместно с", "gemeinsam mit dem"; articles and a bracketed aside left out), with no comma."""
        gap = re.sub(r"\([^()]*\)", " ", self.s.gap(left, right))
        joined = " ".join(fold(w) for w in re.findall(r"\w+", gap) if w.lower() not in self.rules.articles)
        return joined in self.rules.co_agents and "," not in gap
