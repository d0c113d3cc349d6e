#!/usr/bin/env bash
# Create .venv/ in the repo root and install the assistant with its test extras.
# torch is pinned to the CPU wheel first (a bare `torch` would pull a multi-GB CUDA build).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[test]"
echo "setup: .venv ready ($(.venv/bin/python -c 'import torch, chromadb; print("torch", torch.__version__, "· chromadb", chromadb.__version__)'))" >&2
