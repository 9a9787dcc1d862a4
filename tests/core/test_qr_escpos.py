"""The ticket's QR matrix and its ESC/POS byte stream, sent to a real local TCP listener (no Qt here)."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from samples import PAYLOAD, make_slip

from taxdesk.core.escpos_ticket import (
    CHINESE_MODE_OFF,
    CHINESE_MODE_ON,
    PrinterError,
    escpos_bytes,
    parse_printer_address,
    send_to_network_printer,
    write_escpos_file,
)
from taxdesk.core.qr import qr_matrix
from taxdesk.core.slip import QR_CAPTION

GS_QR_STORE = b"\x1d(k"  # GS ( k, the 2D-code function; fn 'P' stores the data
CUT = b"\x1dV"  # GS V


# ------------------------------------------------------------------------------------------------- QR


def test_qr_matrix_is_square_deterministic_and_borderless():
    matrix = qr_matrix(PAYLOAD)
    size = len(matrix)
    assert size >= 21 and (size - 17) % 4 == 0  # a real QR version: 21, 25, 29, …
    assert all(len(row) == size for row in matrix)
    assert all(isinstance(cell, bool) for row in matrix for cell in row)
    # No quiet zone: the finder pattern's dark 7×7 frame starts in the very first row and column.
    assert all(matrix[0][:7]) and all(row[0] for row in matrix[:7])
    assert qr_matrix(PAYLOAD) == matrix
    assert qr_matrix(PAYLOAD + "X") != matrix


def test_qr_matrix_rejects_empty_payload():
    with pytest.raises(ValueError):
        qr_matrix("")


# ----------------------------------------------------------------------------------------------- bytes


def test_escpos_bytes_carry_the_ticket_in_gb18030():
    data = escpos_bytes(make_slip())
    assert data.startswith(b"\x1b@")  # ESC @ initialises
    for text in (
        "A001",
        "代开增值税发票",
        "云溪县办税服务厅",
        "国家税务总局云溪县税务局",
        "您前面还有 3 人等候",
        "预计等候约 12 分钟",
        "2026-11-28 09:15:02",
        "请留意叫号",
    ):
        assert text.encode("gb18030") in data, text
    assert "代开增值税发票".encode() not in data
    assert CHINESE_MODE_ON in data
    assert data.rindex(CHINESE_MODE_OFF) > data.rindex(CHINESE_MODE_ON)
    assert b"\x1bd" in data[data.rindex(CHINESE_MODE_OFF) :]  # feeds …
    assert data.rstrip(b"\x00\x01").endswith(CUT)  # … and cuts last
    assert "补打".encode("gb18030") not in data
    assert "纳税人".encode("gb18030") not in data


def test_the_caption_under_the_qr_code_promises_verification_not_a_queue_view():
    data = escpos_bytes(make_slip())
    assert QR_CAPTION == "工作人员扫码核验真伪"
    caption = QR_CAPTION.encode("gb18030")
    assert caption in data and data.index(caption) > data.index(GS_QR_STORE)  # printed under the code
    assert "查看排队".encode("gb18030") not in data


def test_escpos_bytes_store_the_exact_payload_as_a_native_qr_code():
    data = escpos_bytes(make_slip())
    payload = PAYLOAD.encode("ascii")
    length = len(payload) + 3  # cn, fn and m count into pL pH
    store = GS_QR_STORE + bytes([length % 256, length // 256]) + b"1P0" + payload
    assert store in data
    assert GS_QR_STORE + b"\x03\x001E1" in data  # error correction level M
    assert GS_QR_STORE + b"\x03\x001Q0" in data  # print the stored code
    assert data.index(store) > data.index("您前面还有".encode("gb18030"))


def test_reprint_marker_and_taxpayer_only_when_given():
    data = escpos_bytes(make_slip(reprint=True, taxpayer="张*三 138****5678", channel_label="绿色通道"))
    assert "补打".encode("gb18030") in data
    assert "张*三 138****5678".encode("gb18030") in data
    assert "绿色通道".encode("gb18030") in data
    assert b"\x1dB\x01" in data  # the green channel and the reprint mark print white on black
    assert "补打".encode("gb18030") not in escpos_bytes(make_slip(channel_label="预约"))


def test_the_number_is_printed_large():
    data = escpos_bytes(make_slip())
    number_at = data.index(b"A001")
    assert b"\x1d!\x33" in data[number_at - 20 : number_at]  # GS ! 4× wide, 4× high


# --------------------------------------------------------------------------------------------- network


class Listener:
    """A one-connection TCP server on 127.0.0.1 that keeps every byte it receives."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(5)
        self.port = self.server.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(5)
            while chunk := conn.recv(65536):
                self.received += chunk

    def join(self):
        self.thread.join(5)
        self.server.close()
        assert not self.thread.is_alive()


def test_send_to_network_printer_delivers_exactly_the_bytes():
    data = escpos_bytes(make_slip(reprint=True, taxpayer="张*三 138****5678"))
    listener = Listener()
    send_to_network_printer(data, "127.0.0.1", listener.port, timeout=5)
    listener.join()
    assert bytes(listener.received) == data


def test_refused_connection_raises_printer_error_quickly():
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]  # free now, and nothing listens once the probe is closed
    started = time.monotonic()
    with pytest.raises(PrinterError) as caught:
        send_to_network_printer(b"\x1b@", "127.0.0.1", port, timeout=5)
    assert time.monotonic() - started < 2
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "连接被拒绝" in message and "\n" not in message
    assert caught.value.code == "printer_unreachable"


def test_unknown_host_raises_printer_error():
    with pytest.raises(PrinterError):
        send_to_network_printer(b"\x1b@", "no-such-printer.invalid", 9100, timeout=2)


# ---------------------------------------------------------------------------------------- addresses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("192.168.1.50:9100", ("192.168.1.50", 9100)),
        (" 10.0.0.7:9101 ", ("10.0.0.7", 9101)),
        ("192.168.1.50", ("192.168.1.50", 9100)),
        ("printer-hall1.local:9100", ("printer-hall1.local", 9100)),
        ("localhost:1", ("localhost", 1)),
        ("127.0.0.1:65535", ("127.0.0.1", 65535)),
    ],
)
def test_parse_printer_address_accepts(text, expected):
    assert parse_printer_address(text) == expected


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "未填写"),
        ("   ", "未填写"),
        (":9100", "缺少端口前的主机"),
        ("192.168.1.50:", "端口必须是"),
        ("192.168.1.50:0", "超出范围"),
        ("192.168.1.50:65536", "超出范围"),
        ("192.168.1.50:abc", "端口必须是"),
        ("192.168.1.50:-1", "端口必须是"),
        ("192.168.1.500:9100", "不是有效的 IPv4 地址"),
        ("print er:9100", "不是有效的主机名"),
        ("[::1]:9100", "不是 IPv4 地址或主机名"),
        ("a:b:c", "不是 IPv4 地址或主机名"),
    ],
)
def test_parse_printer_address_rejects(text, complaint):
    with pytest.raises(ValueError, match=complaint):
        parse_printer_address(text)


# --------------------------------------------------------------------------------------------- files


def test_write_escpos_file_roundtrip(tmp_path):
    data = escpos_bytes(make_slip())
    target = tmp_path / "ticket.bin"
    write_escpos_file(data, target)
    assert target.read_bytes() == data


def test_write_escpos_file_to_missing_folder_raises(tmp_path):
    missing = tmp_path / "nope" / "ticket.bin"
    with pytest.raises(FileNotFoundError) as caught:
        write_escpos_file(b"x", missing)
    assert str(missing) in str(caught.value)
