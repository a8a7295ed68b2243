"""The CLI: every command's --help, the extract contract, errors on one line, exit status."""

import json

import pytest
from click.testing import CliRunner

from marsad.cli import cli

from .conftest import DEVSET


def commands(group=cli, prefix=()):
    for name, cmd in group.commands.items():
        yield (*prefix, name)
        if hasattr(cmd, "commands"):
            yield from commands(cmd, (*prefix, name))


def test_top_help():
    r = CliRunner().invoke(cli, ["--help"])
    assert r.exit_code == 0 and "extract" in r.output and "eval" in r.output


@pytest.mark.parametrize("path", list(commands()))
def test_every_command_has_help(path):
    r = CliRunner().invoke(cli, [*path, "--help"])
    assert r.exit_code == 0, r.output
    assert "Usage: " in r.output and len(r.output.splitlines()) > 3


def test_extract_devset_contract():
    r = CliRunner().invoke(cli, ["extract", "--format", "jsonl", str(DEVSET / "articles.jsonl")])
    assert r.exit_code == 0, r.output
    lines = [json.loads(x) for x in r.output.splitlines()]
    assert [x["id"] for x in lines] == ["s000", "s001", "s002", "s003", "s004"]
    texts = {json.loads(x)["id"]: json.loads(x)["text"]
             for x in (DEVSET / "articles.jsonl").read_text(encoding="utf-8").splitlines()}
    for obj in lines:
        assert set(obj) == {"id", "published", "title", "entities", "events"}
        text = texts[obj["id"]]
        for ent in obj["entities"]:
            assert ent["type"] in {"PER", "ORG", "GPE", "LOC", "MISC"}
            for m in ent["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for ev in obj["events"]:
            for sp in ev["evidence"]:
                assert text[sp["start"]:sp["end"]] == sp["text"]


def test_bad_inputs_one_line_each_and_batch_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("قال الرئيس الروسي فلاديمير بوتين إن بلاده تتعاون مع الصين.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    jl = tmp_path / "x.jsonl"
    jl.write_text('{"id": "a", "text": "نص"}\nnot json\n', encoding="utf-8")
    r = CliRunner().invoke(cli, ["extract", str(empty), str(jl), str(good)])
    assert r.exit_code == 1
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "good"]
    errs = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(errs) == 2
    assert "empty.txt" in errs[0] and "E105" in errs[0]
    assert f"{jl}:2:" in errs[1] and "E102" in errs[1]


def test_table_format_runs():
    r = CliRunner().invoke(cli, ["extract", "--format", "table", str(DEVSET / "articles.jsonl")])
    assert r.exit_code == 0 and "s004" in r.output


def test_stdin_text():
    r = CliRunner().invoke(cli, ["extract", "-"], input="وصل الرئيس الروسي إلى بكين.".encode())
    assert r.exit_code == 0 and json.loads(r.stdout)["id"] == "stdin"


def test_published_option_validated():
    r = CliRunner().invoke(cli, ["extract", "--published", "yesterday", "-"], input=b"x")
    assert r.exit_code == 2 and "YYYY-MM-DD" in r.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_extract_rules_only_leaves_out_learned_statements(tmp_path, jobs):
    """--rules-only runs the hand rules alone (in worker processes too): the statement only the learned
    stage finds is gone, with or without the flag the rest is the same."""
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "a", "published": "2023-10-10", "text": (
        "وقالت وزارة الخارجية الروسية في بيان أمس إن الاتحاد الأوروبي يواصل سياسته العدائية تجاه موسكو.")},
        ensure_ascii=False) + "\n", encoding="utf-8")
    full = CliRunner().invoke(cli, ["extract", "--jobs", jobs, str(f)])
    rules = CliRunner().invoke(cli, ["extract", "--jobs", jobs, "--rules-only", str(f)])
    assert full.exit_code == 0 and rules.exit_code == 0, full.output + rules.output
    assert [e["type"] for e in json.loads(full.stdout)["events"]] == ["ACCUSE"]
    assert json.loads(rules.stdout)["events"] == []
    assert json.loads(rules.stdout)["entities"] == json.loads(full.stdout)["entities"]


def test_eval_rules_only_scores_the_rules():
    """`marsad eval --rules-only` scores the rules alone: on the dev set (the model's training data) no
    lower than the full pipeline's core figure, and with the same entities."""
    args = ["eval", str(DEVSET / "gold.jsonl"), "--extract", str(DEVSET / "articles.jsonl"), "--json"]
    full, rules = (json.loads(CliRunner().invoke(cli, a).stdout) for a in (args, [*args, "--rules-only"]))
    assert rules["entities"] == full["entities"] and rules["core_events"] == full["core_events"]
