"""A realistic send history for the desktop tests, built with the tracking suite's Newsroom.

The tracking and sending suites keep their builders beside their tests; they are put on the
import path here so the desktop tests share them rather than copy them.
"""

from __future__ import annotations

import sys
from pathlib import Path

for _folder in ("tracking", "mail"):
    _path = str(Path(__file__).resolve().parents[1] / _folder)
    if _path not in sys.path:
        sys.path.append(_path)

from dovecot_server import PASSWORD, USER, DovecotServer, dovecot_binary  # noqa: E402
from mail_samples import delivery_report, release_mail, reply, write_eml  # noqa: E402
from mailtesting import (  # noqa: E402
    FROM_ADDRESS,
    FaultyHandler,
    MemoryKeyring,
    seed,
    start_server,
)
from tracking_fixtures import T0, Newsroom  # noqa: E402

from pressdesk.database import Database  # noqa: E402
from pressdesk.database.models import OutletType  # noqa: E402

__all__ = [
    "FROM_ADDRESS",
    "PASSWORD",
    "T0",
    "USER",
    "DovecotServer",
    "FaultyHandler",
    "MemoryKeyring",
    "Newsroom",
    "build_history",
    "delivery_report",
    "dovecot_binary",
    "release_mail",
    "reply",
    "seed",
    "start_server",
    "write_eml",
]

SENT, BOUNCED, FAILED, DEFERRED = "sent", "bounced", "failed", "deferred"


def build_history(database: Database) -> dict[str, int]:
    """Two releases: the first to three outlets and a freelancer, the second to one outlet only."""
    newsroom = Newsroom(database)
    gleaner = newsroom.outlet("Jamaica Gleaner")
    caraibes = newsroom.outlet("Radio Caraïbes", outlet_type=OutletType.RADIO, country="HT")
    tiempo = newsroom.outlet("El Tiempo", region="South America", country="CO")
    people = {
        "ana": newsroom.contact("ana@gleaner.example", "Ana Brown", gleaner),
        "ben": newsroom.contact("ben@gleaner.example", "Ben Gray", gleaner),
        "chloe": newsroom.contact("chloe@caraibes.example", "Chloé Noël", caraibes),
        "dan": newsroom.contact("dan@caraibes.example", "Dan Pierre", caraibes),
        "eva": newsroom.contact("eva@eltiempo.example", "Eva Ruiz", tiempo, "South America"),
    }
    water = newsroom.release("Regional ministers agree on water plan")
    outcomes = {"ana": SENT, "ben": BOUNCED, "chloe": FAILED, "dan": DEFERRED, "eva": SENT}
    deliveries = newsroom.send(water, {people[k]: v for k, v in outcomes.items()})
    vaccines = newsroom.release("Vaccination campaign reaches two million children")
    newsroom.send(vaccines, {people["ana"]: SENT}, at=T0.replace(day=9))
    return {
        "water": water,
        "vaccines": vaccines,
        "gleaner": gleaner,
        "ana_delivery": deliveries[people["ana"]],
        "eva_delivery": deliveries[people["eva"]],
    }
