# Shared by scripts/demo and scripts/test: a project virtualenv with Podium installed
# editable (the install builds the web frontend with npm through the build hook).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${PODIUM_VENV:-$ROOT/.venv}"
PY="$VENV/bin/python"

ensure_venv() {
  local extras="$1"
  if [ ! -x "$PY" ]; then
    python3 -m venv "$VENV"
  fi
  "$PY" -m pip install --quiet --upgrade pip
  "$PY" -m pip install --quiet -e "$ROOT$extras"
}
