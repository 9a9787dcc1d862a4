"""The QR code of a ticket as a plain grid of modules, for renderers that draw it themselves.

The Qt renderer (``taxdesk.gui.printing.ticket_painter``) draws this matrix; the ESC/POS renderer lets the
printer build the same code natively. Both use error correction level M: it survives a crumpled or badly
printed thermal slip while keeping the code small enough to scan from a phone at arm's length.

Pure Python; any thread may call it.
"""

from __future__ import annotations

import qrcode
from qrcode.constants import ERROR_CORRECT_M

QUIET_ZONE_MODULES = 4  # the white border a scanner needs around the code (ISO/IEC 18004)


def qr_matrix(payload: str) -> list[list[bool]]:
    """The modules of the smallest QR code (level M) holding ``payload``; True is dark.

    The matrix is square and has no border: the caller adds :data:`QUIET_ZONE_MODULES` of white around it.
    The same payload always gives the same matrix.
    """
    if not payload:
        raise ValueError("a QR code needs a non-empty payload")
    code = qrcode.QRCode(version=None, error_correction=ERROR_CORRECT_M, box_size=1, border=0)
    code.add_data(payload)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]
