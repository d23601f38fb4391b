#!/usr/bin/env bash
# Create Benchmarks/.venv and install the peers Gazzetta is compared with:
#   spaCy 3 (blank it/en tokenizers, PhraseMatcher, EntityRuler), FlashText, pyahocorasick.
# Idempotent: an existing venv with the packages importable is left as it is.
# Only PyPI is needed; no model is downloaded (spacy.blank needs none).
#
# Usage: Benchmarks/setup.sh            (PYTHON=python3.11 Benchmarks/setup.sh to pick the interpreter)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-python3}"

# The versions measured; kept in one place so a re-run is reproducible.
packages=("spacy>=3.7,<4" "flashtext==2.7" "pyahocorasick>=2.0,<3")

check() {
    "$venv/bin/python" - <<'PY' 2>/dev/null
import spacy, flashtext, ahocorasick
assert spacy.__version__.startswith("3."), spacy.__version__
PY
}

if [[ -x "$venv/bin/python" ]] && check; then
    echo "setup: $venv is ready" >&2
    exit 0
fi

if [[ ! -x "$venv/bin/python" ]]; then
    echo "setup: creating $venv with $("$python" --version 2>&1)" >&2
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip wheel setuptools
"$venv/bin/python" -m pip install --quiet "${packages[@]}"

if ! check; then
    echo "setup: the peers do not import after installation" >&2
    exit 1
fi
"$venv/bin/python" - <<'PY' >&2
import importlib.metadata as m
print("setup: installed", ", ".join(f"{p} {m.version(p)}" for p in ("spacy", "flashtext", "pyahocorasick")))
PY
