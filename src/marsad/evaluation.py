"""Evaluation: the reference scorer of docs/output-contract.md, vendored so marsad needs no
external checkout at run time. The scoring logic is kept verbatim from the reference
``score.py`` (entities, core_events, verbal_events, event_persons_accuracy,
published_date_accuracy) so figures are comparable across systems.
"""
# ruff: noqa
# mypy: ignore-errors
import json
import re
import sys
import unicodedata
from difflib import SequenceMatcher

CORE_TYPES = {"CONSULT", "AGREE", "COOPERATE", "AID", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT", "CONCEDE"}
VERBAL_TYPES = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "PROTEST"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}

ALIASES = {
    "un security council": "united nations security council",
    "unsc": "united nations security council",
    "un general assembly": "united nations general assembly",
    "un": "united nations",
    "group of twenty": "g20",
    "north atlantic treaty organization": "nato",
    "north atlantic treaty organisation": "nato",
    "cctv": "china central television",
    "afp": "agence france presse",
    "people s republic of china": "china",
    "russian federation": "russia",
    "united states of america": "united states",
    "usa": "united states",
    "sco": "shanghai cooperation organisation",
    "eaeu": "eurasian economic union",
    "bri": "belt and road initiative",
    "cpc": "communist party of china",
    "chinese communist party": "communist party of china",
    "xinhua": "xinhua news agency",
    "st petersburg": "saint petersburg",
    "washington d c": "washington",
    "king salman": "salman of saudi arabia",
    "salman bin abdulaziz": "salman of saudi arabia",
    "salman bin abdulaziz al saud": "salman of saudi arabia",
    "mbs": "mohammed bin salman",
    "mbz": "mohamed bin zayed al nahyan",
    "us department of state": "united states department of state",
    "state department": "united states department of state",
    "us department of the treasury": "united states department of the treasury",
    "pentagon": "united states department of defense",
    "dprk": "north korea",
    "uae": "united arab emirates",
    "ksa": "saudi arabia",
    "european union eu": "european union",
    "eu": "european union",
    "au": "african union",
    "icc": "international criminal court",
    "ap": "associated press",
    "irna": "islamic republic news agency",
    "wam": "emirates news agency",
}


def norm(name):
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", " ", s).strip()
    s = s.replace("organization", "organisation")
    s = re.sub(r"^the ", "", s)
    return ALIASES.get(s, s)


def same_name(a, b, persons=False):
    """Exact after normalisation, or a close spelling whose last words agree (Sergei/Sergey Lavrov);
    for two person names also a shorter name of two or more words inside the longer one
    (Lula da Silva / Luiz Inacio Lula da Silva, Mohammed bin Zayed / Mohamed bin Zayed Al Nahyan)."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a == b:
        return True
    last_a, last_b = a.split()[-1], b.split()[-1]
    if last_a[:4] == last_b[:4] and SequenceMatcher(None, a, b).ratio() >= 0.85:
        return True
    if persons:
        short, long_ = sorted((a.split(), b.split()), key=len)
        return len(short) >= 2 and all(
            any(SequenceMatcher(None, t, u).ratio() >= 0.8 for u in long_) for t in short)
    return False


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3), "tp": tp, "pred": n_pred, "gold": n_gold}


def actors(ev, side):
    return [a for a in (ev.get(side) or []) if isinstance(a, dict)]


def countries(ev):
    return frozenset(a.get("country") for a in actors(ev, "source") + actors(ev, "target") if a.get("country"))


def persons(ev):
    return [a.get("name_en") for a in actors(ev, "source") + actors(ev, "target")
            if a.get("kind", "person") == "person" and a.get("name_en")]


def date_ok(gold_date, pred_date):
    if not gold_date:
        return True
    return bool(pred_date) and str(pred_date).startswith(gold_date)


def event_match(g, p):
    return (g["type"] == p.get("type") and g.get("status", "occurred") == p.get("status", "occurred")
            and date_ok(g.get("date"), p.get("date")) and countries(g) == countries(p))


def match_events(gold_events, pred_events):
    """Greedy one-to-one matching; returns list of (gold, pred) pairs."""
    pairs, used = [], set()
    for g in gold_events:
        for i, p in enumerate(pred_events):
            if i not in used and event_match(g, p):
                used.add(i)
                pairs.append((g, p))
                break
    return pairs, used


def score(gold_lines, pred_lines):
    preds = {p["id"]: p for p in pred_lines}
    ent_tp = ent_pred = ent_gold = 0
    core = {"tp": 0, "pred": 0, "gold": 0}
    verbal = {"tp": 0, "pred": 0, "gold": 0}
    persons_ok = persons_n = 0
    pub_ok = pub_n = 0
    missing = []
    for g in gold_lines:
        p = preds.get(g["id"])
        if p is None:
            missing.append(g["id"])
            p = {"entities": [], "events": []}
        # entities: unique canonical names per article
        gtypes = {norm(e["name_en"]): e.get("type") for e in g["entities"] if not e.get("optional")}
        gnames = set(gtypes)
        optional = {norm(e["name_en"]) for e in g["entities"] if e.get("optional")}
        ptypes = {norm(e.get("name_en")): e.get("type") for e in p.get("entities") or [] if e.get("name_en")}
        pnames = {pn for pn in ptypes if not any(same_name(o, pn) for o in optional) or pn in gnames}
        exact = gnames & pnames
        ent_tp += len(exact)
        rest = sorted(pnames - exact)
        for gn in sorted(gnames - exact):
            hit = next((pn for pn in rest
                        if same_name(gn, pn, persons=gtypes[gn] == "PER" and ptypes.get(pn) == "PER")), None)
            if hit is not None:
                rest.remove(hit)
                ent_tp += 1
        ent_pred += len(pnames)
        ent_gold += len(gnames)
        # publication date
        if g.get("published"):
            pub_n += 1
            pub_ok += p.get("published") == g["published"]
        # events
        pevents = [e for e in p.get("events") or [] if isinstance(e, dict) and e.get("status") != "negated"]
        for types, acc in ((CORE_TYPES, core), (VERBAL_TYPES, verbal)):
            gev = [e for e in g["events"] if e["type"] in types]
            required = [e for e in gev if e.get("core", True)] if types is CORE_TYPES else gev
            optional = [e for e in gev if not e.get("core", True)] if types is CORE_TYPES else []
            pev = [e for e in pevents if e.get("type") in types]
            pairs, used = match_events(required, pev)
            _, used_opt = match_events(optional, [e for i, e in enumerate(pev) if i not in used])
            acc["tp"] += len(pairs)
            acc["gold"] += len(required)
            acc["pred"] += len(pev) - len(used_opt)
            if types is CORE_TYPES:
                for ge, pe in pairs:
                    gp = persons(ge)
                    if gp:
                        persons_n += 1
                        pp = persons(pe)
                        persons_ok += all(any(same_name(x, y, persons=True) for y in pp) for x in gp)
    return {
        "articles": len(gold_lines), "missing_articles": missing,
        "entities": prf(ent_tp, ent_pred, ent_gold),
        "core_events": prf(core["tp"], core["pred"], core["gold"]),
        "verbal_events": prf(verbal["tp"], verbal["pred"], verbal["gold"]),
        "event_persons_accuracy": round(persons_ok / persons_n, 3) if persons_n else None,
        "published_date_accuracy": round(pub_ok / pub_n, 3) if pub_n else None,
    }


def read_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
