"""marsad's command line: a thin click layer over the library API.

Every command documents itself (``marsad COMMAND --help``). Bad inputs are reported one line
each on stderr (``marsad: E102 file.jsonl:7: broken JSON line ...``); the batch goes on and the
exit status is 1 if anything failed.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import click

from . import __version__
from .cli_options import RULES_ONLY
from .errors import InputError, MarsadError
from .model import Doc


@dataclass
class Batch:
    """Counts what went wrong in a batch so the command can exit 1 at the end."""

    failed: int = 0
    ok: int = 0
    errors: list[str] = field(default_factory=list)

    def error(self, err: MarsadError) -> None:
        self.failed += 1
        line = err.one_line()
        self.errors.append(line)
        click.echo(f"marsad: {line}", err=True)


def _published_opt(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _extract_item(item: Any, published: dt.date | None, for_store: bool = False,
                  rules_only: bool = False) -> tuple[str, Any]:
    """Extract one read item: ("ok", Doc) or ("error", one-line message). Runs in worker processes
    too, so it returns plain picklable values rather than raising. ``for_store``: without the
    sentences, clauses and timexes, which the store does not read (a worker's Doc is pickled, and
    unpickled in the storing process: a third of that cost was these spans). ``rules_only``: without
    the learned statements stage."""
    from .pipeline import extract, rules_pipeline

    try:
        doc = extract(item.text, published=item.published or published, id=item.id,
                      title=item.title, url=item.url, outlet=item.outlet,
                      pipeline=rules_pipeline() if rules_only else None)
        return "ok", doc.evolve(sentences=(), clauses=(), timexes=()) if for_store else doc
    except MarsadError as e:
        e.path, e.line = e.path or item.path, e.line or item.line
        return "error", e.one_line()
    except Exception as e:  # a bug must not sink the batch; say where it happened
        where = f"{item.path}:{item.line}: " if item.line else f"{item.path}: "
        return "error", f"E999 {where}internal error while extracting: {type(e).__name__}: {e}"


def iter_docs(inputs: tuple[str, ...], published: dt.date | None, batch: Batch, jobs: int = 1,
              for_store: bool = False, rules_only: bool = False) -> Iterator[Doc]:
    """Read, then extract each article (in ``jobs`` worker processes when > 1, results in input
    order); errors go to ``batch`` and the loop goes on. ``for_store``: worker Docs come without
    what the store does not read (see ``_extract_item``)."""
    from .readers import read_inputs

    def items() -> Iterator[Any]:
        for item in read_inputs(inputs):
            if isinstance(item, InputError):
                batch.error(item)
                continue
            yield item

    if jobs > 1:
        import functools
        import multiprocessing as mp
        import threading

        from .resources import gazetteer

        gazetteer()  # load once before forking: workers share it copy-on-write

        # backpressure: Pool.imap reads its input as fast as it can and queues every result, so
        # on a long feed a slow consumer (the store) would hold thousands of Docs in memory
        window = threading.BoundedSemaphore(jobs * 32)

        def gated() -> Iterator[Any]:
            for item in items():
                window.acquire()
                yield item

        def released(results: Iterator[tuple[str, Any]]) -> Iterator[tuple[str, Any]]:
            for r in results:
                window.release()
                yield r

        ctx = mp.get_context("fork")
        with ctx.Pool(jobs) as pool:
            results: Iterator[tuple[str, Any]] = pool.imap(
                functools.partial(_extract_item, published=published, for_store=for_store, rules_only=rules_only),
                gated(), chunksize=8)
            yield from _collect(released(results), batch)
    else:
        yield from _collect((_extract_item(item, published, rules_only=rules_only) for item in items()), batch)


def _collect(results: Iterator[tuple[str, Any]], batch: Batch) -> Iterator[Doc]:
    for kind, value in results:
        if kind == "error":
            batch.failed += 1
            batch.errors.append(value)
            click.echo(f"marsad: {value}", err=True)
            continue
        batch.ok += 1
        yield value


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="marsad")
def cli() -> None:
    """marsad (مرصد): an Arabic-first political event observatory.

    Reads Arabic news (.txt, .html, .jsonl, directories, or - for stdin) and extracts who did what
    to whom, when and where: entities linked to canonical ids and PLOVER-coded events tied to the
    sentences that state them.
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--published", metavar="YYYY-MM-DD", help="Publication date for inputs that carry none.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json", "table"]), default="jsonl",
              show_default=True, help="jsonl: one contract object per line; json: one array; table: for people.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Processes extracting in parallel; output stays in input order.")
@RULES_ONLY
def extract(inputs: tuple[str, ...], published: str | None, fmt: str, jobs: int, rules_only: bool) -> None:
    """Extract entities and events from INPUTS (files, directories or -).

    Output follows the contract in docs/output-contract.md. Example:

        marsad extract --format table examples/articles.jsonl
    """
    batch = Batch()
    docs = iter_docs(inputs, _published_opt(published), batch, jobs, rules_only=rules_only)
    if fmt == "jsonl":
        for doc in docs:
            click.echo(json.dumps(doc.to_dict(), ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps([d.to_dict() for d in docs], ensure_ascii=False, indent=2))
    else:
        from .render import print_docs

        print_docs(docs)
    sys.exit(1 if batch.failed else 0)


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("pred", required=False)
@click.option("--extract", "inputs", multiple=True, metavar="INPUT",
              help="Extract these inputs first and score the result instead of reading PRED.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@RULES_ONLY
def eval_cmd(gold: str, pred: str | None, inputs: tuple[str, ...], as_json: bool, rules_only: bool) -> None:
    """Score predictions against GOLD with the reference metrics.

    Either give PRED (an `extract --format jsonl` output) or --extract INPUT to run the pipeline:

        marsad eval tests/data/devset/gold.jsonl --extract examples/articles.jsonl
    """
    from .evaluation import read_jsonl, score

    if bool(pred) == bool(inputs):
        raise click.UsageError("give either PRED or --extract INPUT")
    batch = Batch()
    if inputs:
        preds = [d.to_dict() for d in iter_docs(inputs, None, batch, rules_only=rules_only)]
    else:
        assert pred is not None
        preds = read_jsonl(pred)
    result = score(read_jsonl(gold), preds)
    if as_json:
        click.echo(json.dumps(result))
    else:
        for k, v in result.items():
            click.echo(f"{k}: {v}")
    sys.exit(1 if batch.failed else 0)


def _register_optional_commands() -> None:
    """Commands of later layers (entities, store, web) live in their own modules."""
    from importlib import import_module

    for mod in ("cli_entities", "cli_store", "cli_web"):
        try:
            m = import_module(f"marsad.{mod}")
        except ModuleNotFoundError as e:
            if e.name != f"marsad.{mod}":
                raise
            continue
        m.register(cli)


_register_optional_commands()


def main(argv: list[str] | None = None) -> Any:
    try:
        return cli.main(args=argv, prog_name="marsad")
    except MarsadError as e:
        click.echo(f"marsad: {e.one_line()}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
