"""Python code generated from the Qt Designer forms in ../../../ui by `make forms` — never edit by hand."""
