"""Errors the core raises for bad input or an unusable environment.

Every error carries a one-line message fit to show a user (the CLI prints it, in English, on stderr) and,
where the GUI shows it to officers, a stable ``key`` with the ``params`` to fill in: the GUI looks the key
up in its translated table (``taxdesk.gui.messages``) and shows the sentence in the interface language.
"""


class TaxDeskError(Exception):
    """Base class: something the user can fix; never a programming error."""

    code = "error"

    def __init__(self, message: str, *, key: str | None = None, **params):
        super().__init__(message)
        self.message = message
        self.key = key
        self.params = params


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
