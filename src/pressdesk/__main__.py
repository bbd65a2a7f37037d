"""Allow ``python -m pressdesk``."""

from pressdesk.cli.main import run

if __name__ == "__main__":
    run()
