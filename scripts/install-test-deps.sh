#!/bin/sh
# Installs what the test suite uses beyond the Swift toolchain, if it is missing:
# tmux (end-to-end tests), strace (disk-full and I/O-error injection), faketime (a working day
# and the next morning at fixed dates), the ncurses headers, and for the exports: xmllint (HTML well-formedness),
# headless Chromium, pdftotext and a CJK font (a daily report printed to PDF, its text read back).
set -e
missing=""
command -v tmux >/dev/null 2>&1 || missing="$missing tmux"
command -v strace >/dev/null 2>&1 || missing="$missing strace"
command -v faketime >/dev/null 2>&1 || missing="$missing faketime"
[ -f /usr/include/ncursesw/curses.h ] || missing="$missing libncurses-dev"
command -v xmllint >/dev/null 2>&1 || missing="$missing libxml2-utils"
command -v chromium >/dev/null 2>&1 || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
[ -d /usr/share/fonts/opentype/noto ] && ls /usr/share/fonts/opentype/noto | grep -q CJK || missing="$missing fonts-noto-cjk"
[ -z "$missing" ] && exit 0
echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
