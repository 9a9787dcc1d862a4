"""PyInstaller runtime hook: give python-escpos a lasting cache folder for its capabilities pickle.

Without ``ESCPOS_CAPABILITIES_PICKLE_DIR`` python-escpos 3.1 pickles its capabilities.json into a new
temporary folder on every start, so every start re-parses the JSON with PyYAML (~0.13 s). With a folder
in the user cache directory later starts load the pickle (~3 ms). An explicit setting is respected; if
the folder cannot be made, escpos keeps its own behaviour.

(escpos still makes one empty temporary folder per start: it evaluates ``mkdtemp()`` as the default of
``environ.get`` whether the variable is set or not. Only a fix in python-escpos stops that.)
"""

import os


def _set_escpos_cache() -> None:
    if os.environ.get("ESCPOS_CAPABILITIES_PICKLE_DIR"):
        return
    try:
        import platformdirs

        folder = os.path.join(platformdirs.user_cache_dir("TaxDesk", appauthor=False), "escpos")
        os.makedirs(folder, exist_ok=True)
    except Exception:  # an unwritable profile must not stop the desk from starting
        return
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = folder


_set_escpos_cache()
del _set_escpos_cache
