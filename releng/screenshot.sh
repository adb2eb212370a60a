#!/bin/bash
# Writes a screenshot of the running Corral console to docs/screenshots/ (or the given file).
#
#   releng/screenshot.sh [OUTPUT.png] [-- console arguments...]
#
# Needs the product built (./mvnw -B verify) and, as Debian packages: xvfb libgtk-3-0
# imagemagick xdotool (installed here when missing and running as root).
# Starts its own Xvfb on a free display, starts the product with a scratch workspace, waits for
# the workbench window and for its content to stop changing, captures the window, cleans up.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
output=${1:-$repo/docs/screenshots/console.png}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
product=$repo/releng/dev.corral.product/target/products/dev.corral.app.product/linux/gtk/x86_64/corral
timeout_s=${SCREENSHOT_TIMEOUT:-60}

if [ ! -x "$product/corral" ]; then
    echo "screenshot: no product at $product; build it first: ./mvnw -B verify" >&2
    exit 1
fi
missing=()
for tool in Xvfb:xvfb import:imagemagick xdotool:xdotool; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y -q "${missing[@]}" libgtk-3-0 >/dev/null
    else
        echo "screenshot: please install: ${missing[*]} libgtk-3-0" >&2
        exit 1
    fi
fi

work=$(mktemp -d)
xvfb_pid=
console_pid=
cleanup() {
    [ -n "$console_pid" ] && kill "$console_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# -displayfd picks a free display and reports it once the server accepts connections.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
deadline=$((SECONDS + timeout_s))
until [ -s "$work/display" ]; do
    [ $SECONDS -lt $deadline ] && kill -0 "$xvfb_pid" || { echo "screenshot: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
    sleep 0.1
done
export DISPLAY=:$(head -n1 "$work/display")

"$product/corral" -data "$work/workspace" "$@" >"$work/console.log" 2>&1 &
console_pid=$!

window=
until [ -n "$window" ]; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$console_pid" 2>/dev/null; then
        echo "screenshot: no Corral window appeared" >&2
        cat "$work/console.log" >&2
        exit 1
    fi
    window=$(xdotool search --onlyvisible --name '^Corral' 2>/dev/null | head -n1 || true)
    [ -n "$window" ] || sleep 0.2
done

# The window maps before the workbench has laid out and painted its parts (first frames are
# plain black): capture until two consecutive frames are identical and show real content.
previous=
while :; do
    import -window "$window" "$work/frame.png"
    current=$(md5sum <"$work/frame.png")
    colors=$(identify -format '%k' "$work/frame.png")
    [ "$current" = "$previous" ] && [ "$colors" -gt 16 ] && break
    previous=$current
    if [ $SECONDS -ge $deadline ]; then
        echo "screenshot: window kept changing; keeping the last frame" >&2
        break
    fi
    sleep 0.5
done

mkdir -p "$(dirname "$output")"
cp "$work/frame.png" "$output"
echo "screenshot: wrote $output"
