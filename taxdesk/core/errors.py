"""Errors the core raises for bad input or an unusable environment.

Every error carries a one-line message fit to show a user (the CLI prints it on stderr, the GUI in a
dialog) and a stable ``code`` the GUI uses to pick a translated text.
"""


class TaxDeskError(Exception):
    """Base class: something the user can fix; never a programming error."""

    code = "error"

    def __init__(self, message: str, **params):
        super().__init__(message)
        self.message = message
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
