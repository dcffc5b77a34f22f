#!/bin/sh
# Builds the self-contained release binary (`make static`, `make bench`) in .build-static:
# the Swift runtime and, where the system has its archive, the C++ runtime linked in, so that the
# program needs only ncurses and the C library at run time.
#
# The Swift runtime is C++ and names libstdc++ itself; the system's shared libstdc++ makes the
# loader bind ~3,300 of its symbols at every start (a fifth of the instructions before the welcome
# screen). The linker takes the first libstdc++ it finds on its search path, so a folder that holds
# only the archive is put first. No run path to the binary's own folder is written: the program
# ships no libraries of its own, and every library the loader looked for there was a failed lookup.
set -eu
cd "$(dirname "$0")/.."
SCRATCH=.build-static
set -- -c release --product onsite --static-swift-stdlib --scratch-path "$SCRATCH" --disable-local-rpath "$@"
archive=$(${CC:-cc} -print-file-name=libstdc++.a 2>/dev/null || true)
if [ -f "$archive" ]; then
    mkdir -p "$SCRATCH/static-cxx"
    ln -sf "$archive" "$SCRATCH/static-cxx/libstdc++.a"
    set -- "$@" -Xlinker -L"$PWD/$SCRATCH/static-cxx"
fi
exec ${SWIFT:-swift} build "$@"
