"""Reading contact files as they come: CSV in any usual encoding, Excel workbooks, vCards.

Every reader returns a :class:`Table`: the header row and the data rows, each with the row number
a person would see in a spreadsheet (the header is row 1; a quoted cell with line breaks does not
shift the rows after it). A file that is not a table at all raises :class:`InvalidInput`.
"""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pressdesk.contacts.values import fold
from pressdesk.errors import InvalidInput

FORMATS = ("csv", "xlsx", "vcf")
_EXTENSIONS = {
    ".csv": "csv",
    ".txt": "csv",
    ".tsv": "csv",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".vcf": "vcf",
    ".vcard": "vcf",
}
_DELIMITERS = (",", ";", "\t", "|")


@dataclass
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row number, cells)
    header_row: int = 1

    def is_blank(self, cells: Sequence[str]) -> bool:
        return not any(cell.strip() for cell in cells)


def detect_format(path: Path, data: bytes) -> str:
    """The format by extension, else by the first bytes."""
    by_extension = _EXTENSIONS.get(path.suffix.lower())
    if by_extension:
        return by_extension
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    if b"BEGIN:VCARD" in data[:2000].upper():
        return "vcf"
    return "csv"


def read_table(path: Path, file_format: str | None = None) -> tuple[Table, str]:
    """Read ``path`` as a table of contacts; returns it with the format used."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"There is no file {path}.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file.") from None
    except OSError as exc:
        raise InvalidInput(f"Cannot read {path}: {exc.strerror}.") from None
    kind = file_format or detect_format(path, data)
    if kind == "csv":
        return read_csv_bytes(data), kind
    if kind == "xlsx":
        return read_xlsx_bytes(data), kind
    if kind == "vcf":
        from pressdesk.contacts.vcards import read_vcards

        return read_vcards(decode_text(data)), kind
    raise InvalidInput(f"Unknown file format '{kind}'. Use {', '.join(FORMATS)}.")


def decode_text(data: bytes) -> str:
    """Text of a file saved by Excel, Outlook or a text editor: UTF-8 (± BOM), UTF-16, cp1252."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InvalidInput(
                "The file says it is UTF-16 text but is not readable as such."
            ) from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if b"\x00" in data:
        raise InvalidInput("This is not a text file of contacts (it contains binary data).")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise InvalidInput(
            "The file's text encoding is not recognised (tried UTF-8, UTF-16 and Windows-1252)."
        ) from None
    if _looks_binary(text):
        raise InvalidInput("This is not a text file of contacts (it contains binary data).")
    return text


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t")
    return controls > max(2, len(sample) // 100)


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header line most (quoted parts are not counted)."""
    counts = dict.fromkeys(_DELIMITERS, 0)
    in_quotes = False
    for ch in text[:65536]:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes:
            if ch in "\r\n":
                if any(counts.values()):
                    break
                continue
            if ch in counts:
                counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv_bytes(data: bytes) -> Table:
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(text))
    rows: list[list[str]] = []
    try:
        rows.extend(reader)
    except csv.Error as exc:
        raise InvalidInput(
            f"The file is not a readable table (row {reader.line_num}): {exc}."
        ) from None
    return _table_from_rows(rows)


def _table_from_rows(rows: Sequence[Sequence[str]], numbers: Sequence[int] | None = None) -> Table:
    """The first non-blank row is the header; the rest keep their spreadsheet numbers."""
    numbered = list(zip(numbers or range(1, len(rows) + 1), rows, strict=True))
    for position, (number, cells) in enumerate(numbered):
        if any(cell.strip() for cell in cells):
            headers = [cell.strip() for cell in cells]
            table = Table(headers=headers, header_row=number)
            table.rows = [(n, list(c)) for n, c in numbered[position + 1 :]]
            return table
    raise InvalidInput("The file is empty: it has no header row and no contacts.")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def read_xlsx_bytes(data: bytes) -> Table:
    """The first worksheet of an Excel workbook, read in streaming mode."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        raise InvalidInput(f"This is not a readable Excel (.xlsx) workbook: {exc}.") from None
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[str]] = []
        numbers: list[int] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            rows.append([_cell_text(value) for value in values])
            numbers.append(number)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError) as exc:
        raise InvalidInput(f"The Excel workbook could not be read: {exc}.") from None
    finally:
        workbook.close()
    return _table_from_rows(rows, numbers)


# Header spellings per field, most specific first (in Outlook exports "Title" is "Mr./Ms.", so a
# "Job Title" column wins over it).
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "email": (
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "e-mail 1 address",
        "email 1",
        "mail",
        "correo",
        "correo electrónico",
        "correo-e",
        "dirección de correo",
        "dirección de correo electrónico",
        "email personal",
        "courriel",
        "adresse e-mail",
        "adresse électronique",
        "adresse mail",
        "adresse courriel",
        "mél",
    ),
    "first_name": ("first name", "first_name", "given name", "firstname", "nombre", "prénom"),
    "last_name": (
        "last name",
        "last_name",
        "surname",
        "family name",
        "apellido",
        "apellidos",
        "nom de famille",
        "nom",
    ),
    "name": ("name", "full name", "display name", "nombre completo", "nom complet", "contact"),
    "title": (
        "job title",
        "title",
        "role",
        "position",
        "cargo",
        "puesto",
        "fonction",
        "poste",
        "titre",
    ),
    "outlet": (
        "outlet",
        "media",
        "media outlet",
        "medio",
        "medio de comunicación",
        "média",
        "company",
        "organization",
        "organisation",
        "publication",
        "empresa",
        "organización",
        "société",
        "entreprise",
    ),
    "outlet_type": (
        "outlet type",
        "outlet_type",
        "media type",
        "type of media",
        "tipo de medio",
        "tipo",
        "type de média",
        "type de media",
        "type",
    ),
    "country": (
        "country",
        "country/region",
        "business country/region",
        "country or region",
        "país",
        "pays",
    ),
    "city": ("city", "business city", "town", "ciudad", "localidad", "ville"),
    "language": (
        "language",
        "preferred language",
        "idioma",
        "lengua",
        "idioma preferido",
        "langue",
        "langue préférée",
    ),
    "other_languages": ("other languages", "otros idiomas", "autres langues"),
    "beats": (
        "beats",
        "beat",
        "topics",
        "topic",
        "tags",
        "categories",
        "temas",
        "tema",
        "fuente",
        "sujets",
        "thèmes",
        "rubrique",
        "rubriques",
    ),
    "phone": (
        "phone",
        "phones",
        "telephone",
        "tel",
        "mobile",
        "mobile phone",
        "business phone",
        "primary phone",
        "cell",
        "cell phone",
        "teléfono",
        "teléfonos",
        "móvil",
        "celular",
        "téléphone",
        "portable",
    ),
    "notes": (
        "notes",
        "note",
        "comments",
        "notas",
        "comentarios",
        "observaciones",
        "remarques",
        "commentaires",
    ),
    "social": ("social", "social media", "redes sociales", "réseaux sociaux"),
    "source": ("source", "fuente del registro", "origine"),
    "opted_out": ("opted out", "opted_out", "unsubscribed", "baja", "désinscrit"),
}
MULTI_COLUMN_FIELDS = ("phone", "beats", "notes")


def map_headers(headers: Sequence[str], overrides: Sequence[str] = ()) -> dict[int, str]:
    """Column index → field name, from common spellings and ``HEADER=FIELD`` overrides."""
    from pressdesk.contacts.records import IMPORT_FIELDS

    folded = [fold(header) for header in headers]
    mapping: dict[int, str] = {}
    forced: set[int] = set()
    for override in overrides:
        header, sep, target = override.partition("=")
        target = target.strip().lower()
        if not sep or not header.strip():
            raise InvalidInput(f"--map needs HEADER=FIELD, got '{override}'.")
        if target not in (*IMPORT_FIELDS, "ignore"):
            raise InvalidInput(
                f"Unknown field '{target}' in --map.", hint=f"Use {', '.join(IMPORT_FIELDS)}."
            )
        matches = [i for i, name in enumerate(folded) if name == fold(header)]
        if not matches:
            raise InvalidInput(f"The file has no column called '{header.strip()}' (--map).")
        for index in matches:
            forced.add(index)
            if target == "ignore":
                mapping.pop(index, None)
            else:
                mapping[index] = target
    taken = set(mapping.values())
    for field_name, spellings in HEADER_SYNONYMS.items():
        if field_name in taken and field_name not in MULTI_COLUMN_FIELDS:
            continue
        for spelling in spellings:
            found = [
                i for i, name in enumerate(folded) if name == fold(spelling) and i not in forced
            ]
            found = [i for i in found if i not in mapping]
            if not found:
                continue
            if field_name in MULTI_COLUMN_FIELDS:
                mapping.update(dict.fromkeys(found, field_name))
            else:
                mapping[found[0]] = field_name
                break
    return mapping
