"""Investment by a named company: a word that states one (an investment certificate, contract or registration, a
plant built, capital put in; `investment_words` in kg/data/lang/<xx>/patterns.yaml) near an organisation gives
the locality the money goes to `attractsInvestmentFrom` the organisation — "Công ty TNHH Hanul Components (Hàn
Quốc) với vốn đầu tư 250 triệu USD, đặt tại VSIP Nghệ An", "Die Neckar Kühltechnik GmbH unterzeichnete einen
Investitionsvertrag … im Industriepark Loc Son in Lam Dong". The locality is one the sentence names (or the
place of a park it names), else the subject the text is about; a trigger rule's own reading comes first."""
from __future__ import annotations

from functools import lru_cache

from kg.extract import anaphora
from kg.extract.context import SentenceContext
from kg.extract.lexicon import load_lexicon
from kg.extract.triggers import Hit, TriggerSet
from kg.model import Mention
from kg.profile import profile

RELATION = "attractsInvestmentFrom"
REACH = 10          # words from the investment word to the organisation
CONFIDENCE = 0.55
PLACED_CLASSES = {"Project", "GovernmentBody"}     # names whose locality may receive the investment


@lru_cache(maxsize=None)
def _words(lang: str) -> TriggerSet:
    return TriggerSet({"investment": profile(lang).patterns.investment_words})


def company_investments(ctx: SentenceContext) -> None:
    if any(t.predicate == RELATION for t in ctx.facts):
        return      # the sentence's verbs already said who invests where
    for hit in _words(ctx.s.lang).find(ctx.s):
        if any(m.first <= hit.first <= m.last for m in ctx.mentions):
            continue        # "Investment Promotion Centre" is a name, no investment
        investor = _investor(ctx, hit)
        destination = _destination(ctx, investor) if investor is not None else None
        if destination is not None:
            ctx.add(destination, RELATION, investor, "rule:company-investment", CONFIDENCE)
            home = _home_country(ctx, investor)
            if home is not None:        # "Tập đoàn Seorin Energy (Hàn Quốc)": the money comes from Korea too
                ctx.add(destination, RELATION, home, "rule:company-investment", CONFIDENCE)
            return


def _investor(ctx: SentenceContext, hit: Hit) -> Mention | None:
    """The organisation nearest the investment word in its clause (not a container in brackets)."""
    def gap(m: Mention) -> int:
        return ctx.distance(m.last, hit.first) if m.last < hit.first else ctx.distance(hit.last, m.first)

    # a relative pronoun opening the clause stands for its subject however long the clause ("…, die 38 Millionen
    # Euro in ein Werk im Industriepark … investiert")
    near = [m for m in ctx.mentions if m.cls == "Organization" and not m.in_brackets
            and ctx.clause[m.first] == ctx.clause[hit.first] and (gap(m) <= REACH or m.source == anaphora.RELATIVE)]
    return min(near, key=gap) if near else None


def _destination(ctx: SentenceContext, investor: Mention) -> Mention | None:
    """The locality the sentence names (a setting first), else the one a park or a local body it names lies in, else
    the topic."""
    places = [m for m in ctx.mentions if m.cls == "Locality" and not m.in_brackets and m is not investor]
    if places:
        return min(places, key=lambda m: (not ctx.is_setting(m), abs(m.first - investor.first)))
    lexicon = load_lexicon()
    for m in ctx.mentions:      # "im Industriepark Loc Son", "UBND tỉnh Hà Tĩnh đã trao Giấy chứng nhận"
        place = m.place or getattr(lexicon.get(m.entity_id), "part_of", None) if m.cls in PLACED_CLASSES else None
        if place in lexicon and lexicon[place].cls == "Locality":
            return Mention(ctx.s, m.first, m.last, place, "Locality", "lexicon")
    topic = ctx.topic
    return topic if topic is not None and topic.cls == "Locality" else None


def _home_country(ctx: SentenceContext, investor: Mention) -> Mention | None:
    """The country in brackets right after the organisation ("Daeyang Metal (Hàn Quốc)")."""
    return next((m for m in ctx.mentions if m.cls == "Country" and m.in_brackets and m.first > investor.last
                 and ctx.s.gap(investor.last, m.first).strip() == "("), None)
