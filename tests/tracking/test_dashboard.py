"""The figures behind the dashboard charts."""

from __future__ import annotations

from datetime import date, timedelta

from tracking_fixtures import T0, Newsroom

from pressdesk.database import Database
from pressdesk.database.models import DeliveryStatus
from pressdesk.tracking.coverage import add_coverage
from pressdesk.tracking.dashboard import coverage_timeline, reach_by_region


def test_coverage_over_time_is_cumulative_by_publication_day(
    database: Database, newsroom: Newsroom
) -> None:
    newsroom.outlet("Le Nouvelliste")
    release = newsroom.release()
    with database.session() as session:
        for n, day in enumerate([date(2026, 3, 3), date(2026, 3, 3), date(2026, 3, 5)]):
            add_coverage(
                session,
                release,
                outlet="Le Nouvelliste",
                url=f"https://n.example/{n}",
                published_on=day,
            )
        points = coverage_timeline(session, release)
    assert [(p.day, p.items, p.cumulative) for p in points] == [
        (date(2026, 3, 3), 2, 2),
        (date(2026, 3, 5), 1, 3),
    ]


def test_reach_by_region_counts_only_received_deliveries_in_the_period(
    database: Database, newsroom: Newsroom
) -> None:
    gleaner = newsroom.outlet("Jamaica Gleaner")
    tiempo = newsroom.outlet("El Tiempo", region="South America")
    ana = newsroom.contact("ana@gleaner.example", "Ana B", gleaner)
    ben = newsroom.contact("ben@gleaner.example", "Ben G", gleaner)
    eva = newsroom.contact("eva@eltiempo.example", "Eva R", tiempo, region="South America")
    first, second = newsroom.release(), newsroom.release("Second")
    newsroom.send(first, {ana: DeliveryStatus.SENT, ben: "bounced", eva: DeliveryStatus.FAILED})
    newsroom.send(second, {ben: DeliveryStatus.SENT}, at=T0 + timedelta(days=40))
    with database.session() as session:
        everything = {r.region: r for r in reach_by_region(session)}
        early = {r.region: r for r in reach_by_region(session, until=T0 + timedelta(days=1))}
    caribbean = everything["Caribbean"]
    assert (caribbean.releases, caribbean.outlets_reached, caribbean.people_reached) == (2, 1, 2)
    assert "South America" not in everything  # the only mail there failed
    assert (early["Caribbean"].releases, early["Caribbean"].people_reached) == (1, 1)
