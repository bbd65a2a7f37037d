"""Building the records that sending leaves behind: releases, outlets, contacts, deliveries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from pressdesk.contacts.addresses import email_key
from pressdesk.database import Database
from pressdesk.database.models import (
    Contact,
    Delivery,
    DeliveryStatus,
    Distribution,
    DistributionStatus,
    Outlet,
    OutletType,
    Release,
    ReleaseStatus,
    ReleaseVersion,
)

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Newsroom:
    """Creates rows directly, each call in its own unit of work; returns ids."""

    db: Database

    def outlet(
        self,
        name: str,
        region: str | None = "Caribbean",
        outlet_type: OutletType | None = OutletType.NEWSPAPER,
        country: str | None = "JM",
    ) -> int:
        with self.db.session() as session:
            outlet = Outlet(
                name=name,
                name_key=" ".join(name.split()).casefold(),
                outlet_type=outlet_type,
                region=region,
                country=country,
            )
            session.add(outlet)
            session.flush()
            return outlet.id

    def contact(
        self,
        email: str,
        name: str = "",
        outlet: int | None = None,
        region: str | None = "Caribbean",
    ) -> int:
        first, _, last = name.partition(" ")
        with self.db.session() as session:
            contact = Contact(
                email=email,
                email_key=email_key(email),
                first_name=first or None,
                last_name=last or None,
                outlet_id=outlet,
                region=region,
            )
            session.add(contact)
            session.flush()
            return contact.id

    def release(self, headline: str = "Regional ministers agree on water plan") -> int:
        with self.db.session() as session:
            release = Release(language="en", status=ReleaseStatus.SENT)
            release.versions.append(ReleaseVersion(language="en", headline=headline))
            session.add(release)
            session.flush()
            return release.id

    def send(
        self,
        release: int,
        outcomes: dict[int, DeliveryStatus | str],
        *,
        at: datetime = T0,
    ) -> dict[int, int]:
        """One distribution of ``release`` to contacts, each ending in the given state.

        The state "bounced" makes a delivery that was sent and bounced later. Returns the
        delivery id of each contact. Outlet, region and address are copied as sending does.
        """
        ids: dict[int, int] = {}
        with self.db.session() as session:
            distribution = Distribution(
                release_id=release, status=DistributionStatus.DONE, created_at=at
            )
            session.add(distribution)
            session.flush()
            for number, (contact_id, outcome) in enumerate(outcomes.items()):
                contact = session.get(Contact, contact_id)
                assert contact is not None
                status = DeliveryStatus(outcome)
                was_sent = status in (DeliveryStatus.SENT, DeliveryStatus.BOUNCED)
                delivery = Delivery(
                    distribution_id=distribution.id,
                    release_id=release,
                    language="en",
                    contact_id=contact.id,
                    email=contact.email,
                    email_key=contact.email_key,
                    name=" ".join(p for p in (contact.first_name, contact.last_name) if p),
                    outlet_id=contact.outlet_id,
                    outlet_name=contact.outlet.name if contact.outlet else None,
                    country=contact.country,
                    region=contact.region,
                    status=status,
                    attempts=1 if status != DeliveryStatus.QUEUED else 0,
                    smtp_code=550 if status == DeliveryStatus.FAILED else 250,
                    smtp_response=(
                        "550 5.1.1 User unknown"
                        if status == DeliveryStatus.FAILED
                        else "250 2.0.0 Ok: queued"
                        if was_sent
                        else None
                    ),
                    message_id=f"<r{release}.d{distribution.id}.{number}@press.example.org>",
                    queued_at=at,
                    sent_at=at + timedelta(seconds=number) if was_sent else None,
                    bounced_at=(
                        at + timedelta(hours=1) if status == DeliveryStatus.BOUNCED else None
                    ),
                )
                session.add(delivery)
                session.flush()
                ids[contact_id] = delivery.id
        return ids

    def delivery(self, delivery_id: int) -> Delivery:
        with self.db.session() as session:
            found = session.get(Delivery, delivery_id)
            assert found is not None
            session.expunge(found)
            return found
