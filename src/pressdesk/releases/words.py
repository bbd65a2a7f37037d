"""The fixed words of the house templates, and dates written the way each language writes them.

Only the words the templates print themselves live here (greetings, the embargo notice, section
titles); the release's own text is written by the officer in each language version. A language
without its own words uses English ones, while its dates are still formatted by ``babel``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_time

_FIXED_OFFSET = re.compile(r"^UTC(?P<sign>[+-])(?P<h>\d\d):(?P<m>\d\d)$")
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "dv", "yi"})


@dataclass(frozen=True)
class Words:
    """Everything a house template writes by itself, in one language."""

    greeting_named: str  # "{name}" is replaced by the first name
    greeting_anonymous: str
    immediate_release: str
    embargoed_until: str  # "{moment}" is replaced by the date, time and zone
    embargo_banner: str
    about: str
    media_contact: str
    attachments: str
    unsubscribe: str  # "{address}" is replaced by the organization's address
    unsubscribe_link: str
    end_mark: str


WORDS: dict[str, Words] = {
    "en": Words(
        greeting_named="Dear {name},",
        greeting_anonymous="Dear colleague,",
        immediate_release="FOR IMMEDIATE RELEASE",
        embargoed_until="EMBARGOED UNTIL {moment}",
        embargo_banner="Not for publication or broadcast before this moment.",
        about="About",
        media_contact="Media contact",
        attachments="Attached",
        unsubscribe="You receive our press releases as a journalist. To stop, write to {address}.",
        unsubscribe_link="Unsubscribe",
        end_mark="###",
    ),
    "es": Words(
        greeting_named="Estimado/a {name}:",
        greeting_anonymous="Estimado/a colega:",
        immediate_release="PARA DIFUSIÓN INMEDIATA",
        embargoed_until="EMBARGADO HASTA EL {moment}",
        embargo_banner="No publicar ni difundir antes de ese momento.",
        about="Acerca de",
        media_contact="Contacto de prensa",
        attachments="Adjuntos",
        unsubscribe=(
            "Recibe nuestros comunicados como periodista. Para no recibirlos más, "
            "escriba a {address}."
        ),
        unsubscribe_link="Darse de baja",
        end_mark="###",
    ),
    "fr": Words(
        greeting_named="Bonjour {name},",
        greeting_anonymous="Madame, Monsieur,",
        immediate_release="POUR DIFFUSION IMMÉDIATE",
        embargoed_until="SOUS EMBARGO JUSQU'AU {moment}",
        embargo_banner="Ne pas publier ni diffuser avant ce moment.",
        about="À propos de",
        media_contact="Contact presse",
        attachments="Pièces jointes",
        unsubscribe=(
            "Vous recevez nos communiqués en tant que journaliste. Pour ne plus les recevoir, "
            "écrivez à {address}."
        ),
        unsubscribe_link="Se désabonner",
        end_mark="###",
    ),
}


def words_for(language: str) -> Words:
    return WORDS.get(base_language(language), WORDS["en"])


def base_language(language: str) -> str:
    """``es-419`` and ``es_MX`` use the Spanish words; the region only matters for dates."""
    return language.replace("_", "-").split("-")[0].lower()


def babel_locale(language: str) -> Locale:
    """The babel locale of a language code, English when babel does not know it."""
    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale("en")


def text_direction(language: str) -> str:
    return "rtl" if base_language(language) in RTL_LANGUAGES else "ltr"


def long_date(day: date, language: str) -> str:
    """``3 December 2026``, ``3 de diciembre de 2026``, ``3 décembre 2026``."""
    return format_date(day, format="long", locale=babel_locale(language))


def zone_of(name: str | None) -> tzinfo | None:
    """The zone named by an IANA name, ``UTC`` or a fixed offset written ``UTC+02:00``."""
    if not name:
        return None
    fixed = _FIXED_OFFSET.match(name)
    if fixed:
        sign = -1 if fixed["sign"] == "-" else 1
        return timezone(sign * timedelta(hours=int(fixed["h"]), minutes=int(fixed["m"])))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def embargo_moment(moment: datetime, zone_name: str | None, language: str) -> str:
    """The embargo as a journalist in any region can read it: local date, time and zone name.

    The time is shown in the zone the officer chose (UTC when none was), followed by that zone's
    name, so "9:00" is never ambiguous.
    """
    zone = zone_of(zone_name)
    local = moment.astimezone(zone) if zone else moment.astimezone(ZoneInfo("UTC"))
    locale = babel_locale(language)
    offset = local.strftime("%z")
    shown_zone = zone_name if zone else "UTC"
    if zone and offset and zone_name != "UTC" and not _FIXED_OFFSET.match(zone_name or ""):
        shown_zone = f"{zone_name}, UTC{offset[:3]}:{offset[3:]}"
    day = format_date(local.date(), format="long", locale=locale)
    time = format_time(local.time(), format="short", locale=locale)
    return f"{day}, {time} ({shown_zone})"
