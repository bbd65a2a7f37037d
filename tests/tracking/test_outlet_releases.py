"""How many releases each outlet received, as the Outlets section shows it."""

from __future__ import annotations

from tracking_fixtures import Newsroom

from pressdesk.database import Database
from pressdesk.tracking.reach import releases_received_by_outlet


def test_counts_distinct_releases_received_by_each_outlet(database: Database) -> None:
    room = Newsroom(database)
    gleaner = room.outlet("The Gleaner")
    observer = room.outlet("Jamaica Observer")
    quiet = room.outlet("Radio Quiet")
    ana = room.contact("ana@gleaner.jm", "Ana Brown", gleaner)
    ben = room.contact("ben@gleaner.jm", "Ben Hall", gleaner)
    cy = room.contact("cy@observer.jm", "Cy Reid", observer)
    room.contact("dee@quiet.jm", "Dee Lane", quiet)
    water, health = room.release("Water plan"), room.release("Health week")
    room.send(water, {ana: "sent", ben: "sent", cy: "bounced"})
    room.send(health, {ana: "failed", ben: "sent", cy: "failed"})
    room.send(health, {ana: "sent"})  # a resend: still one release for the outlet
    with database.session() as session:
        counts = releases_received_by_outlet(session)
    assert counts == {gleaner: 2}  # a bounce or a failure is not receipt
