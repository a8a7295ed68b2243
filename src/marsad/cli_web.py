"""CLI commands for people who would rather look: `marsad serve` and `marsad report`."""

from __future__ import annotations

import click

from .cli_store import DB_OPTION, _dyad


def register(cli: click.Group) -> None:
    cli.add_command(serve)
    cli.add_command(report)


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-write", is_flag=True, help="Enable POST /api/articles (read-only otherwise).")
def serve(db_url: str | None, host: str, port: int, allow_write: bool) -> None:
    """Serve the web page and the JSON API (OpenAPI docs at /docs) over a store.

        marsad serve --port 8000
    """
    import uvicorn

    from .api.app import create_app

    uvicorn.run(create_app(db_url, allow_write=allow_write), host=host, port=port, log_level="warning")


@click.command()
@click.option("--dyad", required=True, help="Two ISO3 codes, e.g. RUS:CHN.")
@DB_OPTION
@click.option("--since", metavar="YYYY[-MM[-DD]]")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="HTML file to write.")
def report(dyad: str, db_url: str | None, since: str | None, output: str) -> None:
    """Write a self-contained HTML report (chart, network, events with evidence) for a dyad.

        marsad report --dyad RUS:CHN -o report.html
    """
    from .storage import Store
    from .web.report import build_report

    d = _dyad(dyad)
    assert d is not None
    html_text = build_report(Store(db_url), d, since)
    with open(output, "w", encoding="utf-8") as fh:
        fh.write(html_text)
    click.echo(f"wrote {output}", err=True)
