"""Errors the core raises for bad input or an unusable environment.

Every error carries a one-line message fit to show a user (the CLI prints it, in English, on stderr) and,
where the GUI shows it to officers, a stable ``key`` with the ``params`` to fill in: the GUI looks the key
up in its translated table (``taxdesk.gui.messages``) and shows the sentence in the interface language.
"""

MESSAGE_MAX = 300  # characters of a message: a 10 MB name quoted back must not become a 10 MB line
PARAM_MAX = 120  # characters of a text parameter the GUI puts into its sentence


def _one_line(text: str, limit: int) -> str:
    """``text`` on one line (control characters shown as escapes) and at most ``limit`` characters."""
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)[: limit + 40]


class TaxDeskError(Exception):
    """Base class: something the user can fix; never a programming error.

    The message and every text parameter are cut to one line of bounded length here, whatever the value
    they quote back (a name of 10 MB, a cell with a NUL or a line break in it)."""

    code = "error"

    def __init__(self, message: str, *, key: str | None = None, **params):
        message = _one_line(str(message), MESSAGE_MAX)
        super().__init__(message)
        self.message = message
        self.key = key
        self.params = {
            name: _one_line(value, PARAM_MAX) if isinstance(value, str) else value
            for name, value in params.items()
        }


class DatabaseUrlError(TaxDeskError):
    code = "database_url"


class DatabaseUnavailable(TaxDeskError):
    code = "database_unavailable"


class DatabaseNotInitialised(TaxDeskError):
    code = "database_not_initialised"


class NotFound(TaxDeskError):
    code = "not_found"


class InvalidInput(TaxDeskError):
    code = "invalid_input"


class NotSignedIn(TaxDeskError):
    """Nobody is signed in, the staff code or password is wrong, the account is locked, or its password
    must be changed first (the CLI exits 3)."""

    code = "not_signed_in"


class NotAllowed(TaxDeskError):
    """The signed-in person's roles do not allow the operation (the CLI exits 4)."""

    code = "not_allowed"
