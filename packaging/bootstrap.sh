#!/usr/bin/env bash
# Set up Briefing Desk in a project-local virtual environment and run it.
#
#   bash packaging/bootstrap.sh app [ARGS...]    start the app (start page; the sample is one click away)
#   bash packaging/bootstrap.sh test [ARGS...]   run the whole test suite (pytest ARGS)
#   bash packaging/bootstrap.sh env              only set up, print the venv path
#   bash packaging/bootstrap.sh lock [--upgrade] refresh packaging/requirements.lock from
#                                                pyproject.toml (--upgrade: newest releases)
#
# Python packages come from packaging/requirements.lock (exact versions with hashes), so
# every install is the same; the venv's own pip is used as it is.  Idempotent: a second
# run only checks and starts (the lock file's hash is stamped into the venv).  The Debian
# libraries Qt needs (and, for the tests, the tools that render exports) are installed
# when run as root; otherwise the exact apt-get line is printed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
MODE="${1:-app}"
shift || true
VENV="${BRIEFING_VENV:-.venv}"

say() { printf 'bootstrap: %s\n' "$*" >&2; }

# -- Python ---------------------------------------------------------------------
PY=""
for cand in "${PYTHON:-}" python3.13 python3.12 python3.11 python3; do
  [ -n "$cand" ] || continue
  if command -v "$cand" >/dev/null 2>&1 &&
     "$cand" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
    PY="$cand"; break
  fi
done
if [ -z "$PY" ]; then
  say "Python 3.11 or newer is needed. On Debian/Ubuntu: sudo apt-get install -y python3 python3-venv"
  exit 1
fi

# -- Debian libraries -------------------------------------------------------------
# Qt's xcb platform and fonts; python3-venv for Debian's own Python.
QT_PKGS="libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-xcb1 \
libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 fonts-dejavu-core"
# The tests also read exports back as a person would: qpdf, pdftoppm, LibreOffice.
TEST_PKGS="qpdf poppler-utils libreoffice-impress-nogui libreoffice-writer-nogui"

missing_pkgs() {
  local out="" p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || out="$out $p"
  done
  echo "$out"
}

WANT="$QT_PKGS"
[ "$MODE" = "test" ] && WANT="$WANT $TEST_PKGS"
if ! "$PY" -c 'import ensurepip, venv' >/dev/null 2>&1; then
  WANT="$WANT python3-venv"
fi
if command -v dpkg-query >/dev/null 2>&1; then
  # libreoffice-impress (with GUI) satisfies the tests as well as the -nogui flavour.
  MISSING=$(missing_pkgs $WANT)
  if [[ " $MISSING " == *" libreoffice-impress-nogui "* ]] && command -v soffice >/dev/null 2>&1; then
    MISSING="${MISSING/ libreoffice-impress-nogui/}"
  fi
  if [ -n "${MISSING// /}" ]; then
    if [ "$(id -u)" = "0" ]; then
      say "installing Debian packages:$MISSING"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq --no-install-recommends $MISSING >/dev/null
    else
      say "missing Debian packages. Run this once, then run this command again:"
      echo "  sudo apt-get install -y --no-install-recommends$MISSING" >&2
      exit 1
    fi
  fi
else
  say "not a Debian system: make sure Qt's system libraries (libEGL, libxkbcommon, fontconfig) are installed"
fi

# -- virtual environment ------------------------------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
  say "creating virtual environment in $VENV"
  "$PY" -m venv "$VENV"
fi
LOCK=packaging/requirements.lock
PIP=("$VENV/bin/python" -m pip --disable-pip-version-check)
if [ "$MODE" = "lock" ]; then
  # The one command that refreshes the lock (also named in the lock's header).
  "${PIP[@]}" install --quiet uv
  "$VENV/bin/python" -m uv pip compile pyproject.toml --universal --python-version 3.11 --all-extras \
    --generate-hashes --quiet --custom-compile-command "bash packaging/bootstrap.sh lock" -o "$LOCK" "$@"
  sed -i '2a # Every install (bootstrap.sh app/test, CI, the bundle build) installs exactly this.\
# After a change to the dependencies in pyproject.toml run: bash packaging/bootstrap.sh lock\
# (keeps the other pins; add --upgrade to move everything to the newest releases).' "$LOCK"
  say "wrote $LOCK"
  exit 0
fi
STAMP="$VENV/.setup-stamp"
WANT_STAMP=$(cat "$LOCK" pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$WANT_STAMP" ]; then
  say "installing Python packages from $LOCK into $VENV (first run takes a few minutes)"
  "${PIP[@]}" install --quiet --require-hashes --no-deps -r "$LOCK"
  "${PIP[@]}" install --quiet --no-deps -e .
  echo "$WANT_STAMP" > "$STAMP"
fi

# -- run -------------------------------------------------------------------------------
case "$MODE" in
  app)  [ $# -eq 0 ] && set -- --sample  # the README's first command: the app on its built-in sample
        exec "$VENV/bin/briefing-app" "$@" ;;
  test) export QT_QPA_PLATFORM=offscreen; exec "$VENV/bin/python" -m pytest "$@" ;;
  env)  echo "$VENV" ;;
  *)    say "unknown mode '$MODE' (use app, test, env or lock)"; exit 2 ;;
esac
