"""The TaxDesk core: domain model, rules and services.

Pure Python. Nothing under ``taxdesk.core`` may import PySide6 (a test enforces it), so the command line,
the tests and the GUI all call the very same functions.
"""
