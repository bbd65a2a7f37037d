"""Fill a PressDesk database with realistic invented data, for benchmarks and screenshots."""

from __future__ import annotations

import argparse
import random
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from pressdesk.contacts.addresses import search_key
from pressdesk.database import open_database
from pressdesk.database.models import (
    Contact,
    ContactList,
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    ListMember,
    Outlet,
    OutletType,
    Release,
    ReleaseStatus,
    ReleaseVersion,
)

FIRST = [
    "María",
    "José",
    "Léa",
    "François",
    "Ana",
    "Jürgen",
    "Noëlle",
    "Sofía",
    "Çağla",
    "Zoë",
    "Andrés",
    "Inés",
    "Björn",
    "Amélie",
    "Joaquín",
    "Renée",
    "Ngozi",
    "Kwame",
    "Priya",
    "Hélène",
]
LAST = [
    "García",
    "Müller",
    "Lefèvre",
    "Peña",
    "Núñez",
    "Østergaard",
    "Dubois",
    "Fernández",
    "O'Brien",
    "Gonçalves",
    "Martínez",
    "Côté",
    "Rodríguez",
    "Smith",
    "Bélanger",
    "Ibáñez",
]
PLACES = [
    ("MX", "Central America", "es"),
    ("HN", "Central America", "es"),
    ("DO", "Caribbean", "es"),
    ("HT", "Caribbean", "fr"),
    ("CA", "Northern America", "en"),
    ("SE", "Northern Europe", "en"),
    ("FR", "Western Europe", "fr"),
    ("SN", "Western Africa", "fr"),
    ("CO", "South America", "es"),
    ("JM", "Caribbean", "en"),
]
OUTLET_WORDS = [
    "Diario",
    "La Voz",
    "Le Courrier",
    "The Tribune",
    "Radio",
    "Noticias",
    "Télé",
    "El Heraldo",
    "Caribbean News",
    "Prensa Libre",
    "L'Écho",
    "Daily Gleaner",
]
HEADLINES = [
    ("Regional ministers agree on a joint plan for clean water in rural schools", "en"),
    ("Más de 2 millones de niñas y niños vacunados contra el sarampión en Centroamérica", "es"),
    ("Sécheresse au Sahel : un appel de fonds d'urgence pour 1,2 million de personnes", "fr"),
    ("New climate-resilience fund opens for Caribbean small island states", "en"),
]


def fill(url: str, contacts: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    db = open_database(url)
    now = datetime.now(UTC)
    with db.session() as session:
        outlets = []
        for i in range(max(1, contacts // 12)):
            country, region, lang = rng.choice(PLACES)
            name = f"{rng.choice(OUTLET_WORDS)} {i + 1}"
            outlets.append(
                {
                    "id": i + 1,
                    "name": name,
                    "name_key": name.casefold(),
                    "outlet_type": rng.choice(list(OutletType)),
                    "country": country,
                    "region": region,
                    "languages": [lang],
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        session.execute(insert(Outlet), outlets)
        rows = []
        for i in range(contacts):
            country, region, lang = rng.choice(PLACES)
            first, last = rng.choice(FIRST), rng.choice(LAST)
            email = f"{first[0].lower()}.{last.lower().replace(' ', '')}{i}@example-press.org"
            email = unicodedata.normalize("NFKD", email).encode("ascii", "ignore").decode()
            rows.append(
                {
                    "email": email,
                    "email_key": email.lower(),
                    "search_text": search_key(first, last, email.lower()),
                    "first_name": first,
                    "last_name": last,
                    "outlet_id": rng.choice(outlets)["id"],
                    "country": country,
                    "region": region,
                    "language": lang,
                    "phones": [],
                    "other_languages": [],
                    "social": {},
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        for start in range(0, len(rows), 5000):
            session.execute(insert(Contact), rows[start : start + 5000])
        lst = ContactList(name="Central America health reporters")
        lst2 = ContactList(name="Caribbean editors")
        session.add_all([lst, lst2])
        session.flush()
        session.execute(
            insert(ListMember),
            [
                {"list_id": lst.id, "contact_id": i, "added_at": now}
                for i in range(1, min(contacts, 240) + 1)
            ],
        )
        session.execute(
            insert(ListMember),
            [
                {"list_id": lst2.id, "contact_id": i, "added_at": now}
                for i in range(1, min(contacts, 90) + 1)
            ],
        )
        for n, (headline, lang) in enumerate(HEADLINES):
            status = [
                ReleaseStatus.SENT,
                ReleaseStatus.SENT,
                ReleaseStatus.APPROVED,
                ReleaseStatus.DRAFT,
            ][n]
            release = Release(
                language=lang, release_date=date.today() - timedelta(days=9 - 3 * n), status=status
            )
            release.versions.append(
                ReleaseVersion(
                    language=lang, headline=headline, dateline="PANAMA CITY", body_md="…"
                )
            )
            session.add(release)
            session.flush()
            if status is ReleaseStatus.SENT:
                dist = Distribution(
                    release_id=release.id,
                    status=DistributionStatus.DONE,
                    created_by="lgarcia@press-laptop",
                )
                session.add(dist)
                session.flush()
                session.execute(
                    insert(Delivery),
                    [
                        {
                            "distribution_id": dist.id,
                            "release_id": release.id,
                            "language": lang,
                            "contact_id": i,
                            "email_key": f"k{i}",
                            "email": f"k{i}@example.org",
                            "outlet_name": f"Outlet {i % 30}",
                            "status": DeliveryStatus.SENT if i % 17 else DeliveryStatus.FAILED,
                            "attempts": 1,
                            "queued_at": now,
                            "updated_at": now,
                        }
                        for i in range(1, min(contacts, 180) + 1)
                    ],
                )
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("url")
    parser.add_argument("--contacts", type=int, default=300)
    args = parser.parse_args()
    started = time.perf_counter()
    fill(args.url, args.contacts)
    print(f"filled in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
