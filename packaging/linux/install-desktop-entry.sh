#!/bin/sh
# Add the PressDesk bundle this script sits in to your application menu (for you only) and put
# the `pressdesk` command in ~/.local/bin. Run it again after moving the folder; run it with
# --remove to take both away again (the folder itself and your data stay).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
app_id=org.pressdesk.PressDesk
data="${XDG_DATA_HOME:-$HOME/.local/share}"
desktop_file="$data/applications/$app_id.desktop"
command_link="$HOME/.local/bin/pressdesk"
sizes="16 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$desktop_file" "$data/icons/hicolor/scalable/apps/$app_id.svg"
    for size in $sizes; do
        rm -f "$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    done
    [ -L "$command_link" ] && rm -f "$command_link"
    echo "PressDesk is no longer in your application menu."
    exit 0
fi

case "$here" in
    *\"* | *\\* | *\$* | *\`*)
        echo "Move the PressDesk folder to a path without quotes, backslashes, \$ or \`." >&2
        exit 1
        ;;
esac

icons="$here/_internal/resources/icons"
for size in $sizes; do
    target="$data/icons/hicolor/${size}x${size}/apps/$app_id.png"
    mkdir -p "$(dirname "$target")"
    cp "$icons/hicolor/${size}x${size}/apps/$app_id.png" "$target"
done
mkdir -p "$data/icons/hicolor/scalable/apps" "$data/applications" "$(dirname "$command_link")"
cp "$icons/pressdesk.svg" "$data/icons/hicolor/scalable/apps/$app_id.svg"
# The menu entry starts this very folder's executable, quoted in case the path has spaces.
while IFS= read -r line; do
    case "$line" in
        Exec=pressdesk*) printf 'Exec="%s"%s\n' "$here/pressdesk" "${line#Exec=pressdesk}" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$here/_internal/share/applications/$app_id.desktop" >"$desktop_file"
ln -sf "$here/pressdesk" "$command_link"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data/applications" || true
fi
echo "PressDesk is now in your application menu; in a terminal, run: pressdesk --help"
