"""Turning what people type into clean contact values: addresses, countries, languages, phones.

Spreadsheets say "México", "Mexique", "mx" or "MEX" for the same country and put line breaks in
names. Everything that can end up in an email header (names, addresses, outlet) is reduced to a
single clean line here; free text (notes) keeps its line breaks but loses other control codes.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import urlsplit, urlunsplit

import phonenumbers
from babel import Locale
from email_validator import EmailNotValidError, validate_email

from pressdesk.database.models import OutletType
from pressdesk.errors import InvalidInput
from pressdesk.paths import resources_dir

NAME_LOCALES = ("en", "es", "fr")
M49_FILE = "data/m49_regions.csv"

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
_CONTROL_BUT_NEWLINE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")


class InvalidValue(ValueError):
    """A cell that cannot become a contact value; the message is the reason shown to the user."""

    def as_input_error(self) -> InvalidInput:
        """The same reason as a sentence, for a single record typed by the user (exit 2)."""
        text = str(self)
        sentence = text[:1].upper() + text[1:]
        return InvalidInput(sentence if sentence.endswith((".", ")", "?", "!")) else sentence + ".")


def single_line(value: str | None) -> str | None:
    """One clean line (names, titles, cities, outlets): control codes and breaks become spaces."""
    if value is None:
        return None
    if value.isprintable() and "  " not in value:  # the usual case, decided in C
        return value.strip() or None
    cleaned = _SPACES.sub(" ", _CONTROL.sub(" ", value)).strip()
    return cleaned or None


def free_text(value: str | None) -> str | None:
    """Multi-line text (notes): line breaks kept as ``\\n``, other control codes removed."""
    if value is None:
        return None
    cleaned = _CONTROL_BUT_NEWLINE.sub("", _LINE_BREAKS.sub("\n", value)).strip()
    return cleaned or None


def fold(text: str) -> str:
    """A comparison key: case-folded, accents removed, only letters and digits kept."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum())


def normalize_email(value: str) -> str:
    """A syntactically valid address (no DNS lookups; international domains allowed)."""
    raw = value.strip()
    if not raw:
        raise InvalidValue("no email address")
    if _CONTROL.search(raw):
        raise InvalidValue("the email address contains a line break or control character")
    if raw.lower().startswith("mailto:"):
        raw = raw[len("mailto:") :]
    local, at, domain = raw.rpartition("@")
    if at and len(raw) <= _MAX_ADDRESS and _PLAIN_LOCAL_PART.fullmatch(local):
        # The common case: a plain ASCII local part, valid by construction of the pattern. The
        # domain is still checked by email-validator, once per domain for the whole file.
        try:
            return f"{local}@{_checked_domain(domain)}"
        except InvalidValue as exc:
            raise InvalidValue(f"invalid email address '{raw}': {exc}") from None
    try:
        result = validate_email(raw, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue(f"invalid email address '{raw}': {exc}") from None
    return str(result.normalized)


# RFC 5321 dot-atom local part in ASCII, at most 64 characters: what email-validator accepts
# without any normalization.
_PLAIN_LOCAL_PART = re.compile(
    r"(?=.{1,64}$)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
)
_MAX_ADDRESS = 254


@lru_cache(maxsize=16384)
def _checked_domain(domain: str) -> str:
    """The normalized domain, validated by email-validator with a neutral local part."""
    try:
        result = validate_email(f"postmaster@{domain}", check_deliverability=False)
    except EmailNotValidError as exc:
        raise InvalidValue(str(exc)) from None
    return str(result.domain)


# Common spellings that are not a locale's official name for the country.
_COUNTRY_ALIASES = {
    "usa": "US",
    "us": "US",
    "eeuu": "US",
    "unitedstatesofamerica": "US",
    "uk": "GB",
    "england": "GB",
    "greatbritain": "GB",
    "holland": "NL",
    "russia": "RU",
    "southkorea": "KR",
    "bolivia": "BO",
    "venezuela": "VE",
    "ivorycoast": "CI",
    "cotedivoire": "CI",
}


@dataclass(frozen=True)
class RegionEntry:
    m49: str
    region: str
    sub_region: str
    intermediate_region: str

    @property
    def display_region(self) -> str | None:
        """The intermediate region where there is one, else the sub-region (UN M49)."""
        return self.intermediate_region or self.sub_region or None


@cache
def m49_table() -> dict[str, RegionEntry]:
    """The shipped UN M49 table, by ISO 3166-1 alpha-2 code."""
    path = resources_dir() / M49_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["alpha_2"]: RegionEntry(
                m49=row["m49"],
                region=row["region"],
                sub_region=row["sub_region"],
                intermediate_region=row["intermediate_region"],
            )
            for row in csv.DictReader(handle)
        }


def region_for_country(code: str | None) -> str | None:
    """The M49 region that groups contacts: MX → Central America, SE → Northern Europe."""
    if not code:
        return None
    entry = m49_table().get(code.upper())
    return entry.display_region if entry else None


def known_regions() -> list[str]:
    return sorted({e.display_region for e in m49_table().values() if e.display_region})


@cache
def _country_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    codes = set(m49_table())
    for locale_name in NAME_LOCALES:
        for code, name in Locale.parse(locale_name).territories.items():
            if code in codes:
                lookup.setdefault(fold(name), code)
    for code in codes:
        lookup.setdefault(code.lower(), code)
    lookup.update(_COUNTRY_ALIASES)
    return lookup


@lru_cache(maxsize=4096)
def normalize_country(value: str) -> str:
    """ISO alpha-2 code from a code or an English, Spanish or French name ("México" → "MX")."""
    key = fold(value)
    code = _country_lookup().get(key)
    if code is None:
        raise InvalidValue(f"unknown country '{single_line(value)}'")
    return code


def country_name(code: str, locale: str = "en") -> str:
    return str(Locale.parse(locale).territories.get(code, code))


@cache
def _language_lookup() -> dict[str, str]:
    lookup: dict[str, str] = {}
    two_letter = {str(code) for code in Locale.parse("en").languages if len(str(code)) == 2}
    for locale_name in NAME_LOCALES:
        for code, name in Locale.parse(locale_name).languages.items():
            if str(code) in two_letter:
                lookup.setdefault(fold(str(name)), str(code))
    for code in two_letter:
        lookup[code] = code
    return lookup


@lru_cache(maxsize=1024)
def normalize_language(value: str) -> str:
    """ISO 639-1 code from a code ("es", "es-MX") or a name ("Spanish", "español", "espagnol")."""
    text = value.strip()
    base = re.split(r"[-_]", text, maxsplit=1)[0] if len(text) <= 6 else text
    code = _language_lookup().get(fold(base))
    if code is None:
        raise InvalidValue(f"unknown language '{single_line(value)}'")
    return code


def normalize_languages(value: str) -> list[str]:
    """Several languages in one cell, separated by commas, semicolons, slashes or line breaks."""
    codes: list[str] = []
    for part in split_list(value):
        code = normalize_language(part)
        if code not in codes:
            codes.append(code)
    return codes


_LIST_SEPARATORS = re.compile(r"[;,/|\n\r]+")


def split_list(value: str) -> list[str]:
    """Cell parts separated by ; , / | or line breaks, cleaned, empty parts dropped."""
    parts = (single_line(part) for part in _LIST_SEPARATORS.split(value))
    return [part for part in parts if part]


def normalize_beats(value: str) -> list[str]:
    """Beats/topics as distinct tags, keeping the first spelling of each."""
    seen: set[str] = set()
    beats: list[str] = []
    for part in split_list(value):
        tag = part[:100]
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            beats.append(tag)
    return beats


_PHONE_SEPARATORS = re.compile(r"[;,/\n\r|]+")


def normalize_phones(value: str, country: str | None) -> list[str]:
    """E.164 numbers where they parse (the contact's country as default), else kept as typed."""
    phones: list[str] = []
    for part in _PHONE_SEPARATORS.split(value):
        typed = single_line(part)
        if not typed:
            continue
        phone = _normalize_phone(typed, country)
        if phone not in phones:
            phones.append(phone)
    return phones


@lru_cache(maxsize=8192)
def _normalize_phone(typed: str, country: str | None) -> str:
    try:
        number = phonenumbers.parse(typed, country)
    except phonenumbers.NumberParseException:
        return typed
    if not phonenumbers.is_possible_number(number):
        return typed
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_OUTLET_TYPES = {
    OutletType.NEWSPAPER: (
        "newspaper",
        "paper",
        "daily",
        "print",
        "periodico",
        "diario",
        "journal",
    ),
    OutletType.TV: ("tv", "television", "televisión", "tele", "télévision"),
    OutletType.RADIO: ("radio",),
    OutletType.ONLINE: ("online", "web", "digital", "website", "enligne", "sitioweb", "blog"),
    OutletType.NEWS_AGENCY: (
        "newsagency",
        "agency",
        "wire",
        "agencia",
        "agenciadenoticias",
        "agencedepresse",
        "agence",
        "news_agency",
    ),
    OutletType.MAGAZINE: ("magazine", "revista", "revue", "weekly"),
    OutletType.FREELANCE: ("freelance", "freelancer", "independiente", "independant", "pigiste"),
    OutletType.OTHER: ("other", "otro", "autre"),
}
_OUTLET_TYPE_LOOKUP = {fold(word): kind for kind, words in _OUTLET_TYPES.items() for word in words}


def normalize_outlet_type(value: str) -> OutletType:
    kind = _OUTLET_TYPE_LOOKUP.get(fold(value))
    if kind is None:
        choices = ", ".join(t.value for t in OutletType)
        raise InvalidValue(f"unknown outlet type '{single_line(value)}' (use {choices})")
    return kind


def normalize_website(value: str) -> str:
    """A web address people can open: http(s) with a real domain ("elpais.com" gains https://)."""
    text = value.strip()
    if not text:
        raise InvalidValue("no web address")
    if _CONTROL.search(text) or any(ch.isspace() for ch in text):
        raise InvalidValue(f"'{single_line(text)}' is not a web address (it contains spaces)")
    if "://" not in text:
        if ":" in text.split("/", 1)[0] and not re.match(r"^[^:/]+:\d+(/|$)", text):
            raise InvalidValue(f"'{text}' is not a web address (use http:// or https://)")
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidValue(f"'{text}' is not a web address (use http:// or https://)")
    host = parts.hostname or ""
    if parts.username is not None or parts.password is not None:
        raise InvalidValue(f"'{text}' is not a web address (it contains a user name)")
    try:
        domain = _checked_domain(host)
        port = parts.port
    except (InvalidValue, ValueError):
        raise InvalidValue(f"'{text}' is not a web address (check the domain name)") from None
    netloc = domain if port is None else f"{domain}:{port}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))


def require(value: str | None, what: str) -> str:
    """A required single-line value, or InvalidInput naming the field."""
    clean = single_line(value)
    if not clean:
        raise InvalidInput(f"The {what} cannot be empty.")
    return clean
