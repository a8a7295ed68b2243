"""Options shared by commands of several CLI modules (one definition, one help text)."""

from __future__ import annotations

import click

RULES_ONLY = click.option(
    "--rules-only", is_flag=True,
    help="Hand rules only: leave out the learned statements stage (fewer statements, more of them right).")
