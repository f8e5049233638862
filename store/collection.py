"""One TinyDB table seen as records, with its changes held until commit."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

import orjson
from tinydb import TinyDB
from tinydb.table import Document as Row
from tinydb.table import Table

from store.errors import ClosedStore, InvalidRecord, ReadOnlyStore

R = TypeVar("R")


class StrIdTable(Table):
    """Rows are keyed by dementi's own string ids, never by TinyDB counters."""

    document_id_class = str

    def _get_next_id(self) -> str:
        raise TypeError("dementi rows always carry their own id")


class DementiDB(TinyDB):
    table_class = StrIdTable


class Collection(Generic[R]):
    """Records of one table, cached in memory.

    Reads are served from the cache; `commit` turns the pending changes into
    one remove and one insert on the TinyDB table, whatever their number,
    because each TinyDB table operation costs a pass over the whole table.
    A record is turned into its row when it is put, so a record that cannot
    be written is refused there instead of making every later save fail.
    """

    def __init__(
        self,
        db: TinyDB,
        name: str,
        load: Callable[[dict[str, Any]], R],
        dump: Callable[[R], dict[str, Any]],
    ) -> None:
        self.table: Table = db.table(name, cache_size=0)
        self._dump = dump
        self._storage = db.storage
        raw = db.storage.read().get(name, {})
        self.items: dict[str, R] = {key: load(row) for key, row in raw.items()}
        self._changed: dict[str, dict[str, Any] | None] = {}

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[R]:
        return iter(self.items.values())

    def __contains__(self, key: str) -> bool:
        return key in self.items

    def get(self, key: str) -> R | None:
        return self.items.get(key)

    def row(self, key: str, record: R) -> dict[str, Any]:
        """The row `record` is saved as; InvalidRecord when it cannot be saved."""
        row = self._dump(record)
        try:
            orjson.dumps(row)
        except TypeError as error:
            what = f"{self.table.name} {key}"
            raise InvalidRecord(self._storage.path, what, str(error)) from None
        return row

    def put(self, key: str, record: R, row: dict[str, Any] | None = None) -> None:
        self._check_writable()
        self._changed[key] = self.row(key, record) if row is None else row
        self.items[key] = record

    def delete(self, key: str) -> None:
        self._check_writable()
        if key in self.items or key in self._changed:
            self.items.pop(key, None)
            self._changed[key] = None

    def _check_writable(self) -> None:
        if self._storage.closed:
            raise ClosedStore(self._storage.path)
        if self._storage.read_only:
            raise ReadOnlyStore(self._storage.path)

    @property
    def pending(self) -> bool:
        return bool(self._changed)

    def commit(self) -> None:
        if not self._changed:
            return
        stored = self.table.storage.read().get(self.table.name, {})
        stale = [key for key in self._changed if key in stored]
        if stale:
            self.table.remove(doc_ids=stale)
        fresh = [Row(row, doc_id=key) for key, row in self._changed.items() if row is not None]
        if fresh:
            self.table.insert_multiple(fresh)
        self._changed.clear()
