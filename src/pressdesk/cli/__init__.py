"""The ``pressdesk`` command line: a thin layer over the core services."""
