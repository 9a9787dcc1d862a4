"""Queue tickets and booking slips for 80 mm ESC/POS thermal printers: the byte stream, and sending it over
the network.

A ticket says what :class:`~taxdesk.core.slip.TicketSlip` says, a booking slip what
:class:`~taxdesk.core.booking_slip.BookingSlip` says, laid out for a 576-dot (72 mm at 203 dpi) print head.
python-escpos does the commands it does well (alignment, character size, emphasis, native QR,
feed and cut). Its ``text()`` goes through its own code-page encoder, which cannot write Chinese, so the
text is written raw in GB18030 inside Chinese character mode (``FS &`` … ``FS .``), which is what printers
sold in mainland China understand. Character size uses ``GS !`` rather than ``ESC !``: on Epson-compatible
printers ``ESC !`` only enlarges single-byte characters, ``GS !`` enlarges Chinese ones too.

Pure Python; every function may run on any thread. :func:`send_to_network_printer` blocks for up to its
timeout, so GUI code calls it from a background task.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import re
import socket

from escpos.constants import QR_ECLEVEL_M, QR_MODEL_2
from escpos.exceptions import Error as EscposError
from escpos.printer import Dummy, Network

from taxdesk.core import booking_slip
from taxdesk.core.booking_slip import BookingSlip
from taxdesk.core.errors import InvalidInput, TaxDeskError
from taxdesk.core.slip import CHANNEL_LABELS, QR_CAPTION, REPRINT_MARK, TicketSlip

DEFAULT_PORT = 9100  # the raw-printing port ("JetDirect") every network receipt printer listens on
LINE_DOTS = 576  # 80 mm paper: 72 mm printable at 203 dpi
FONT_A_DOTS = 12  # width of a single-byte character in font A (Chinese characters are 24 dots)
RULE_CHARS = 40  # 480 dots: a full 48 would wrap on the 80 mm printers whose head has only 512 dots
QR_MODULE_DOTS = 6  # 6 dots ≈ 0.75 mm per module: a version 3–5 code comes out 25–30 mm wide

CHINESE_MODE_ON = b"\x1c\x26"  # FS &
CHINESE_MODE_OFF = b"\x1c\x2e"  # FS .
LF = b"\n"
GREEN_LABEL = CHANNEL_LABELS["green"]


class PrinterError(TaxDeskError):
    """A network printer could not be reached or did not take the whole ticket."""

    code = "printer_unreachable"


class PrinterAddressError(InvalidInput, ValueError):
    """A printer address that is not ``host`` or ``host:port``."""

    code = "printer_address"


# ----------------------------------------------------------------------------------------------- bytes


def escpos_bytes(slip: TicketSlip | BookingSlip) -> bytes:
    """The complete ESC/POS job for one ticket or booking slip: initialise, print, feed and cut."""
    if isinstance(slip, BookingSlip):
        return booking_escpos_bytes(slip)
    p = _begin(slip.bureau, slip.point_name)

    # The number dominates: quad size (48 × 96 dots a character), narrower only if it would not fit.
    _headline(p, slip.number, height=4)

    if slip.channel_label:
        if slip.channel_label == GREEN_LABEL:
            _style(p, width=2, height=2, bold=True, invert=True)
            _text(p, f" {slip.channel_label} ")
        else:
            _style(p, width=2, height=2, bold=True)
            _text(p, f"【{slip.channel_label}】")
    _style(p, height=2, bold=True)
    _text(p, slip.service_text)
    if slip.reprint:
        _reprint_mark(p)

    _style(p)
    _raw_line(p, b"")
    _style(p, height=2, bold=True)
    _text(p, slip.ahead_text)
    _style(p)
    _text(p, slip.wait_text)
    _text(p, slip.issued_line)
    if slip.taxpayer:
        _text(p, slip.taxpayer_line)

    _qr_and_footer(p, slip.qr, QR_CAPTION, slip.footer)
    return _finish(p)


def booking_escpos_bytes(slip: BookingSlip) -> bytes:
    """The complete ESC/POS job for one booking slip (预约凭条): initialise, print, feed and cut."""
    p = _begin(slip.bureau, slip.point_name)
    _style(p, width=2, height=2, bold=True)
    _text(p, f"【{booking_slip.TITLE}】")
    _style(p, height=2, bold=True)
    _text(p, slip.date_text)
    _headline(p, slip.time_text, height=2)  # 11 characters: double size is what fits the line
    _style(p, height=2, bold=True)
    _text(p, slip.service_text)
    if slip.reprint:
        _reprint_mark(p)

    _style(p)
    _raw_line(p, b"")
    _style(p, bold=True)
    _text(p, slip.arrival_text)
    _style(p, height=2, bold=True)
    _text(p, slip.code_line)
    _style(p)
    for line in (slip.taxpayer_line, slip.id_line, slip.documents_line):
        if line:
            _text(p, line)

    _qr_and_footer(p, slip.qr, slip.qr_caption, slip.footer)
    _text(p, slip.made_line)
    return _finish(p)


# ------------------------------------------------------------------------------------ shared pieces


def _begin(bureau: str, point_name: str) -> Dummy:
    """A new job: initialise, centre, and print the header (bureau, point, a rule)."""
    p = Dummy()
    p.hw("INIT")
    p.set(align="center")
    if bureau:
        _style(p)
        _text(p, bureau)
    _style(p, height=2, bold=True)
    _text(p, point_name)
    _style(p)
    _text(p, "-" * RULE_CHARS)
    return p


def _headline(p: Dummy, text: str, *, height: int) -> None:
    """Large bold text, as wide as fits the line (at most quad width)."""
    width = max(1, min(4, LINE_DOTS // (FONT_A_DOTS * max(1, len(text)))))
    p.set(smooth=True)
    _style(p, width=width, height=height, bold=True)
    _text(p, text)
    p.set(smooth=False)


def _reprint_mark(p: Dummy) -> None:
    _style(p, height=2, bold=True, invert=True)
    _text(p, f" {REPRINT_MARK} ")


def _qr_and_footer(p: Dummy, payload: str, caption: str, footer: str) -> None:
    _raw_line(p, b"")
    # The printer builds the code itself (sharp at any head resolution); ESC a 1 centres it on the
    # printers we know, python-escpos's own centring is for image QR codes only.
    p.qr(payload, ec=QR_ECLEVEL_M, size=QR_MODULE_DOTS, model=QR_MODEL_2, native=True)
    _raw_line(p, b"")
    _text(p, caption)
    if footer:
        _raw_line(p, b"")
        _text(p, footer)


def _finish(p: Dummy) -> bytes:
    _style(p, font="b")
    _text(p, "TaxDesk")
    _style(p)
    p._raw(CHINESE_MODE_OFF)  # leave the printer in its power-on state for whoever prints next
    p.cut()
    return p.output


def _style(
    p: Dummy, *, width: int = 1, height: int = 1, bold: bool = False, invert: bool = False, font: str = "a"
) -> None:
    """Set every text attribute the ticket uses, so no line inherits the previous line's look."""
    p.set(custom_size=True, width=width, height=height, bold=bold, invert=invert, font=font)


def _text(p: Dummy, text: str) -> None:
    """One line (the printer wraps it if it is too long) in GB18030, in Chinese character mode."""
    _raw_line(p, CHINESE_MODE_ON + text.encode("gb18030"))


def _raw_line(p: Dummy, data: bytes) -> None:
    p._raw(data + LF)


# ---------------------------------------------------------------------------------------- destinations


def send_to_network_printer(data: bytes, host: str, port: int = DEFAULT_PORT, timeout: float = 5.0) -> None:
    """Send a finished ESC/POS job to a network printer's raw port; :class:`PrinterError` if that fails.

    Blocks for at most about ``timeout`` seconds per network operation; the connection is always closed.
    """
    printer = Network(host=host, port=port, timeout=timeout)
    try:
        printer.open()
        printer._raw(data)
    except (EscposError, OSError) as exc:
        reason = _describe(exc, timeout)
        raise PrinterError(
            f"打印机 {host}:{port} 无法连接：{reason}", host=host, port=port, reason=reason
        ) from exc
    finally:
        printer.close()


def _describe(exc: BaseException, timeout: float) -> str:
    """A one-line reason, from the socket error underneath python-escpos's own exception if there is one."""
    cause = exc
    if isinstance(exc, EscposError) and isinstance(exc.__context__, OSError):
        cause = exc.__context__
    if isinstance(cause, (TimeoutError, socket.timeout)):
        return f"{timeout:g} 秒内无响应"
    if isinstance(cause, socket.gaierror):
        return "找不到该主机名"
    if isinstance(cause, ConnectionRefusedError):
        return "连接被拒绝（该端口没有打印服务）"
    if isinstance(cause, OSError) and cause.errno in (errno.EHOSTUNREACH, errno.ENETUNREACH):
        return "网络不可达"
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return " ".join(str(cause).split()) or type(cause).__name__


def write_escpos_file(data: bytes, path: str | os.PathLike) -> None:
    """Write a job to a file (a spool file, a device node such as ``/dev/usb/lp0``, or for inspection).

    Raises the ``OSError`` of the failing write (``FileNotFoundError`` for a missing folder), naming the path.
    """
    with open(path, "wb") as out:
        out.write(data)


_HOSTNAME = re.compile(
    r"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$"
)
_DOTTED_NUMBERS = re.compile(r"^[0-9.]+$")


def parse_printer_address(text: str, default_port: int = DEFAULT_PORT) -> tuple[str, int]:
    """``"192.168.1.50:9100"`` → ``("192.168.1.50", 9100)``; a bare host gets ``default_port``.

    Raises :class:`PrinterAddressError` (a ``ValueError``) saying what is wrong. IPv6 is not accepted:
    python-escpos connects over IPv4 only.
    """
    example = "例如 192.168.1.50:9100"
    address = (text or "").strip()
    if not address:
        raise PrinterAddressError(f"未填写打印机地址，请输入“主机:端口”，{example}")
    if address.count(":") > 1 or address.startswith("["):
        raise PrinterAddressError(f"“{address}”不是 IPv4 地址或主机名加端口，{example}")
    host, sep, port_text = address.partition(":")
    host = host.strip()
    if not host:
        raise PrinterAddressError(f"“{address}”缺少端口前的主机地址，{example}")
    if sep:
        port_text = port_text.strip()
        if not port_text.isascii() or not port_text.isdigit():
            raise PrinterAddressError(f"“{address}”的端口必须是 1–65535 之间的数字，{example}")
        port = int(port_text)
    else:
        port = default_port
    if not 1 <= port <= 65535:
        raise PrinterAddressError(f"“{address}”的端口 {port} 超出范围（1–65535）")
    if _DOTTED_NUMBERS.match(host):
        try:
            ipaddress.IPv4Address(host)
        except ValueError:
            raise PrinterAddressError(f"“{host}”不是有效的 IPv4 地址，{example}") from None
    elif not _HOSTNAME.match(host):
        raise PrinterAddressError(f"“{host}”不是有效的主机名或 IPv4 地址，{example}")
    return host, port
