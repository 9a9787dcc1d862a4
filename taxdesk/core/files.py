"""The files people bring and take away: CSV and XLSX read the same way by every importer, and CSV
written so that Excel never runs a cell as a formula.

- **Encodings.** A CSV file is UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode
  text"), or else GB18030 — the superset of GBK and GB2312 that Excel on a Chinese Windows saves as
  "CSV". Bytes that are none of these are refused as unreadable.
- **XLSX.** Read with openpyxl, which parses through defusedxml when it is installed (it is a dependency):
  DTDs with entity definitions (the "billion laughs" expansion) and external entities are refused. Before
  that the archive is checked: a zip whose members unpack to at most :data:`MAX_XLSX_BYTES`, so a small
  file cannot unpack to gigabytes. A truncated or otherwise broken workbook is one clear refusal.
- **CSV formula injection.** A text cell beginning with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is a formula to Excel and other spreadsheets (OWASP "CSV injection"). :func:`neutralise` puts an
  apostrophe before it — Excel's own mark for "this is text" — and :func:`restore` takes that mark off
  again when TaxDesk reads its own export back, so an export imports unchanged.

Every failure is :class:`~taxdesk.core.errors.InvalidInput` with key ``import_unreadable`` and params
``path`` and ``reason``. File work: call from a worker thread.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import zipfile
from pathlib import Path

from taxdesk.core.errors import InvalidInput

MAX_XLSX_BYTES = 64 * 1024 * 1024  # unpacked; the whole county's catalogue is a few hundred kilobytes
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BLOCK = 1 << 20


def unreadable(path: str | os.PathLike, reason: str) -> InvalidInput:
    return InvalidInput(
        f"cannot read {path}: {reason}", key="import_unreadable", path=str(path), reason=reason
    )


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


def encoding_of(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of a file names (``utf-8-sig``, ``utf-16``), or None."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def decode(data: bytes, path: str | os.PathLike = "the file") -> str:
    """A whole file's bytes as text (see the module docstring for the encodings tried)."""
    marked = encoding_of(data[:4])
    for encoding in (marked,) if marked else ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise unreadable(path, "the text is neither UTF-8 nor GB18030 (GBK): save it again as CSV UTF-8")


def detect_encoding(path: str | os.PathLike) -> str:
    """The encoding to stream a large file with, found by reading it once in blocks (cheap next to parsing
    it): a byte-order mark's, else ``utf-8-sig`` when every byte decodes as UTF-8, else ``gb18030`` when
    every byte decodes as that."""
    target = Path(path)
    try:
        with target.open("rb") as handle:
            marked = encoding_of(handle.read(4))
            if marked:
                return marked
            for encoding in ("utf-8", "gb18030"):
                handle.seek(0)
                decoder = codecs.getincrementaldecoder(encoding)()
                try:
                    while block := handle.read(_BLOCK):
                        decoder.decode(block)
                    decoder.decode(b"", final=True)
                except UnicodeDecodeError:
                    continue
                return "utf-8-sig" if encoding == "utf-8" else encoding
    except OSError as exc:
        raise unreadable(target, _os_reason(exc)) from None
    raise unreadable(target, "the text is neither UTF-8 nor GB18030 (GBK): save it again as CSV UTF-8")


def read_csv(path: str | os.PathLike) -> list[list[str]]:
    """Every row of a CSV file as stripped text cells."""
    target = Path(path)
    try:
        text = decode(target.read_bytes(), target)
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text, newline=""))]
    except OSError as exc:
        raise unreadable(target, _os_reason(exc)) from None
    except csv.Error as exc:
        raise unreadable(target, str(exc)) from None


def cell_text(value) -> str:
    """A spreadsheet cell as text: numbers without a spurious ``.0``, booleans as 1/0."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_xlsx(path: str | os.PathLike, sheet_name: str | None = None) -> list[list[str]]:
    """Every row of the sheet called ``sheet_name`` (else the first) as text cells."""
    from openpyxl import load_workbook

    target = Path(path)
    _check_archive(target)
    try:
        workbook = load_workbook(target, data_only=True)  # small files: the full reader keeps row numbers
        try:
            names = workbook.sheetnames
            sheet = workbook[sheet_name] if sheet_name in names else workbook.worksheets[0]
            return [[cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except OSError as exc:
        raise unreadable(target, _os_reason(exc)) from None
    except Exception as exc:  # noqa: BLE001 — whatever a broken workbook makes the parser raise
        raise unreadable(target, _xlsx_reason(exc)) from None


def _check_archive(target: Path) -> None:
    try:
        with zipfile.ZipFile(target) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except OSError as exc:
        raise unreadable(target, _os_reason(exc)) from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise unreadable(
            target, "not an Excel workbook (.xlsx), or the file is damaged or incomplete"
        ) from None
    if unpacked > MAX_XLSX_BYTES:
        raise unreadable(
            target,
            f"the workbook unpacks to {unpacked // (1024 * 1024)} MB, more than the "
            f"{MAX_XLSX_BYTES // (1024 * 1024)} MB a network table can need",
        )


def _xlsx_reason(exc: Exception) -> str:
    names = set()
    cause: BaseException | None = exc
    for _depth in range(10):  # openpyxl wraps the parser's error in its own
        if cause is None:
            break
        names.add(type(cause).__name__)
        cause = cause.__cause__ or cause.__context__
    if names & {"EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden"}:
        return "the workbook defines XML entities or a DTD, which TaxDesk refuses to expand"
    name = type(exc).__name__
    if names & {"ParseError", "BadZipFile", "EOFError", "error"}:  # zlib.error is just "error"
        return "the workbook is damaged or incomplete (its XML does not parse)"
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else name
    return f"the workbook cannot be read ({detail[:120]})"


def neutralise(value):
    """A CSV cell that spreadsheets will not run as a formula (see the module docstring)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore(text: str) -> str:
    """The text :func:`neutralise` was given (its apostrophe off again); any other text unchanged."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text
