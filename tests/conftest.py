import json
import os
import tempfile
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
DEVSET = DATA / "devset"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def dev_articles() -> list[dict]:
    return read_jsonl(DEVSET / "articles.jsonl")


@pytest.fixture(scope="session")
def dev_gold() -> list[dict]:
    return read_jsonl(DEVSET / "gold.jsonl")


@pytest.fixture(scope="session")
def dev_docs(dev_articles):
    import marsad

    return [marsad.extract(a["text"], a["published"], a["id"]) for a in dev_articles]

# Tests never read a user's own extra gazetteer or store.
os.environ["MARSAD_GAZETTEER_EXTRA"] = ""
_HOME = tempfile.TemporaryDirectory(prefix="marsad-test-home-")
os.environ.setdefault("MARSAD_HOME", _HOME.name)
