#!/bin/sh
# Build the one-folder PressDesk bundle (dist/pressdesk/) from this checkout with PyInstaller,
# then smoke-test it the way a person would use it: the version, a command on a fresh database,
# and the real window opened and closed without a display. Exits non-zero on any failure.
#
# Uses the project's .venv (created if missing) and installs PyInstaller into it when needed.
# Linux; on Windows and macOS run the PyInstaller command below by hand (see README.md here).
set -eu
cd "$(dirname "$0")/.."

VENV=.venv
BUNDLE=dist/pressdesk
APP="$BUNDLE/pressdesk"

fail() {
    echo "build.sh: FAILED: $*" >&2
    exit 1
}

[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
if ! "$VENV/bin/python" -c "import pressdesk, PyInstaller" 2>/dev/null; then
    echo "Installing PressDesk and PyInstaller into $VENV"
    "$VENV/bin/python" -m pip install -q -e ".[bundle]"
fi

# -- build ---------------------------------------------------------------------------------------
started=$(date +%s)
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/pressdesk.spec
seconds=$(($(date +%s) - started))
[ -x "$APP" ] || fail "the build produced no $APP"
echo "Built $BUNDLE in ${seconds} s; size $(du -sh "$BUNDLE" | cut -f1)"

# -- what must be inside -------------------------------------------------------------------------
internal="$BUNDLE/_internal"
for file in resources/icons/pressdesk.svg \
    pressdesk/database/migrations/env.py \
    pressdesk/database/migrations/script.py.mako; do
    [ -f "$internal/$file" ] || fail "$file is missing from the bundle"
done
for migration in src/pressdesk/database/migrations/versions/*.py; do
    name=$(basename "$migration")
    [ -f "$internal/pressdesk/database/migrations/versions/$name" ] \
        || fail "migration $name is missing from the bundle"
done
ls "$internal"/keyring-*.dist-info/entry_points.txt >/dev/null 2>&1 \
    || fail "keyring's metadata (how it finds its backends) is missing from the bundle"
# keyring imports its backends by name; on Linux the desktop's Secret Service is the one used.
modules=$("$VENV/bin/pyi-archive_viewer" --recursive --brief "$APP")
for module in keyring.backends.SecretService keyring.backends.kwallet secretstorage \
    alembic.ddl.sqlite sqlalchemy.dialects.sqlite jinja2 pressdesk.mail.oauth \
    oauthlib.oauth2.rfc6749.clients.web_application oauthlib.oauth2.rfc8628.clients.device; do
    printf '%s\n' "$modules" | grep -qx " *$module" || fail "module $module is missing"
done

# -- run it --------------------------------------------------------------------------------------
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
# A private data folder: the smoke test neither reads nor writes the builder's own PressDesk data.
export PRESSDESK_DATA_DIR="$scratch/data"
unset PRESSDESK_DATABASE_URL

expected_version="PressDesk $("$VENV/bin/python" -c 'import pressdesk; print(pressdesk.__version__)')"
version=$("$APP" --version) || fail "pressdesk --version exited with $?"
[ "$version" = "$expected_version" ] \
    || fail "pressdesk --version printed '$version', expected '$expected_version'"
echo "ok: $version"

listed=$("$APP" --db "sqlite:///$scratch/x.db" release list --json) \
    || fail "pressdesk release list exited with $?"
[ "$listed" = "[]" ] || fail "release list on a new database printed '$listed', expected '[]'"
# --help loads every command group, which the command line otherwise imports one at a time.
"$APP" --help | grep -q "^  smtp " || fail "pressdesk --help does not list the smtp commands"
echo "ok: a new database is created, migrated and listed"

"$APP" --db "sqlite:///$scratch/x.db" smtp set --from-address press@example.org --auth oauth2 \
    --provider microsoft --client-id pressdesk-bundle-check >/dev/null \
    || fail "saving a profile that signs in with OAuth 2.0 exited with $?"
echo "ok: a profile that signs in with OAuth 2.0 (oauthlib) is saved"

status=0
QT_QPA_PLATFORM=offscreen PRESSDESK_SMOKE_TEST=1 timeout 120 \
    "$APP" --db "sqlite:///$scratch/window.db" || status=$?
[ "$status" -eq 0 ] || fail "opening and closing the window exited with $status"
log_file="$PRESSDESK_DATA_DIR/logs/pressdesk.log"
grep -q "Window shown" "$log_file" 2>/dev/null \
    || fail "the window did not report being shown in $log_file"
echo "ok: the window opens and closes, and the bundle writes its log file"

# The menu entry a person adds with the script shipped in the bundle must be a valid one.
HOME="$scratch/home" XDG_DATA_HOME="$scratch/home/.local/share" \
    "$BUNDLE/install-desktop-entry.sh" >/dev/null || fail "install-desktop-entry.sh failed"
entry="$scratch/home/.local/share/applications/org.pressdesk.PressDesk.desktop"
grep -q "^Exec=\"$(pwd)/$APP\"" "$entry" || fail "the menu entry does not start $APP"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$entry" || fail "the installed menu entry is not valid"
fi
[ "$("$scratch/home/.local/bin/pressdesk" --version)" = "$expected_version" ] \
    || fail "the pressdesk command installed in ~/.local/bin does not run"
echo "ok: install-desktop-entry.sh adds a valid menu entry and the pressdesk command"

echo "Bundle ready: $BUNDLE (built in ${seconds} s, $(du -sh "$BUNDLE" | cut -f1))"
