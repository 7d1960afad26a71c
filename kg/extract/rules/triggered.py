"""Trigger rules: a trigger word of a relation (kg/data/lang/<xx>/relations.yaml) between a subject and
its objects; only in sentences that state facts (not recommendations, wishes or questions)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.anaphora import RELATIVE, is_landmark
from kg.extract.context import MAX_FIRST_GAP, MAX_SUBJECT_GAP, SentenceContext
from kg.extract.lexicon import load_lexicon
from kg.extract.organisations import based_from
from kg.extract.place_nouns import place_nouns
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Mention, Triple
from kg.ontology import ontology
from kg.profile import profile

RECEIVING_CLASSES = {"Locality", "Country"}     # a relation only places are subjects of: a setting may be its subject
SENTENCE_WIDE = {"PolicyDocument"}     # a relation only policy documents start finds its subject anywhere before
NAMED_CLASSES = {"Locality", "ForeignRegion", "Country", "Region", "Organization", "GovernmentBody", "Project", "Event"}
UNNAMED_CONFIDENCE = 0.5      # a fact whose event the sentence does not name
PAIR_GAP = 4     # words from the last of "A and B" to their shared verb ("A and B also signed")
LIST_OPENING = 2     # words before an attendance verb that opens its list ("Tham dự …", "Y ont pris part …")


def _free(ctx: SentenceContext, hit: Hit, relation: str, domain: set[str], rng: set[str], direction: int) -> None:
    """Relations whose ends are of different classes need no word order: the nearest subject
    on either side, and the objects listed nearest the trigger ("видана Політбюро Резолюція");
    a passive trigger ("organised by") takes the subject after it when there is one."""
    def near(m: Mention) -> int:
        return ctx.distance(m.last, hit.first) if m.last < hit.first else ctx.distance(hit.last, m.first)

    objects = [m for m in ctx.mentions if m.cls in rng and near(m) <= MAX_SUBJECT_GAP and ctx.level(m, hit)]
    # "виконує Резолюцію № 57 Політбюро": the document's issuer is not who carries it out
    issuers = {t.object for t in ctx.facts if t.predicate == "issuedBy" and any(t.subject == o.entity_id for o in objects)}
    # "signed Decision 1812": the trigger ends inside the name; a subject after the trigger is in its clause
    # ("приняли участие в Конференции ..., которую Народный комитет организовал": the committee organised)
    after = [m for m in ctx.mentions if m.cls in domain and m.last > hit.last and m.first >= hit.first
             and near(m) <= MAX_SUBJECT_GAP and ctx.clause[m.first] == ctx.clause[hit.last]
             and not (m.in_brackets and ctx.bracket_owner(m, NAMED_CLASSES) is not None)   # "делегация X (Россия)"
             and m.entity_id not in issuers]
    # "zorganizowane 21 listopada w Kon Tum przez Komitet Ludowy": the agent is the name after "przez", "by"
    by_agent = [m for m in after if direction < 0 and _after_agent_word(ctx, m) and near(m) <= MAX_SUBJECT_GAP]
    subject = by_agent[0] if by_agent else \
        after[0] if direction < 0 and after and near(after[0]) <= MAX_FIRST_GAP else None
    if subject is None:
        subject = _coordinated(ctx, hit, _agent_not_setting(ctx, hit, domain), domain)
    if direction < 0 and after and subject is not None and subject is not ctx.topic and ctx.is_setting(subject):
        subject = after[0]      # "The forum, held in Ca Mau, was co-hosted by A and B": the agent follows "by"
    if subject is None:     # "The forum, held in Ca Mau, ...": a place after "in" is where, not who
        after = [m for m in after if not ctx.is_setting(m)]
    if subject is not None and subject is ctx.topic and subject.sentence is not ctx.s and after and near(after[0]) <= MAX_FIRST_GAP \
            and not ctx.topic_word_before(after[0].first):
        subject = after[0]      # "Als Prioritäten hat Da Nang ... bestimmt": a subject in the sentence first
    if subject is None:
        subject = after[0] if after else None
    if subject is None and domain == SENTENCE_WIDE:
        # "Resolution 59 of the Politburo, adopted in January, affirms that A, B and C are the pillars":
        # only a policy document defines, so the one named earlier in the sentence, however far
        subject = next((m for m in reversed(ctx.mentions) if m.cls in domain and m.last < hit.first), None)
    # "Auch der Botschafter ..., Đỗ Minh Tuấn, nahm teil": a verb that may leave its event unnamed stands for the
    # event the text is at, its subject named in the sentence
    unnamed = ctx.event_at_hand(relation, hit.phrase) if subject is not None and subject is not ctx.topic \
        and not objects else None
    if subject is None or not (objects or unnamed):
        return
    if relation == "participatesIn" and subject is not ctx.topic and ctx.is_setting(subject):
        return      # "Форум, прошедший в Сонла, собрал 450 делегатов": where it was, not who took part
    if subject is not ctx.topic:    # "взяли участь генеральний консул Камбоджі ... Сок Чанна": the consul, not Cambodia
        subject = ctx.holder(subject, domain)
    objects = [m for m in objects if m.entity_id != subject.entity_id]     # "KOICA ... (KOICA)" is one name
    beyond = [m for m in objects if hit.last <= subject.last < m.first or m.last < subject.first <= hit.first]
    if subject is not ctx.topic and len(beyond) < len(objects):
        # "X signed Decision D on Y": with X on the trigger's other side, Y beyond D is not D's issuer
        objects = [m for m in objects if m not in beyond]
    chain = [unnamed] if unnamed is not None else []
    for side in (-1, 1) if unnamed is None else ():     # the nearest list on each side: "X, one of the pillars, with Y and Z"
        # "The forum, held in X on D, was hosted by"; "das Forum, das von A gemeinsam mit B ausgerichtet wurde"
        beside = [m for m in objects if (m.first > hit.last) == (side > 0) and m is not subject
                  and near(m) <= (MAX_SUBJECT_GAP if side < 0 and (direction < 0 or m.source == RELATIVE)
                                  else MAX_FIRST_GAP)]
        if beside:     # a place after "in" is where it happens, not the object, when another is at hand
            chain += ctx.chain(min(beside, key=lambda m: (ctx.is_setting(m), near(m))), rng, side)
    subject_chain = ctx.chain(subject, domain, -1 if subject.last < hit.first else 1) \
        if subject is not ctx.topic else [subject]
    if relation == "participatesIn" and hit.first <= LIST_OPENING and subject.first > hit.last:
        # "Tham dự hội nghị có A, Chairman of ...; B, Vice-Governor ...; C": an attendance list opening the
        # sentence names every participant, across the semicolons between its items
        subject_chain += [m for m in ctx.mentions if m.cls == "Person" and m.first > subject.last
                          and m not in subject_chain]
    if subject is not ctx.topic:
        joined = [m for m in ctx.co_agents(subject, domain, after=subject.first > hit.last) if m not in subject_chain]
        if subject.last < hit.first:    # "X phối hợp với Y tổ chức", "X организовал совместно с Y"
            joined += [m for m in ctx.co_agents(subject, domain, after=True) + _co_agents_after(ctx, hit, domain)
                       if m not in subject_chain and m not in chain and m not in joined]
        subject_chain += joined
        if relation == "organizes" and chain:     # "A спільно з B провів конференцію": co-organisers cooperate
            for partner in joined:      # one direction of the symmetric relation, as another rule may give it
                if Triple(partner.entity_id, "cooperatesWith", subject.entity_id) not in ctx.facts:
                    ctx.add(subject, "cooperatesWith", partner, "rule:co-organisers", 0.6)
    for subj in subject_chain:
        for obj in chain:
            if obj is unnamed:
                ctx.add(subj, relation, obj, f"trigger:{relation}:at-hand", UNNAMED_CONFIDENCE)
                continue
            confidence = 0.7 if near(obj) + (near(subj) if subj is not ctx.topic else 0) <= 8 else 0.55
            ctx.add(subj, relation, obj, f"trigger:{relation}", confidence)
            ctx.subjects_of.setdefault(obj.first, subject)


def _co_agents_after(ctx: SentenceContext, hit: Hit, domain: set[str]) -> list[Mention]:
    """Agents joined to the trigger's subject right after the verb: "организовал совместно с Министерством ...",
    "ausgerichtet gemeinsam mit dem Ministerium" (and those joined to them in turn)."""
    nxt = next((m for m in ctx.mentions if m.first > hit.last), None)
    if nxt is None or nxt.cls not in domain or not ctx.joins_agents(hit.last, nxt.first):
        return []
    return [nxt] + ctx.co_agents(nxt, domain, after=True)


def _agent_not_setting(ctx: SentenceContext, hit: Hit, domain: set[str]) -> Mention | None:
    """The nearest subject before the trigger, passing over a place after "in" when a name that is no setting
    comes before it: "hat das Volkskomitee der Provinz in Ho-Chi-Minh-Stadt den Investorentag veranstaltet"."""
    subject = ctx.subject_before(hit, domain, same_clause=False)
    if subject is None or subject is ctx.topic or not ctx.is_setting(subject):
        return subject
    agent = next((m for m in reversed(ctx.mentions) if m.last < subject.first and m.cls in domain
                  and not ctx.is_setting(m) and ctx.subject_distance(m.last, hit.first) <= MAX_SUBJECT_GAP
                  and ctx.level(m, hit) and ctx.clause[m.last] == ctx.clause[subject.first]), None)
    return agent or subject


def ranked_after(ctx: SentenceContext, subject: Mention | Hit, classes: set[str]) -> list[Mention]:
    """The names after "followed by" right after `subject`: "South Korea is the largest investor in Bac Ninh,
    followed by Japan, China and Singapore" (A, B rank as the first does)."""
    for hit in _continuations(ctx.s.lang).find(ctx.s):
        if hit.first > subject.last and ctx.distance(subject.last, hit.first) <= 2:
            first = next((m for m in ctx.mentions if m.first > hit.last and m.cls in classes), None)
            if first is not None and first.first - hit.last <= 2:
                return ctx.chain(first, classes, 1)
    return []


@lru_cache(maxsize=None)
def _continuations(lang: str) -> TriggerSet:
    return TriggerSet({"next": profile(lang).patterns.ranking_continuations})


def _partners(ctx: SentenceContext, hit: Hit, relation: str, subject: Mention, domain: set[str]) -> None:
    """"A and B signed a memorandum": the coordinated subjects right before a symmetric verb with no object are
    each other's partners."""
    start: Mention | None = subject
    while start is not None and start.in_brackets:     # "Đại học Nagoya (tỉnh Aichi)": a container
        start = ctx.bracket_owner(start, domain)
    if start is None or start is ctx.topic or ctx.distance(start.last, hit.first) > PAIR_GAP or ctx.is_setting(start):
        return      # "W Krakowie podpisano porozumienie": where it was signed, not who
    # "the Jeollanam-do Provincial Government of the Republic of Korea signed", "Могилёвская область Беларуси
    # подписали": the country completes the name
    connectors = ctx.rules.articles | place_nouns(ctx.s.lang).connectors
    owner = next((m for m in reversed(ctx.mentions) if m.last < start.first and m.cls in domain
                  and (start.first > m.last + 1 or not ctx.s.gap(m.last, start.first).strip())
                  and not re.search(r"[,;:()«»\"]", ctx.s.gap(m.last, start.first))
                  and all(w.norm in connectors for w in ctx.s.words[m.last + 1:start.first])), None)
    pair = _coordinated_before(ctx, owner or start, domain)
    for i, one in enumerate(pair):
        for other in pair[i + 1:]:
            ctx.add(one, relation, other, f"trigger:{relation}", 0.65)


def _coordinated_before(ctx: SentenceContext, last: Mention, classes: set[str]) -> list[Mention]:
    """`last` and the names listed before it with "and" or commas, a bracketed container after each aside:
    "Trường Đại học Lạc Hồng (Đồng Nai) và Đại học Nagoya"."""
    out, edge = [last], based_from(ctx.s, last)     # edge: where the next item is listed before
    for m in reversed([m for m in ctx.mentions if m.last < last.first]):
        if m.in_brackets or m.last >= edge.first:
            continue
        if m.cls not in classes or not ctx.joins_list(m, edge) or ctx.clause[m.last] != ctx.clause[edge.first]:
            break
        out.append(m)
        edge = based_from(ctx.s, m)
    return out


def _coordinated(ctx: SentenceContext, hit: Hit, subject: Mention | None, domain: set[str]) -> Mention | None:
    """The subject a second verb shares with the first: in "X borders A and exports to B" the nearest name
    before "exports" is A, an object of "borders"; an "and" right before the verb hands it X instead."""
    if subject is None or subject.first not in ctx.subjects_of or hit.first == 0:
        return subject
    if ctx.s.words[hit.first - 1].norm not in ctx.rules.list_words and "," not in ctx.s.gap(subject.last, hit.first):
        return subject
    shared = ctx.subjects_of[subject.first]
    return shared if shared.cls in domain else subject


def _between(ctx: SentenceContext, hit: Hit, relation: str, classes: set[str]) -> None:
    """"relations between Vietnam and China": both ends follow the trigger."""
    after = [m for m in ctx.mentions if m.first > hit.last and m.first - hit.last <= 3 and m.cls in classes]
    if after and ctx.gap_words(hit.first - 1, after[0].first) & (ctx.rules.comitative_words | ctx.rules.example_words):
        return      # "cooperation with X and Y", "bodies such as X and Y": X and Y are not a pair
    if ctx.topic is not None and ctx.topic_word_before(hit.first):
        return      # "It borders A, B and C": the topic is the subject, A, B and C its objects, not a pair
    if after and not any(m.last < hit.first and m.cls in classes for m in ctx.mentions):
        chain = ctx.chain(after[0], classes, 1)
        for other in chain[1:]:
            ctx.add(chain[0], relation, other, f"trigger:{relation}", 0.7)


def triggers(ctx: SentenceContext) -> None:
    backward = ctx.rules.backward.find(ctx.s)
    for direction, hits in ((1, ctx.rules.forward.find(ctx.s)), (-1, backward)):
        for hit in hits:
            if direction > 0 and any(b.first <= hit.first and hit.last <= b.last and b.last > b.first
                                     for b in backward):
                continue        # "organiz" inside "organized by": the longer, backward reading wins
            if any(m.first <= hit.first and hit.last <= m.last for m in ctx.mentions):
                continue        # "cooperation" inside "Korea International Cooperation Agency"
            relation = hit.label
            if relation not in ontology().relations:
                continue
            domain, rng = ctx.allowed(relation, "domain"), ctx.allowed(relation, "range")
            if not domain & rng:
                _free(ctx, hit, relation, domain, rng, direction)
                continue
            if direction > 0 and ontology().relations[relation].symmetric:
                _between(ctx, hit, relation, domain)
            if direction > 0:
                subject = _apposition(ctx, hit, domain) or _coordinated(ctx, hit, ctx.subject_before(hit, domain), domain)
                inverted = _inverted(ctx, hit, domain, rng) if subject is None or (
                    subject.sentence is ctx.s and ctx.is_setting(subject)) else None
                if inverted is not None:
                    subject, obj = inverted     # "Seit 2019 unterstützt die GIZ Vinh Long": verb, subject, object
                    for o in ctx.chain(obj, rng, 1):
                        ctx.add(subject, relation, o, f"trigger:{relation}", 0.6)
                    continue
                # a name may begin with the trigger's last word: "thuộc vùng" + "vùng Đồng bằng sông Cửu Long"
                after = [m for m in ctx.mentions if (m.first > hit.last or hit.first < m.first <= hit.last < m.last)
                         and m.cls in rng and ctx.object_distance(hit, m) <= MAX_FIRST_GAP and ctx.level(m, hit)
                         and ctx.clause[m.first] == ctx.clause[hit.last]]
                if after and is_landmark(ctx.s, after[0]):
                    continue        # "położona 100 km od Hanoi": measured from Hanoi, not lying in it
                if subject is not None and not after and ontology().relations[relation].symmetric:
                    _partners(ctx, hit, relation, subject, domain)
                if subject is None or not after:
                    continue
                if ctx.gap_words(hit.first - 1, after[0].first) & ctx.rules.between_words:
                    continue    # "relations between X and Y": the subject is not one of the ends
                subjects = [subject] if subject is ctx.topic else ctx.chain(ctx.holder(subject, domain), domain, -1)
                objects = ctx.chain(ctx.holder(after[0], rng), rng, 1)
            else:
                before = [m for m in ctx.mentions if m.last < hit.first and m.cls in rng
                          and ctx.distance(m.last, hit.first) <= MAX_SUBJECT_GAP and ctx.level(m, hit)]
                ranked = ranked_after(ctx, hit, rng)    # "X is its largest investor, followed by A": A ranks too
                # "X has invested US$48 million in a solar farm in Dak Lak": a place after "in" receives it, further on
                receiving = domain <= RECEIVING_CLASSES
                after = [m for m in ctx.mentions if m.first > hit.last and m.cls in domain and m not in ranked
                         and ctx.distance(hit.last, m.first) <= (MAX_SUBJECT_GAP if receiving and ctx.is_setting(m)
                                                                 else MAX_FIRST_GAP)
                         and ctx.level(m, hit) and ctx.clause[m.first] == ctx.clause[hit.last]]
                if not before and after:    # "the largest investors in X are A, B"; "with support of X, P"
                    subject = after[0]
                    later = [m for m in ctx.mentions if m.first > subject.last and m.cls in rng
                             and m.entity_id != subject.entity_id
                             and ctx.distance(subject.last, m.first) <= MAX_FIRST_GAP
                             and not re.search(r"[–—;:]", ctx.s.gap(subject.last, m.first))]   # "Korea — thanks to"
                    if later and ctx.joins_list(subject, min(later, key=lambda m: m.first)):
                        # "X exported ..., and its main markets remain the US, China and Japan": one list, the
                        # objects of the subject before the trigger (or the topic), not a subject and its objects
                        earlier = ctx.subject_before(hit, domain, same_clause=False)
                        if earlier is not None and subject.cls in rng:
                            for obj in ctx.chain(subject, rng, 1):
                                ctx.add(earlier, relation, obj, f"trigger:{relation}", 0.6)
                        continue
                    if later:
                        first = min(later, key=lambda m: (ctx.is_setting(m), ctx.distance(subject.last, m.first)))
                        for obj in ctx.chain(first, rng, 1):
                            ctx.add(subject, relation, obj, f"trigger:{relation}", 0.6)
                    continue
                agent = _agent_before(ctx, before, domain) if before and not after else None
                if agent is not None:       # "das Projekt, das von der GIZ unterstützt wird": the agent is before
                    objects = [m for m in before if m.last < agent.first][-1:]
                    if objects:
                        subjects, objects = ctx.chain(agent, domain, 1), ctx.chain(objects[0], rng, -1)
                        subjects = [m for m in subjects if m.last < hit.first]
                    else:
                        continue
                elif not before or not after:
                    continue
                else:
                    # "Sakura Renewables (Japan) has invested ... in Dak Lak": the bracket says where the investor is
                    investor = ctx.bracket_owner(before[-1], rng) or before[-1]
                    if ctx.is_setting(investor):
                        # "Le groupe Soleo Atlantique, basé à Pessac, a investi": where the investor is, not who
                        investor = next((m for m in reversed(before) if m.last < investor.first and not ctx.is_setting(m)
                                         and ctx.clause[m.last] == ctx.clause[investor.first]), investor)
                    objects = ctx.chain(investor, rng, -1) + ranked_after(ctx, after[0], rng)
                    subjects = ctx.chain(ctx.holder(after[0], domain), domain, 1)
            for subject in subjects:
                for obj in objects:
                    distance = abs(obj.first - hit.last) + abs(hit.first - subject.last)
                    confidence = 0.75 if distance <= 8 else 0.6
                    ctx.add(subject, relation, obj, f"trigger:{relation}", confidence)
                    ctx.objects_of.setdefault(hit.first, set()).add(obj.entity_id)
                    if direction > 0:
                        ctx.subjects_of.setdefault(obj.first, subjects[0])


INVERTED_GAP = 2     # words (articles) between a verb-second verb and its subject


def _inverted(ctx: SentenceContext, hit: Hit, domain: set[str], rng: set[str]) -> tuple[Mention, Mention] | None:
    """In a verb-second language, a lowercase (finite) trigger after a fronted phrase, its subject and then its
    object right after it, in one clause: "Bereits seit 2019 unterstützt die GIZ Vinh Long beim …"; None elsewhere."""
    if not profile(ctx.s.lang).patterns.verb_second or ctx.s.words[hit.first].is_capitalised or hit.first == 0:
        return None
    after = [m for m in ctx.mentions if m.first > hit.last and ctx.clause[m.first] == ctx.clause[hit.last]]
    if len(after) < 2:
        return None
    subject, rest = after[0], [m for m in after[1:] if m.entity_id != after[0].entity_id]     # "… (GIZ)": its alias
    end = max([subject.last] + [m.last for m in after[1:] if m.entity_id == subject.entity_id and m.in_brackets])
    articles = ctx.rules.articles
    if not rest or subject.cls not in domain or rest[0].cls not in rng or subject.first - hit.last - 1 > INVERTED_GAP \
            or set(hit.phrase.split()) & (ctx.rules.place_prepositions | ctx.rules.direction_words) \
            or any(w.norm not in articles for w in ctx.s.words[hit.last + 1:subject.first]) \
            or rest[0].first - end - 1 > INVERTED_GAP or ctx.is_setting(rest[0]) \
            or re.search(r"[,;:]", ctx.s.gap(end, rest[0].first)):
        return None
    return subject, rest[0]


def _apposition(ctx: SentenceContext, hit: Hit, domain: set[str]) -> Mention | None:
    """The name an apposition the trigger opens is about: "with Sakai, a city in Japan's Osaka Prefecture" (Sakai,
    whatever governs it). An article opens the apposition: ", borders X" after a name is a second verb."""
    k = hit.first
    while k > 0 and ctx.s.words[k - 1].norm in ctx.rules.articles and not ctx.s.gap(k - 1, k).strip():
        k -= 1
    if k == 0 or k == hit.first or ctx.s.gap(k - 1, k).strip() != ",":
        return None
    return next((m for m in ctx.mentions if m.last == k - 1 and m.cls in domain), None)


def _after_agent_word(ctx: SentenceContext, m: Mention) -> bool:
    """True when "by", "przez", "von" (an article between) stands right before the mention."""
    previous = [w.norm for w in ctx.s.words[max(0, m.first - 2):m.first]]
    return bool(previous) and (previous[-1] in ctx.rules.agent_prepositions or len(previous) == 2
                               and previous[0] in ctx.rules.agent_prepositions and previous[1] in ctx.rules.articles)


def _agent_before(ctx: SentenceContext, before: list[Mention], domain: set[str]) -> Mention | None:
    """The agent of a verb-final passive: the first name of the domain right after "von", "by", "przez" (an
    article between) among the names before the trigger, with a name of the range before it."""
    for m in before:
        if m.cls in domain and _after_agent_word(ctx, m):
            return m
    return None


def prefer_specific(ctx: SentenceContext) -> None:
    """Drop "S r China" when the same sentence gives "S r Guangxi" and Guangxi lies in China
    ("cooperation with regions of China such as Guangxi"; "with Guangxi (China)"), unless a trigger of its own
    gave China ("shares a border with Cambodia and borders the Cambodian province of Kratie")."""
    lexicon = load_lexicon()
    triggered = [t for t, e in ctx.facts.items() if e.extractor.startswith("trigger:") and not t.literal]
    for t in triggered:
        own = {k for k, objects in ctx.objects_of.items() if t.object in objects}
        for other in triggered:
            entry = lexicon.get(other.object)
            if other.subject == t.subject and other.predicate == t.predicate and entry is not None \
                    and entry.part_of == t.object and t in ctx.facts \
                    and not own - {k for k, objects in ctx.objects_of.items() if other.object in objects}:
                del ctx.facts[t]


def one_role(ctx: SentenceContext) -> None:
    """Drop "S participatesIn E" when the same sentence says S organizes E: an organiser is not also a guest
    ("Cette édition, coorganisée par A et B, a réuni trois cents participants")."""
    organised = {(t.subject, t.object) for t in ctx.facts if t.predicate == "organizes"}
    for t in [t for t in ctx.facts if t.predicate == "participatesIn" and (t.subject, t.object) in organised]:
        del ctx.facts[t]
