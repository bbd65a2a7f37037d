"""Values as officers type them: countries and languages in three languages, phones, names."""

from __future__ import annotations

import pytest

from pressdesk.contacts.values import (
    InvalidValue,
    free_text,
    normalize_country,
    normalize_email,
    normalize_language,
    normalize_phones,
    region_for_country,
    single_line,
)


@pytest.mark.parametrize(
    ("country", "region"),
    [
        ("HN", "Central America"),
        ("MX", "Central America"),
        ("DO", "Caribbean"),
        ("CA", "Northern America"),
        ("SE", "Northern Europe"),
        ("BR", "South America"),
        ("KE", "Eastern Africa"),
        ("FR", "Western Europe"),
        ("JP", "Eastern Asia"),
    ],
)
def test_region_is_the_m49_intermediate_region_else_the_sub_region(
    country: str, region: str
) -> None:
    assert region_for_country(country) == region


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Mexico", "MX"),
        ("México", "MX"),
        ("Mexique", "MX"),
        ("mx", "MX"),
        ("República Dominicana", "DO"),
        ("République dominicaine", "DO"),
        ("Suède", "SE"),
        ("Sweden", "SE"),
        ("Estados Unidos", "US"),
        ("  honduras ", "HN"),
        ("États-Unis", "US"),
    ],
)
def test_country_from_a_code_or_an_english_spanish_or_french_name(typed: str, code: str) -> None:
    assert normalize_country(typed) == code


def test_an_unknown_country_is_named_in_the_error() -> None:
    with pytest.raises(InvalidValue, match="Narnia"):
        normalize_country("Narnia")


@pytest.mark.parametrize(
    ("typed", "code"),
    [("es", "es"), ("ES-mx", "es"), ("Spanish", "es"), ("español", "es"), ("Français", "fr")],
)
def test_language_from_a_code_or_a_name(typed: str, code: str) -> None:
    assert normalize_language(typed) == code


def test_phones_are_e164_with_the_contacts_country_and_kept_as_typed_otherwise() -> None:
    assert normalize_phones("2234-5678", "HN") == ["+50422345678"]
    assert normalize_phones("+1 (514) 555-0100 / 55 1234 5678", "MX") == [
        "+15145550100",
        "+525512345678",
    ]
    assert normalize_phones("ask the desk", "MX") == ["ask the desk"]


def test_names_lose_line_breaks_and_control_characters_but_notes_keep_lines() -> None:
    assert single_line("Ana\r\nMaría\x00 \tLópez") == "Ana María López"
    assert free_text("Line one\r\nLine two\x07") == "Line one\nLine two"


@pytest.mark.parametrize(
    "address", ["no-at-sign", "two@@example.org", "a b@example.org", "x@localhost", "x\n@a.org"]
)
def test_invalid_addresses_are_refused(address: str) -> None:
    with pytest.raises(InvalidValue):
        normalize_email(address)


def test_international_addresses_are_accepted_and_domains_lower_cased() -> None:
    assert normalize_email("José@Correo.ÑANDÚ.mx") == "José@correo.ñandú.mx"
    assert normalize_email(" Ana.Lopez@Example.ORG ") == "Ana.Lopez@example.org"
