"""Running one correction from the command line."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from tui.commands.output import err_console
from tui.corrections import CorrectionError, Corrections, Recomputed


def apply_correction(
    args: argparse.Namespace, verb: str, change: Callable[[Corrections], Recomputed]
) -> int:
    from tui.cli import UserError, open_store

    with open_store(args, write=True) as store:
        try:
            outcome = change(Corrections(store))
        except CorrectionError as error:
            raise UserError(str(error)) from None
    err_console().print(
        f"{verb}: {len(outcome.changed)} statements changed, "
        f"{outcome.contradictions_removed} contradictions re-checked, "
        f"{outcome.contradictions_added} found",
        markup=False,
    )
    return 0
