#!/bin/sh
# Install Massage Timer for you alone (no administrator rights needed):
#   the app         into ~/.local/opt/massage-timer   (PREFIX=/some/where to choose another)
#   the command     ~/.local/bin/massage-timer
#   the menu entry  and its icons, in ~/.local/share (through `massage-timer install-desktop`)
# Run it from the unpacked folder:  ./install.sh
# To remove it again:               ~/.local/opt/massage-timer/uninstall.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
target="$prefix/opt/massage-timer"

if [ ! -x "$here/massage-timer" ]; then
  echo "install.sh: run me from the unpacked Massage Timer folder" >&2
  exit 1
fi
mkdir -p "$prefix/opt" "$prefix/bin"
if [ "$here" != "$target" ]; then
  # Copy beside the old version, then swap, so a failed copy leaves the old one working.
  rm -rf "$target.new"
  cp -R "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi
ln -sfn "$target/massage-timer" "$prefix/bin/massage-timer"
"$target/massage-timer" install-desktop
echo "Installed in $target. Start it from your app menu, or with: massage-timer"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "($prefix/bin is not on your PATH; the menu entry works all the same.)" ;;
esac
