"""TaxDesk: service-hall software for a county tax bureau and its township service points."""

__version__ = "0.1.0"
