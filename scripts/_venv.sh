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

# The Python client (clients/python, package podium-client), installed editable beside
# Podium so the conformance tests and benchmarks import the working copy.
ensure_client() {
  "$PY" -m pip install --quiet -e "$ROOT/clients/python"
}

# A separate interpreter with the real Gradio, for the conformance tests that run the
# same client suite against a Gradio app (tests/conformance/gradio_server.py). Built
# once and reused while it holds the pinned version; git-ignored.
GRADIO_VENV="${PODIUM_GRADIO_VENV:-$ROOT/.venv-gradio}"
GRADIO_PIN="6.31"
ensure_gradio_venv() {
  local py="$GRADIO_VENV/bin/python"
  if [ -x "$py" ] && "$py" -c "import gradio, sys; sys.exit(not gradio.__version__.startswith('$GRADIO_PIN.'))" 2>/dev/null; then
    return
  fi
  echo "== building $GRADIO_VENV with gradio==$GRADIO_PIN.* (first run only)"
  python3 -m venv --clear "$GRADIO_VENV"
  "$py" -m pip install --quiet --upgrade pip
  "$py" -m pip install --quiet "gradio==$GRADIO_PIN.*"
}
