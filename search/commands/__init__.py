"""One module per pantau verb."""

from __future__ import annotations

from pathlib import Path

from indexer.embedded import default_db_path


def add_db_option(parser) -> None:
    """``--db``: the embedded index file a verb reads or writes."""
    parser.add_argument("--db", default=None, help="embedded index file (default $PANTAU_DB)")


def db_path(args) -> Path:
    """The ``--db`` given, else $PANTAU_DB, else var/pantau.sqlite3."""
    return Path(args.db) if args.db else default_db_path()
