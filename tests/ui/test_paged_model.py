"""The paged table model: counts, pages on demand, bounded cache, newest query wins."""

from __future__ import annotations

import threading

from pressdesk.ui.paged_model import PagedTableModel
from pressdesk.ui.table import Column


class NumberSource:
    """Rows are the numbers below ``size`` that contain the query text."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.fetches: list[tuple[int, int]] = []
        self.gates: dict[str | None, threading.Event] = {}  # holds back a query's count

    def rows(self, query: str | None) -> list[int] | range:
        if not query:
            return range(self.size)
        return [n for n in range(self.size) if query in str(n)]

    def count(self, query: str | None) -> int:
        gate = self.gates.get(query)
        if gate is not None:
            gate.wait(5)
        return len(self.rows(query))

    def fetch(self, query: str | None, offset: int, limit: int) -> list[int]:
        self.fetches.append((offset, limit))
        return list(self.rows(query)[offset : offset + limit])


def _model(source: NumberSource, **kwargs) -> PagedTableModel:
    columns = [Column("Number", lambda n: n, numeric=True), Column("Square", lambda n: n * n)]
    return PagedTableModel(columns, source.count, source.fetch, page_size=50, **kwargs)


def test_rows_are_counted_and_fetched_a_page_at_a_time(qtbot) -> None:
    source = NumberSource(100_000)
    model = _model(source, cached_pages=4)
    with qtbot.waitSignal(model.reloaded, timeout=5000) as signal:
        model.set_query(None)
    assert signal.args == [100_000]
    assert model.rowCount() == 100_000
    assert source.fetches == [(0, 51)]  # a page and one row more: are there rows to count?
    assert model.index(99_999, 0).data(PagedTableModel.ROW_ROLE) == 99_999
    assert source.fetches[-1] == (99_950, 50)
    for row in range(0, 5000, 50):
        model.index(row, 0).data()
    assert model.cached_page_count() == 4  # memory stays bounded


def test_a_newer_query_wins_over_a_slower_older_one(qtbot) -> None:
    source = NumberSource(1000)
    model = _model(source)
    slow = source.gates["1"] = threading.Event()
    seen: list[int] = []
    model.reloaded.connect(seen.append)
    model.set_query("1")  # held back in count() until the gate opens
    with qtbot.waitSignal(model.reloaded, timeout=5000):
        model.set_query("99")
    slow.set()  # the older query now finishes, too late to matter
    qtbot.wait(300)
    assert len(seen) == 1
    assert model.query == "99"
    expected = len([n for n in range(1000) if "99" in str(n)])
    assert model.rowCount() == expected
    assert model.index(0, 0).data(PagedTableModel.ROW_ROLE) == 99


def test_the_first_rows_show_before_every_match_is_counted(qtbot) -> None:
    source = NumberSource(10_000)
    model = _model(source)
    gate = source.gates["7"] = threading.Event()
    totals: list[int] = []
    model.reloaded.connect(totals.append)
    model.set_query("7")
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.counting
    assert model.rowCount() == 50
    assert model.index(0, 0).data(PagedTableModel.ROW_ROLE) == 7
    assert totals == []
    gate.set()
    qtbot.waitUntil(lambda: totals != [], timeout=5000)
    expected = len(source.rows("7"))
    assert totals == [expected]
    assert model.rowCount() == expected
    assert model.index(expected - 1, 0).data(PagedTableModel.ROW_ROLE) == source.rows("7")[-1]


def test_a_short_result_needs_no_count(qtbot) -> None:
    source = NumberSource(1000)
    model = _model(source)
    source.gates["99"] = threading.Event()  # a count would hang here until the timeout
    with qtbot.waitSignal(model.reloaded, timeout=2000) as signal:
        model.set_query("99")
    assert signal.args == [len(source.rows("99"))]
