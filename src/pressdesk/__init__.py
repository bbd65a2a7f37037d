"""PressDesk: a local-first press-distribution desk for communications officers."""

__version__ = "0.1.0"
APP_NAME = "PressDesk"
