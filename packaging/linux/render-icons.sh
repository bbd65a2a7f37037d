#!/bin/sh
# Render the application icon (resources/icons/pressdesk.svg) to the PNG sizes desktops look up
# in the hicolor theme. Run again after changing the SVG, and commit the PNGs.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -eu
cd "$(dirname "$0")/../.."
source_svg=resources/icons/pressdesk.svg
for size in 16 32 48 64 128 256; do
    target="resources/icons/hicolor/${size}x${size}/apps/org.pressdesk.PressDesk.png"
    mkdir -p "$(dirname "$target")"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$source_svg" -o "$target"
    echo "$target"
done
