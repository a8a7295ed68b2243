"""Build step: human-edited sources in ``data/`` -> packaged resources in ``resources/data/``.

    python tools/build_resources.py        (or: make resources)

Sources (TSV with a header row, ``#`` comments, ``|`` separating list items):
  data/gazetteer/countries.tsv, places*.tsv, orgs*.tsv, institution_templates.tsv,
  persons_*.tsv + positions_*.tsv, data/lexicon/*.tsv, data/plover/ontology.json
Outputs: gazetteer.json.gz (with gazetteer.index.zpickle, the loader's index of it prebuilt),
lexicon.json, plover.json and manifest.json (sha256 + counts), which tests check so the packaged
data can never silently drift from its sources.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..normalize import norm

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "data"
OUT = Path(__file__).resolve().parent / "data"

_QID = re.compile(r"^Q\d+$")
# Indefinite nisba forms that are also common words (مجري = "course", as in مجرى الأحداث).
_COMMON_INDEFINITE = {"مجري", "روماني"}


def read_tsv(path: Path) -> Iterator[dict[str, str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    for row in reader:
        yield {k.strip(): (v or "").strip() for k, v in row.items() if k is not None}


def split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def qid(cell: str | None) -> str | None:
    c = (cell or "").strip()
    return c if _QID.match(c) else None


def _entity(eid: str, etype: str, kind: str, name_en: str, name_ar: str, names: list[str],
            country: str | None, wikidata: str | None, sector: str | None = None, **extra: Any) -> dict[str, Any]:
    seen: list[str] = []
    for n in [name_ar, *names]:
        k = norm(n)
        if k and k not in seen:
            seen.append(k)
    ent = {"id": eid, "type": etype, "kind": kind, "name_en": name_en, "name_ar": name_ar, "names": seen,
           "country": country or None, "wikidata": wikidata, "sector": sector or None}
    ent.update({k: v for k, v in extra.items() if v})
    return ent


def build_countries(src: Path) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    ents, by_iso = [], {}
    for r in read_tsv(src):
        iso = r["iso3"]
        nisba_m, nisba_f, nisba_pl = split(r.get("nisba_m")), split(r.get("nisba_f")), split(r.get("nisba_pl"))
        nisba = nisba_m + nisba_f + nisba_pl
        # Indefinite adjectives ("وفد روسي", "وسائل إعلام روسية") also mention the country; only
        # from forms long enough not to be ordinary words.
        nisba += [n[2:] for n in nisba_m + nisba_f if n.startswith("ال") and len(n) >= 6
                  and norm(n[2:]) not in _COMMON_INDEFINITE]
        # ... and indefinite sound plurals ("مستوطنين إسرائيليين", "مسؤولون أمريكيون"); broken plurals
        # (الروس -> روس) are too short and too common to stand alone
        nisba += [n[2:] for n in nisba_pl if n.startswith("ال") and n.endswith(("يين", "يون")) and len(n) >= 8]
        # ... and feminine plurals from the feminine ("رهائن إسرائيليات", "الإسرائيليات")
        fem_pl = [n[:-1] + "ات" for n in nisba_f if n.startswith("ال") and n.endswith("ية") and len(n) >= 8]
        nisba += [f for f in fem_pl if f not in nisba] + [f[2:] for f in fem_pl if f[2:] not in nisba]
        # ... and duals ("مقاتلتان تركيتان", "سفينتين إيرانيتين", "الطرفان الروسيان")
        duals = [n[:-1] + end for n in nisba_f if n.startswith("ال") and n.endswith("ية") and len(n) >= 7
                 for end in ("تان", "تين")] + \
                [n + "ان" for n in nisba_m if n.startswith("ال") and n.endswith("ي") and len(n) >= 6]
        nisba += [f for f in duals if f not in nisba] + [f[2:] for f in duals if f[2:] not in nisba]
        wd = qid(r.get("wikidata"))
        # "الجانب التركي" / "الطرف الروسي" (the Turkish side): the country as a party, a name of it — and so its
        # delegation at talks ("محادثات ثلاثية ضمت فيدان وروبيو والوفد الأوكراني")
        sides = [f"{head} {n}" for n in nisba_m if n.startswith("ال") for head in ("الجانب", "الطرف", "الوفد")]
        ent = _entity(wd or f"marsad:gpe:{iso}", "GPE", "country", r["name_en"], r["name_ar"],
                      split(r.get("variants")) + sides, iso, wd, "GOV",
                      nisba=[norm(n) for n in nisba], metonyms=[norm(m) for m in split(r.get("metonyms"))],
                      capital_en=r.get("capital_en"), iso2=r.get("iso2"),
                      nisba_m=nisba_m, nisba_f=nisba_f)
        ents.append(ent)
        by_iso[iso] = ent
    return ents, by_iso


def build_templates(src: Path, countries: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    # the usual English names of some states' institutions ("State Bank of Pakistan", "Federal Foreign Office"),
    # which the generic pattern ("Central Bank of Pakistan") does not give
    usual_src = src.with_name("institution_names.tsv")
    usual = {(r["key"], r["iso3"]): r["name_en"] for r in read_tsv(usual_src)} if usual_src.exists() else {}
    out = []
    for r in read_tsv(src):
        # "not_after=الحدود|المياه" in the notes: words after which the pattern is an adjective, no body ("الحدود البحرية
        # المصرية" is no navy)
        not_after = next((split(n.split("=", 1)[1]) for n in (r.get("notes") or "").split(";")
                          if n.strip().startswith("not_after=")), [])
        for iso, c in countries.items():
            names: list[str] = []
            for pat in split(r.get("pattern_ar")):
                if "{nisba_f}" in pat:
                    names += [pat.replace("{nisba_f}", n) for n in c.get("nisba_f", [])]
                elif "{nisba_m}" in pat:
                    names += [pat.replace("{nisba_m}", n) for n in c.get("nisba_m", [])]
                elif "{name_ar}" in pat:
                    names += [pat.replace("{name_ar}", c["name_ar"])]
                else:
                    names.append(pat)
            if not names:
                continue
            out.append(_entity(f"marsad:org:{r['key']}:{iso}", r.get("type") or "ORG", "institution",
                               usual.get((r["key"], iso)) or r["name_en"].replace("{country}", c["name_en"]),
                               names[0], names[1:], iso, None,
                               r.get("sector") or "GOV", template=r["key"],
                               not_after=sorted({norm(w) for w in not_after})))
    return out


def build_places(src: Path) -> list[dict[str, Any]]:
    out = []
    for r in read_tsv(src):
        wd = qid(r.get("wikidata"))
        out.append(_entity(wd or f"marsad:place:{r['key']}", r.get("type") or "GPE", r.get("kind") or "city",
                           r["name_en"], r["name_ar"], split(r.get("variants")), r.get("country") or None, wd))
    return out


def build_orgs(src: Path) -> list[dict[str, Any]]:
    out = []
    for r in read_tsv(src):
        wd = qid(r.get("wikidata"))
        out.append(_entity(wd or f"marsad:org:{r['key']}", r.get("type") or "ORG", r.get("kind") or "org",
                           r["name_en"], r["name_ar"], split(r.get("variants")), r.get("country") or None, wd,
                           r.get("sector") or None, nisba=[norm(n) for n in split(r.get("nisba"))]))
    return out


_UNTAUGHT = "# translit: not taught"


def _untaught_ids(data: Path) -> set[str]:
    """The ids of the persons of the files marked ``# translit: not taught``."""
    out = set()
    for p in sorted(data.glob("persons_*.tsv")):
        if _UNTAUGHT not in p.read_text(encoding="utf-8").split("\nkey\t", 1)[0]:
            continue
        out |= {qid(r.get("wikidata")) or f"marsad:per:{r['key']}" for r in read_tsv(p)}
    return out


def build_persons(data: Path) -> tuple[list[dict[str, Any]], int]:
    persons: dict[str, dict[str, Any]] = {}
    for p in sorted(data.glob("persons_*.tsv")):
        for r in read_tsv(p):
            wd = qid(r.get("wikidata"))
            key = r["key"]
            if key in persons:
                continue
            persons[key] = _entity(wd or f"marsad:per:{key}", "PER", "person", r["name_en"], r["name_ar"],
                                   split(r.get("variants")), r.get("country") or None, wd,
                                   gender=r.get("gender") or None)
            persons[key]["positions"] = []
    n_pos = 0
    for p in sorted(data.glob("positions_*.tsv")):
        for r in read_tsv(p):
            person = persons.get(r["person_key"])
            if person is None:
                continue
            person["positions"].append({
                "office": r["office"], "country": r.get("country") or None, "org": r.get("org") or None,
                "sector": r.get("sector") or "GOV", "start": r.get("start") or None, "end": r.get("end") or None,
                "title_en": r.get("title_en") or "",
            })
            n_pos += 1
    ents = list(persons.values())
    for e in ents:
        sectors = [p["sector"] for p in e["positions"]]
        e["sector"] = sectors[-1] if sectors else None
        if e.get("country") in _CASTILIAN:
            # the Castilian z (and -ez) written ث as Spain pronounces it: "بيدرو سانشيث", "ألبرتو فرنانديث"
            e["names"] += [v for n in e["names"] if "ز" in n and " " in n
                           and (v := n.replace("ز", "ث")) not in e["names"]]
    return ents, n_pos


# Spanish-speaking states (ISO3): their persons' names are also written with ث for the letter z
_CASTILIAN = frozenset({"ESP", "MEX", "ARG", "COL", "VEN", "PER", "CHL", "ECU", "BOL", "PRY", "URY", "CUB", "DOM",
                        "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "GNQ"})


# Time adverbs that news prose puts between a verb and its preposition ("سيتوجه غدا إلى"): a
# phrase form "V إلى" also matches "V <adverb> إلى". Normalised spellings.
_ADVERBS = ("اليوم", "غدا", "امس", "الليله", "مساء اليوم", "صباح اليوم", "مساء امس", "صباح امس", "مجددا",
            "رسميا")
_PREP_TAIL = re.compile(r"^(.+) (الي|مع|علي|ب\S*)$")


def _with_adverbs(form: str) -> list[str]:
    """``form`` plus, for a verb phrase ending in a preposition, its variants with a time adverb
    before the preposition."""
    m = _PREP_TAIL.match(form)
    if not m or " " in m.group(1):
        return [form]
    return [form] + [f"{m.group(1)} {adv} {m.group(2)}" for adv in _ADVERBS]


def build_lexicon(data: Path) -> dict[str, Any]:
    lex: dict[str, Any] = {"titles": [], "triggers": [], "speech": [], "status": []}
    lexdir = data / "lexicon"
    if (lexdir / "titles.tsv").exists():
        seen_titles: set[str] = set()
        for r in read_tsv(lexdir / "titles.tsv"):
            title = norm(r["title"])
            if title in seen_titles:
                # a second row of a title silently replaced the first in the matcher ("المستشار" lost the
                # chancellor's office, the ranks their person-title mark)
                raise ValueError(f"titles.tsv: title listed twice: {r['title']}")
            seen_titles.add(title)
            # an epithet tied to one state says so in its notes: "country=SAU"
            fixed = re.search(r"country=([A-Z]{3})", r.get("notes") or "")
            lex["titles"].append({"title": title, "office": None if r["office"] == "-" else r["office"],
                                  "sector": r.get("sector") or "GOV", "country": fixed.group(1) if fixed else None,
                                  # a word that only ever precedes a person ("المواطنة", "اللواء"): it
                                  # introduces a name even with no country after it
                                  "person": "person-title" in (r.get("notes") or "")})
    if (lexdir / "triggers.tsv").exists():
        for r in read_tsv(lexdir / "triggers.tsv"):
            lex["triggers"].append({
                "key": r["key"], "forms": sorted({g for f in split(r.get("forms")) for g in _with_adverbs(norm(f))}),
                "type": r["type"],
                "mode": r.get("mode") or None, "context": split(r.get("context")), "cameo": r.get("cameo") or None,
                "pos": r.get("pos") or "verb", "arg_pattern": r.get("arg_pattern") or "", "notes": r.get("notes", ""),
            })
    if (lexdir / "speech_verbs.tsv").exists():
        for r in read_tsv(lexdir / "speech_verbs.tsv"):
            lex["speech"] += [norm(f) for f in split(r.get("forms"))]
    if (lexdir / "status_cues.tsv").exists():
        for r in read_tsv(lexdir / "status_cues.tsv"):
            lex["status"].append({"cue": norm(r["cue"]), "status": r["status"], "scope": r.get("scope") or "before"})
    sw = lexdir / "stopwords.txt"
    if sw.exists():
        words = [w for ln in sw.read_text(encoding="utf-8").splitlines() if not ln.startswith("#") for w in ln.split()]
        lex["stopwords"] = sorted({norm(w) for w in words})
    gn = lexdir / "given_names.tsv"
    if gn.exists():
        # Arab given names with their usual English spelling; flags: "word" (also an ordinary word), "female", ...
        lex["given_names"] = [{"name": norm(r["name_ar"]), "en": r["name_en"],
                               "flags": [f.strip() for f in re.split(r"[,|]", r.get("flags") or "") if f.strip()]}
                              for r in read_tsv(gn)]
    cn = lexdir / "context_names.tsv"
    if cn.exists():
        # bare common nouns that name one entity in a story about its state ("الأسد" in a story naming Syria)
        lex["context_names"] = [{"word": norm(r["word"]), "entity": r["entity"], "context": r["context"],
                                 "since": r.get("since") or None,
                                 "not_before": [norm(w) for w in split(r.get("not_before"))],
                                 "not_after": [norm(w) for w in split(r.get("not_after"))]} for r in read_tsv(cn)]
    nn = lexdir / "not_names.txt"
    if nn.exists():
        lex["not_names"] = sorted({norm(ln.strip()) for ln in nn.read_text(encoding="utf-8").splitlines()
                                   if ln.strip() and not ln.startswith("#")})
    return lex


def _write(path: Path, payload: bytes) -> str:
    path.write_bytes(payload)
    return hashlib.sha256(payload).hexdigest()


def build_all(data: Path = DATA, out: Path = OUT) -> dict[str, Any]:
    g = data / "gazetteer"
    out.mkdir(parents=True, exist_ok=True)
    countries, by_iso = build_countries(g / "countries.tsv") if (g / "countries.tsv").exists() else ([], {})
    entities = list(countries)
    places = [p for f in sorted(g.glob("places*.tsv")) for p in build_places(f)]
    # orgs.tsv, then further files of the same columns (orgs_misc*.tsv: named treaties, laws, operations, events;
    # orgs_bodies.tsv: institutions, groupings, companies)
    orgs = [o for f in sorted(g.glob("orgs*.tsv"), key=lambda f: (f.name != "orgs.tsv", f.name)) for o in build_orgs(f)]
    if (g / "institution_templates.tsv").exists():
        # A specific row in orgs.tsv wins over a generated one for the same words
        # ("وزارة الخارجية الأمريكية" is the State Department, not a template ministry).
        taken: dict[str, list[dict[str, Any]]] = {}
        for o in orgs:
            for n in o["names"]:
                taken.setdefault(n, []).append(o)
        for t in build_templates(g / "institution_templates.tsv", by_iso):
            rest = [n for n in t["names"] if n not in taken]
            # a row that takes some of a template's words, of the same state and sector, is that body: it takes the
            # rest of them too ("وزارة خارجية الولايات المتحدة" is the State Department, whose row names "وزارة الخارجية
            # الأمريكية"), so one body is not two entities; a row of another sector keeps only its own words
            # ("القوات اللبنانية", the party, leaves "الجيش اللبناني" to the army)
            owners = {o["id"]: o for n in t["names"] for o in taken.get(n, ())
                      if o.get("country") == t.get("country") and o.get("sector") == t.get("sector")}
            owner = next(iter(owners.values())) if len(owners) == 1 else None
            # (one of the same English name is merged below, the generated id kept: the PLA is marsad:org:army:CHN)
            if rest and owner is not None and owner["name_en"] != t["name_en"]:
                owner["names"] += [n for n in rest if n not in owner["names"]]
                owner.setdefault("institutions", []).append(f"{t['template']}:{t['country']}")
            elif rest:
                t["names"] = rest
                entities.append(t)
    persons, n_pos = build_persons(g)
    # "العاصمة الصينية" (the Chinese capital) names the capital city
    for pl in places:
        c = by_iso.get(pl.get("country") or "")
        if pl["kind"] == "capital" and c is not None:
            pl["names"] += [norm("العاصمة " + n) for n in c.get("nisba_f", []) if norm("العاصمة " + n) not in pl["names"]]
    entities += places + orgs + persons
    # Entities carrying the same id (e.g. a QID listed twice) are merged: first row wins, names unite.
    merged: dict[str, dict[str, Any]] = {}
    for e in entities:
        if e["id"] in merged:
            merged[e["id"]]["names"] += [n for n in e["names"] if n not in merged[e["id"]]["names"]]
        else:
            merged[e["id"]] = e
    # ... and so are two bodies (or places) of the same English name, state and sector — a generated institution and
    # an orgs row of its own ("People's Liberation Army": the template army of China and the PLA's row): one entity,
    # the first (the generated one, whose id the code builds), with the names, adjectives and Wikidata id of both
    same: dict[tuple[str, str, str | None, str | None], str] = {}
    for eid in list(merged):
        e = merged[eid]
        if e["type"] not in ("ORG", "GPE") or e["type"] == "GPE" and e.get("kind") == "country":
            continue
        key = (e["type"], e["name_en"], e.get("country"), e.get("sector"))
        first = same.setdefault(key, eid)
        if first != eid:
            f = merged[first]
            f["names"] += [n for n in e["names"] if n not in f["names"]]
            for k in ("nisba", "metonyms"):
                if e.get(k):
                    f[k] = list(f.get(k) or []) + [n for n in e[k] if n not in (f.get(k) or [])]
            if not f.get("wikidata") and e.get("wikidata"):
                f["wikidata"] = e["wikidata"]
            del merged[eid]
    from . import _keys

    for e in merged.values():
        # matching keys precomputed here (the loader's own function) so that loading is parsing,
        # not normalising 30,000 names; a test checks them against the runtime normaliser
        _keys(e)
    # ordinary words a one-word name's skeleton collides with: such names must match exactly
    from . import skel

    cw = g / "common_words.txt"
    common = sorted({skel(norm(ln.strip())) for ln in cw.read_text(encoding="utf-8").splitlines()
                     if ln.strip() and not ln.startswith("#")}) if cw.exists() else []
    gaz = {"entities": list(merged.values()), "common_words": common}
    payload = gzip.compress(json.dumps(gaz, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0)
    manifest: dict[str, Any] = {"files": {}, "counts": {}}
    manifest["files"]["gazetteer.json.gz"] = _write(out / "gazetteer.json.gz", payload)
    from . import PREBUILT, prebuilt_bytes

    # the loader's index of these entities, prebuilt (loading it skips parsing and indexing)
    manifest["files"][PREBUILT] = _write(out / PREBUILT, prebuilt_bytes(payload))
    lex = build_lexicon(data)
    manifest["files"]["lexicon.json"] = _write(
        out / "lexicon.json", json.dumps(lex, ensure_ascii=False, sort_keys=True, indent=0).encode("utf-8"))
    from .translit_model import GROUPS, pairs_of_persons, train

    # the transliteration of discovered names, learned from the persons' Arabic and English names — not from files
    # whose Arabic spellings were drafted rather than read in the press (marked "# translit: not taught"): a model
    # taught its own guesses learns nothing and drifts
    untaught = _untaught_ids(g)
    taught = [p for p in persons if p["id"] not in untaught]
    translit = train(pairs_of_persons(taught), pairs_of_persons(taught, spelled_only=True))
    # and the contexts of each language group's persons alone: Arab names' unwritten vowels follow Arabic patterns
    # (مساعد Musaed, صحاف Sahhaf), Spanish and French names their own spellings, which the other names outnumbering
    # them in the gazetteer teach otherwise
    translit["group_context"] = {g: train(pairs_of_persons(p for p in taught if p.get("country") in ccs))["context"]
                                 for g, ccs in GROUPS.items()}
    manifest["files"]["translit.json"] = _write(
        out / "translit.json", json.dumps(translit, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8"))
    onto = data / "plover" / "ontology.json"
    if onto.exists():
        plover = json.loads(onto.read_text(encoding="utf-8"))
        plover["cameo2plover"] = read_cameo2plover(data / "plover" / "cameo2plover.tsv")
        manifest["files"]["plover.json"] = _write(
            out / "plover.json", json.dumps(plover, ensure_ascii=False, sort_keys=True).encode("utf-8"))
    kinds: dict[str, int] = {}
    for e in merged.values():
        kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    manifest["counts"] = {
        "entities": len(merged), "countries": len(countries), "persons": len(persons), "positions": n_pos,
        "places": len(places), "orgs": len(orgs), "kinds": dict(sorted(kinds.items())),
        "titles": len(lex["titles"]), "triggers": len(lex["triggers"]),
    }
    manifest["sources_sha256"] = source_digest(data)
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def read_cameo2plover(path: Path) -> dict[str, dict[str, str | None]]:
    """CAMEO code -> {type, mode} from the mapping table (empty type: no PLOVER equivalent)."""
    if not path.exists():
        return {}
    out: dict[str, dict[str, str | None]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("cameo\t"):
            continue
        cols = (line.split("\t") + ["", "", ""])[:4]
        code, typ, mode = cols[0].strip(), cols[1].strip(), cols[2].strip()
        if not code.isdigit() or not 2 <= len(code) <= 4:
            raise ValueError(f"{path}:{n}: bad CAMEO code {code!r}")
        out[code] = {"type": typ or None, "mode": mode or None}
    return out


def source_digest(data: Path = DATA) -> str:
    """A digest of every source file, recorded so a test can tell stale packaged data."""
    h = hashlib.sha256()
    for p in sorted(data.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(data).as_posix().encode())
            h.update(p.read_bytes())
    return h.hexdigest()
