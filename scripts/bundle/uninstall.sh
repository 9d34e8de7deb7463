#!/bin/sh
# Remove Massage Timer installed by install.sh: the menu entry and icons, the command and
# the app. Your own routines and timings stay (in ~/.local/share/massage-timer).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
"$here/massage-timer" uninstall-desktop
link="$prefix/bin/massage-timer"
if [ -L "$link" ] && [ "$(readlink "$link")" = "$here/massage-timer" ]; then
  rm -f "$link"
fi
rm -rf "$here"
echo "Massage Timer is removed."
