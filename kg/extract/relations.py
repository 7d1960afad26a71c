"""Stage 4: relations between the mentions of a sentence.

Structural rules (a title before a name, a parenthesis, an event's place and date, "Resolution
59 of the Politburo") and trigger rules (kg/data/lang/<xx>/relations.yaml: a trigger word of a
relation between a subject and its objects). Every candidate must fit the ontology's domain and
range; sentences that recommend, wish, plan or ask state no trigger facts.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract import anaphora, demonyms
from kg.extract.lexicon import load_lexicon
from kg.extract.triggers import Hit, TriggerSet
from kg.model import IMPLIED, Evidence, Fact, Mention, Sentence, Triple
from kg.ontology import ontology
from kg.profile import profile

MAX_FIRST_GAP = 8        # words between a trigger and the first object
MAX_FAR_OBJECT = 20       # ... when "with", "to" or "such as" marks the object further on
DIRECTED = {"exportsTo", "attractsInvestmentFrom"}   # relations whose object a preposition of direction marks
MAX_LIST_GAP = 3         # words between two items of a list
MAX_SUBJECT_GAP = 12     # words between a subject and its trigger
PEER_RELATIONS = {"bordersOn", "cooperatesWith"}   # never between a place and what contains it
TOPIC_REACH = 7          # a sentence's topic is named among its first words ("W pierwszym kwartale prowincja X")
TOPIC_CLASSES = {"Locality", "Country", "GovernmentBody", "Organization"}
# a body, organisation or project of a whole country: naming the country beside it states no location
NATIONAL_CLASSES = {"GovernmentBody", "Organization", "Project"}
CONTAINED_CLASSES = {"ForeignRegion", "Project", "HeritageSite", "GovernmentBody", "Organization"}


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


@lru_cache(maxsize=None)
def rules(lang: str) -> LangRules:
    lang_profile = profile(lang)
    pat = lang_profile.patterns
    return LangRules(
        forward=TriggerSet({r: v.forward for r, v in lang_profile.relations.items()}),
        backward=TriggerSet({r: v.backward for r, v in lang_profile.relations.items()}),
        modality=TriggerSet({"modal": pat.modality}),
        exceptions=TriggerSet({"ok": pat.modality_exceptions}),
        clause_breaks=TriggerSet({"break": pat.clause_breaks}, exact=True),
        topic_words=TriggerSet({"topic": pat.topic_words}, exact=True),
        place_prepositions=frozenset(pat.place_prepositions),
        list_words=frozenset(w for w in pat.list_separators if " " not in w),
        between_words=_word_set(pat.between_words),
        comitative_words=_word_set(pat.comitative_words),
        example_words=_word_set(pat.example_words),
        direction_words=_word_set(pat.direction_words),
        list_joiners=frozenset().union(*(_word_set(words) for words in (
            pat.list_separators, pat.example_words, pat.articles, pat.definite_words, pat.place_prepositions,
            pat.agent_prepositions, pat.direction_words, pat.comitative_words))),
    )


def _word_set(phrases: list[str]) -> frozenset[str]:
    return frozenset(w for phrase in phrases for w in phrase.split())


GENERIC_BODY_WORDS = {"ministry", "of", "the", "and", "vietnam", "committee", "office", "state"}


def _names_body(position: str, body: str) -> bool:
    """True when the title names its body: "Deputy Minister of Foreign Affairs" names the
    Ministry of Foreign Affairs; "Prime Minister" does not name the Government."""
    distinctive = [w for w in body.lower().split() if w not in GENERIC_BODY_WORDS]
    return bool(distinctive) and all(w in position.lower().split() for w in distinctive)


class SentenceRelations:
    """Finds the facts of one sentence; `topic` is the subject carried over from earlier sentences."""

    def __init__(self, sentence: Sentence, mentions: list[Mention], topic: Mention | None):
        self.s = sentence
        self.mentions = [m for m in mentions if m.cls != "Date"]
        self.dates = [m for m in mentions if m.cls == "Date"]
        self.topic = topic
        self.rules = rules(sentence.lang)
        self.facts: dict[Triple, Evidence] = {}
        self.implied: list[Mention] = []      # entities the rules infer, for the resolver
        self.clause = self._clauses()
        self.depth, self.counts = self._layout()

    # ---------------------------------------------------------------- helpers
    def _gap_words(self, left: int, right: int) -> set[str]:
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

    def _distance(self, left: int, right: int) -> int:
        """1 + the words between word `left` and word `right` that make distance: a list of names
        or an aside in parentheses between a subject and its verb does not push them apart."""
        if right <= left:
            return 0
        return 1 + self.counts[right - 1] - self.counts[left] if right - 1 > left else 1

    def _subject_distance(self, left: int, right: int) -> int:
        """Distance from a subject to its verb, not counting an aside of examples between them:
        "вьетнамские товары, такие как продукция, морепродукты и текстиль, проникли на рынки"."""
        words = self.s.words
        start = next((k for k in range(left + 1, right) if words[k].norm in self.rules.example_words), None)
        end = next((k for k in range(right - 1, left, -1) if "," in self.s.gap(k, k + 1)), None)
        if start is not None and end is not None and start < end:
            return self._distance(left, start) + self._distance(end, right) - 1
        return self._distance(left, right)

    def _object_distance(self, hit: Hit, m: Mention) -> int:
        """Distance from a trigger to an object after it, measured from the last "with" (or "to", "from" for
        trade and investment) between them and only up to a "such as": "cooperation in education and
        research with European partners such as Leipzig University" puts the university close to "cooperation"."""
        if self._distance(hit.last, m.first) > MAX_FAR_OBJECT:
            return self._distance(hit.last, m.first)
        words = self.s.words
        markers = self.rules.comitative_words | (self.rules.direction_words if hit.label in DIRECTED else frozenset())
        start = max((k for k in range(hit.last + 1, m.first) if words[k].norm in markers), default=hit.last)
        example = next((k for k in range(start + 1, m.first) if words[k].norm in self.rules.example_words), m.first)
        return self._distance(start, example)

    def _level(self, m: Mention, hit: Hit) -> bool:
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

    def add(self, subject: Mention, relation: str, obj: Mention | None, extractor: str,
            confidence: float, literal: str | None = None) -> None:
        """Record a fact if the ontology allows it; a plural reference adds it for every place it stands for."""
        onto = ontology()
        if not onto.allows(relation, subject.cls, obj.cls if obj else None):
            return
        if relation not in demonyms.RELATIONS and demonyms.SOURCE in (subject.source, obj.source if obj else None):
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
                triple = Triple(subject_id, relation, literal or object_id, literal is not None)
                if triple not in self.facts or self.facts[triple].confidence < confidence:
                    self.facts[triple] = Evidence(self.s.doc_id, self.s.lang, self.s.text, self.s.start, self.s.end,
                                                  extractor, round(confidence, 2))

    def _chain(self, start: Mention, classes: set[str], direction: int) -> list[Mention]:
        """`start` and the list items that follow it (direction 1) or precede it (-1)."""
        ordered = self.mentions if direction > 0 else self.mentions[::-1]
        out = [start]
        for m in ordered[ordered.index(start) + 1:]:
            prev = out[-1]
            left, right = (prev, m) if direction > 0 else (m, prev)
            if left.last >= right.first or self.clause[right.first] != self.clause[left.last]:
                continue
            if right.first - left.last - 1 > MAX_LIST_GAP:
                break
            if self.s.gap(left.last, right.first).strip() == "(":
                continue        # "Guangxi (China)": the container is not a list item
            if direction < 0 and self._is_setting(m) and not self._is_setting(start):
                continue        # "tại Nghệ An, UBND tỉnh Nghệ An đã tổ chức": the place is no co-subject
            if m.cls in classes and self._joins_list(left, right):
                out.append(m)
        return out

    def _joins_list(self, left: Mention, right: Mention) -> bool:
        """True when only list punctuation, "and"-words, footnote marks or a bracketed aside stand between
        two names ("Japan, Korea and the EU", "«A» (6), «B»"), not other words ("in Da Nang is built the project")."""
        gap = re.sub(r"\([^()]*\)", " ", self.s.gap(left.last, right.first))
        words = re.findall(r"\w+", gap.lower())
        separated = not words or "," in gap or any(w in self.rules.list_words for w in words)
        return separated and all(w in self.rules.list_joiners for w in words)

    def allowed(self, relation: str, side: str) -> set[str]:
        rel = ontology().relations[relation]
        return set(rel.domain if side == "domain" else rel.range)

    # ---------------------------------------------------------------- structural rules
    def titles(self) -> None:
        """"Deputy Minister of Foreign Affairs Ngo Le Van", "Bui Thanh Son, Minister of ..."."""
        for i, person in enumerate(self.mentions):
            if person.cls != "Person":
                continue
            titles = []
            k = i - 1
            place = None
            if k >= 0 and self.mentions[k].cls == "Locality" and self.mentions[k].last == person.first - 1:
                place = self.mentions[k]    # "Provincial Party Secretary of Cao Bang Quan Minh Cuong"
                k -= 1
            while k >= 0 and self.mentions[k].cls == "Position":
                gap = self.s.gap(self.mentions[k].last, (titles[-1] if titles else place or person).first).strip()
                if gap not in ("", ",") and gap.lower() not in self.rules.list_words:
                    break
                titles.append(self.mentions[k])
                k -= 1
            if i + 1 < len(self.mentions) and self.mentions[i + 1].cls == "Position" \
                    and self.s.gap(person.last, self.mentions[i + 1].first).strip() == ",":
                titles.append(self.mentions[i + 1])
            for title in titles:
                self.add(person, "holdsPosition", title, "rule:title", 0.9)
                body = self._body_of(title, place)
                if body is not None:
                    self.add(person, "memberOf", body, "rule:title", 0.85)
                if body is not None and place is not None:
                    self.add(body, "locatedIn", place, "rule:container-in-name", 0.75)

    def _body_of(self, title: Mention, place: Mention | None) -> Mention | None:
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
            label = body.template.format(locality=lexicon[place.entity_id].en)
            implied = Mention(self.s, title.first, place.last, f"{place.entity_id}-{body.id}", body.cls, IMPLIED,
                              en=label, place=place.entity_id)
            self.implied.append(implied)
            return implied
        if _names_body(entry.en, body.en):
            return Mention(self.s, title.first, title.last, body.id, body.cls, "lexicon")
        return None

    def parentheses(self) -> None:
        """"Guangxi (China)" → Guangxi locatedIn China; an event's place is heldIn's business, not this rule's."""
        for a, b in zip(self.mentions, self.mentions[1:]):
            if a.cls != "Event" and self.s.gap(a.last, b.first).strip() == "(" and b.in_brackets:
                self.add(a, "locatedIn", b, "rule:parenthesis", 0.9)

    def events(self) -> None:
        """An event's place ("... in Can Tho") and date in the same sentence; when none follows it, a
        place or date just before it in the same clause ("20 marca w Binh Duong odbyło się Forum ...")."""
        places = self.allowed("heldIn", "range")
        for ev in (m for m in self.mentions if m.cls == "Event" and m.source != anaphora.SOURCE):
            after = [m for m in self.mentions if m.first > ev.last and m.cls in places and m.first - ev.last <= 8
                     and self._place_phrase(max(ev.last + 1, m.first - 3), m.first)]
            before = [m for m in self.mentions if m.last < ev.first and m.cls in places and ev.first - m.last <= 5
                      and self.clause[m.last] == self.clause[ev.first] and self._place_phrase(m.first - 2, m.first)]
            place = after[0] if after else (before[-1] if before else None)
            if place is not None:
                self.add(ev, "heldIn", place, "rule:event-place", 0.85 if after else 0.7)
            later = [d for d in self.dates if d.first > ev.last]
            earlier = [d for d in self.dates if d.last < ev.first and self.clause[d.last] == self.clause[ev.first]
                       and ev.first - d.last <= 8]
            date = later[0] if later else (earlier[-1] if earlier else None)
            if date is not None:
                self.add(ev, "heldOn", None, "rule:event-date", 0.85 if later else 0.7, literal=date.entity_id)

    def _is_setting(self, m: Mention) -> bool:
        """True for a place right after a place preposition ("in Da Nang", "в Данангу")."""
        return m.first > 0 and self.s.words[m.first - 1].norm in self.rules.place_prepositions

    def _place_phrase(self, start: int, end: int) -> bool:
        """True when a place preposition stands among words start..end-1 ("in", "в", "w", "à")."""
        return any(self.s.words[k].norm in self.rules.place_prepositions for k in range(max(0, start), end))

    def containers(self) -> None:
        """A region, site, project or body named with its container in one sentence:
        "regions of China such as Fujian", "VSIP Bac Ninh", "Hung Yen People's Committee"."""
        lexicon = load_lexicon()
        present = {m.entity_id: m for m in self.mentions if m.source != demonyms.SOURCE}
        for m in self.mentions:
            if m.cls not in CONTAINED_CLASSES:
                continue
            entry = lexicon.get(m.entity_id)
            container = entry.part_of if entry else None
            if container in lexicon:
                inside = Mention(self.s, m.first, m.last, container, lexicon[container].cls, "lexicon")
                named = lexicon[container].en.lower() in entry.en.lower()
                national = lexicon[container].cls == "Country" and m.cls in NATIONAL_CLASSES
                if container in present and not national:
                    self.add(m, "locatedIn", present[container], "rule:container", 0.7)
                elif named and not national:
                    self.add(m, "locatedIn", inside, "rule:container-in-name", 0.75)
            elif m.place:
                place = lexicon[m.place]
                self.add(m, "locatedIn", Mention(self.s, m.first, m.last, place.id, place.cls, "lexicon"),
                         "rule:container-in-name", 0.75)

    def issuers(self) -> None:
        """"Resolution 59 of the Politburo": a document directly followed by its issuer."""
        for a, b in zip(self.mentions, self.mentions[1:]):
            if a.cls == "PolicyDocument" and b.first == a.last + 1:
                self.add(a, "issuedBy", b, "rule:issuer", 0.8)

    # ---------------------------------------------------------------- trigger rules
    def is_assertion(self) -> bool:
        """False for recommendations, wishes, obligations and questions."""
        if self.s.text.rstrip().endswith("?"):
            return False
        allowed = {h.first for h in self.rules.exceptions.find(self.s)}
        return not any(h.first not in allowed for h in self.rules.modality.find(self.s))

    def _subject_before(self, hit: Hit, classes: set[str], same_clause: bool = True) -> Mention | None:
        before = [m for m in self.mentions if m.last < hit.first and m.cls in classes
                  and self._subject_distance(m.last, hit.first) <= MAX_SUBJECT_GAP and self._level(m, hit)
                  and (not same_clause or self.clause[m.last] == self.clause[hit.first])]
        if before:
            return before[-1]
        starts_with_topic = self._topic_word_before(hit.first)
        nothing_before = not any(m.last < hit.first for m in self.mentions)
        if self.topic is not None and self.topic.cls in classes and (starts_with_topic or nothing_before):
            return self.topic
        return None

    def _topic_word_before(self, index: int) -> bool:
        """True when a word like "the city", "она", "prowincja" outside any name precedes word `index`."""
        return any(h.first < index and not any(m.first <= h.first <= m.last for m in self.mentions)
                   for h in self.rules.topic_words.find(self.s))

    def _free(self, hit: Hit, relation: str, domain: set[str], rng: set[str], direction: int) -> None:
        """Relations whose ends are of different classes need no word order: the nearest subject
        on either side, and the objects listed nearest the trigger ("видана Політбюро Резолюція");
        a passive trigger ("organised by") takes the subject after it when there is one."""
        def near(m: Mention) -> int:
            return self._distance(m.last, hit.first) if m.last < hit.first else self._distance(hit.last, m.first)

        objects = [m for m in self.mentions if m.cls in rng and near(m) <= MAX_SUBJECT_GAP and self._level(m, hit)]
        after = [m for m in self.mentions if m.cls in domain and m.last > hit.last and m.first >= hit.first
                 and near(m) <= MAX_SUBJECT_GAP]     # "signed Decision 1812": the trigger ends inside the name
        subject = after[0] if direction < 0 and after and near(after[0]) <= MAX_FIRST_GAP else None
        if subject is None:
            subject = self._subject_before(hit, domain, same_clause=False)
        if subject is self.topic and after and near(after[0]) <= MAX_FIRST_GAP and not self._topic_word_before(after[0].first):
            subject = after[0]      # "Als Prioritäten hat Da Nang ... bestimmt": a subject in the sentence first
        if subject is None:
            subject = after[0] if after else None
        if subject is None or not objects:
            return
        objects = [m for m in objects if m.entity_id != subject.entity_id]     # "KOICA ... (KOICA)" is one name
        beyond = [m for m in objects if hit.last <= subject.last < m.first or m.last < subject.first <= hit.first]
        if subject is not self.topic and len(beyond) < len(objects):
            # "X signed Decision D on Y": with X on the trigger's other side, Y beyond D is not D's issuer
            objects = [m for m in objects if m not in beyond]
        chain = []
        for side in (-1, 1):     # the nearest list on each side: "X, one of the pillars, with Y and Z"
            beside = [m for m in objects if (m.first > hit.last) == (side > 0) and m is not subject
                      and near(m) <= MAX_FIRST_GAP]
            if beside:     # a place after "in" is where it happens, not the object, when another is at hand
                chain += self._chain(min(beside, key=lambda m: (self._is_setting(m), near(m))), rng, side)
        subject_chain = self._chain(subject, domain, -1 if subject.last < hit.first else 1) \
            if subject is not self.topic else [subject]
        for subj in subject_chain:
            for obj in chain:
                confidence = 0.7 if near(obj) + (near(subj) if subj is not self.topic else 0) <= 8 else 0.55
                self.add(subj, relation, obj, f"trigger:{relation}", confidence)

    def _between(self, hit: Hit, relation: str, classes: set[str]) -> None:
        """"relations between Vietnam and China": both ends follow the trigger."""
        after = [m for m in self.mentions if m.first > hit.last and m.first - hit.last <= 3 and m.cls in classes]
        if after and self._gap_words(hit.first - 1, after[0].first) & (self.rules.comitative_words | self.rules.example_words):
            return      # "cooperation with X and Y", "bodies such as X and Y": X and Y are not a pair
        if after and not any(m.last < hit.first and m.cls in classes for m in self.mentions):
            chain = self._chain(after[0], classes, 1)
            for other in chain[1:]:
                self.add(chain[0], relation, other, f"trigger:{relation}", 0.7)

    def triggers(self) -> None:
        backward = self.rules.backward.find(self.s)
        for direction, hits in ((1, self.rules.forward.find(self.s)), (-1, backward)):
            for hit in hits:
                if direction > 0 and any(b.first <= hit.first and hit.last <= b.last and b.last > b.first
                                         for b in backward):
                    continue        # "organiz" inside "organized by": the longer, backward reading wins
                if any(m.first <= hit.first and hit.last <= m.last for m in self.mentions):
                    continue        # "cooperation" inside "Korea International Cooperation Agency"
                relation = hit.label
                if relation not in ontology().relations:
                    continue
                domain, rng = self.allowed(relation, "domain"), self.allowed(relation, "range")
                if not domain & rng:
                    self._free(hit, relation, domain, rng, direction)
                    continue
                if direction > 0 and ontology().relations[relation].symmetric:
                    self._between(hit, relation, domain)
                if direction > 0:
                    subject = self._subject_before(hit, domain)
                    after = [m for m in self.mentions if m.first > hit.last and m.cls in rng
                             and self._object_distance(hit, m) <= MAX_FIRST_GAP and self._level(m, hit)
                             and self.clause[m.first] == self.clause[hit.last]]
                    if subject is None or not after:
                        continue
                    if self._gap_words(hit.first - 1, after[0].first) & self.rules.between_words:
                        continue    # "relations between X and Y": the subject is not one of the ends
                    subjects = [subject] if subject is self.topic else self._chain(subject, domain, -1)
                    objects = self._chain(after[0], rng, 1)
                else:
                    before = [m for m in self.mentions if m.last < hit.first and m.cls in rng
                              and self._distance(m.last, hit.first) <= MAX_SUBJECT_GAP and self._level(m, hit)]
                    after = [m for m in self.mentions if m.first > hit.last and m.cls in domain
                             and self._distance(hit.last, m.first) <= MAX_FIRST_GAP and self._level(m, hit)]
                    if not before and after:    # "the largest investors in X are A, B"; "with support of X, P"
                        subject = after[0]
                        later = [m for m in self.mentions if m.first > subject.last and m.cls in rng
                                 and m.entity_id != subject.entity_id
                                 and self._distance(subject.last, m.first) <= MAX_FIRST_GAP]
                        if later:
                            first = min(later, key=lambda m: (self._is_setting(m), self._distance(subject.last, m.first)))
                            for obj in self._chain(first, rng, 1):
                                self.add(subject, relation, obj, f"trigger:{relation}", 0.6)
                        continue
                    if not before or not after:
                        continue
                    objects = [before[-1]]
                    subjects = self._chain(after[0], domain, 1)
                for subject in subjects:
                    for obj in objects:
                        distance = abs(obj.first - hit.last) + abs(hit.first - subject.last)
                        confidence = 0.75 if distance <= 8 else 0.6
                        self.add(subject, relation, obj, f"trigger:{relation}", confidence)

    def run(self) -> dict[Triple, Evidence]:
        if self.s.in_references:
            return {}
        self.titles()
        self.parentheses()
        self.events()
        self.containers()
        self.issuers()
        if self.is_assertion():
            self.triggers()
            self.prefer_specific()
        return self.facts

    def prefer_specific(self) -> None:
        """Drop "S r China" when the same sentence gives "S r Guangxi" and Guangxi lies in China
        ("cooperation with regions of China such as Guangxi"; "with Guangxi (China)")."""
        lexicon = load_lexicon()
        triggered = [t for t, e in self.facts.items() if e.extractor.startswith("trigger:") and not t.literal]
        for t in triggered:
            for other in triggered:
                entry = lexicon.get(other.object)
                if other.subject == t.subject and other.predicate == t.predicate and entry is not None \
                        and entry.part_of == t.object and t in self.facts:
                    del self.facts[t]


def sentence_topic(sentence: Sentence, mentions: list[Mention], previous: Mention | None) -> Mention | None:
    """The subject later sentences may refer back to: a place or body the sentence starts with,
    not one a preposition governs ("invests in Korea", "з Республіки Корея")."""
    lang_rules = rules(sentence.lang)
    governed = lang_rules.comitative_words | lang_rules.direction_words | lang_rules.place_prepositions
    for m in mentions:
        if m.first <= TOPIC_REACH and m.cls in TOPIC_CLASSES and \
                (m.first == 0 or sentence.words[m.first - 1].norm not in governed):
            return m
    return previous


def extract_relations(sentence: Sentence, mentions: list[Mention],
                      topic: Mention | None) -> tuple[list[Fact], list[Mention]]:
    """The facts of a sentence, and the entities its rules inferred (source IMPLIED)."""
    finder = SentenceRelations(sentence, mentions, topic)
    facts = finder.run()
    return [Fact(t, e) for t, e in facts.items()], finder.implied
