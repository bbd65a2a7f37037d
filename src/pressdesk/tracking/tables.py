"""Each report laid out as a :class:`ReportTable`: the columns people see and the JSON shape."""

from __future__ import annotations

from collections.abc import Sequence

from pressdesk.tracking.coverage import CoverageRecord
from pressdesk.tracking.exports import ReportTable
from pressdesk.tracking.reports import (
    ContactDeliveryRow,
    ContactHistoryRow,
    Matrix,
    OutletRow,
    RegionRow,
)

_COUNT_HEADERS = ("Recipients", "Delivered", "Failed", "Bounced", "Pending", "Replies", "Coverage")


def outlet_table(release_id: int, rows: Sequence[OutletRow]) -> ReportTable:
    return ReportTable(
        title=f"Release {release_id} by outlet",
        headers=("Outlet", *_COUNT_HEADERS),
        rows=tuple((r.outlet, *r.count_cells()) for r in rows),
        document=[row.to_json() for row in rows],
        empty=f"Release {release_id} has not been sent to any outlet yet.",
    )


def region_table(release_id: int, rows: Sequence[RegionRow]) -> ReportTable:
    return ReportTable(
        title=f"Release {release_id} by region",
        headers=("Region", *_COUNT_HEADERS, "Outlets reached"),
        rows=tuple((r.region or "(unknown)", *r.count_cells(), r.outlets_reached) for r in rows),
        document=[row.to_json() for row in rows],
        empty=f"Release {release_id} has not been sent yet.",
    )


def contact_table(release_id: int, rows: Sequence[ContactDeliveryRow]) -> ReportTable:
    return ReportTable(
        title=f"Release {release_id} by contact",
        headers=("Email", "Name", "Outlet", "Status", "Attempts", "Sent (UTC)", "Server reply"),
        rows=tuple(
            (r.email, r.name, r.outlet, r.status.value, r.attempts, r.sent_at, r.smtp_response)
            for r in rows
        ),
        document=[row.to_json() for row in rows],
        empty=f"Release {release_id} has not been sent yet.",
    )


def matrix_table(matrix: Matrix) -> ReportTable:
    return ReportTable(
        title="Outlets and releases",
        headers=(
            "Outlet",
            "Region",
            "Type",
            *(f"#{r.release_id} {r.headline}" for r in matrix.releases),
            "Received",
            "Coverage",
        ),
        rows=tuple(
            (
                row.outlet,
                row.region,
                row.outlet_type.value if row.outlet_type else None,
                *(cell.label() for cell in row.cells),
                row.received,
                row.coverage,
            )
            for row in matrix.rows
        ),
        document=matrix.to_json(),
        empty="No release was sent in this period.",
    )


def coverage_table(records: Sequence[CoverageRecord]) -> ReportTable:
    return ReportTable(
        title="Coverage",
        headers=("ID", "Release", "Outlet", "Date", "Title", "URL"),
        rows=tuple((r.id, r.release_id, r.outlet, r.published_on, r.title, r.url) for r in records),
        document=[record.to_json() for record in records],
        empty="No coverage logged yet. Add a pickup with: pressdesk coverage add RELEASE_ID ...",
    )


def history_table(address: str, rows: Sequence[ContactHistoryRow]) -> ReportTable:
    return ReportTable(
        title=f"Releases sent to {address}"[:31],
        headers=("Release", "Headline", "Language", "Outlet", "Outcome", "Sent (UTC)", "Replies"),
        rows=tuple(
            (r.release_id, r.headline, r.language, r.outlet, r.outcome.value, r.sent_at, r.replies)
            for r in rows
        ),
        document=[row.to_json() for row in rows],
        empty=f"No release has been sent to {address} yet.",
    )
