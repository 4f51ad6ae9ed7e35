#!/usr/bin/env bash
# Gradescope runs this once, as root, while it builds the autograder's image; the zip is
# unpacked in /autograder/source (this file's folder). It installs the sandbox's system
# packages, Python 3.11 and the pinned grading environment (requirements.lock), in a venv.
#
# Python: the lock needs 3.11. The image's python3 is used when it is 3.11; otherwise
# python3.11 is installed from the distribution (Ubuntu 22.04, Gradescope's usual base
# image, has it). Where the distribution has no python3.11 (Ubuntu 24.04 has only 3.12),
# this script stops with a message saying which base image to choose.
set -euo pipefail

SOURCE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${AUTOGRADER_VENV:-/opt/aprendizaje/venv}"
export DEBIAN_FRONTEND=noninteractive

apt-get update
apt-get install -y --no-install-recommends bubblewrap libseccomp2 ca-certificates

is_python311() {
    command -v "$1" >/dev/null 2>&1 && "$1" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'
}

if is_python311 python3; then
    BASE=python3
    # Debian and Ubuntu ship venv's pip bootstrap separately.
    if ! python3 -c 'import ensurepip' >/dev/null 2>&1; then
        apt-get install -y --no-install-recommends python3.11-venv
    fi
elif apt-cache show python3.11 python3.11-venv >/dev/null 2>&1; then
    echo "setup.sh: the image's python3 is $(python3 --version 2>&1 || echo missing); the grader needs" \
         "Python 3.11: installing python3.11 from the distribution."
    apt-get install -y --no-install-recommends python3.11 python3.11-venv
    BASE=python3.11
else
    echo "setup.sh: ERROR: the grader needs Python 3.11 (requirements.lock is pinned for it), the image's" \
         "python3 is $(python3 --version 2>&1 || echo missing) and this distribution has no python3.11" \
         "package. In Gradescope's autograder settings choose the Ubuntu 22.04 base image." >&2
    exit 1
fi

"$BASE" -m venv "$VENV"
PIP=("$VENV/bin/python" -m pip install --no-cache-dir --disable-pip-version-check)
# torch's CPU-only wheels live on a separate index, named at build time (gradescope-zip --extra-index-url).
EXTRA=()
if [ -s "$SOURCE/extra-index-url.txt" ]; then
    EXTRA=(--extra-index-url "$(head -n 1 "$SOURCE/extra-index-url.txt")")
fi
"${PIP[@]}" "${EXTRA[@]}" -r "$SOURCE/requirements.lock"
# Editable: the grader reads pyproject.toml ([tool.autograder]) and release/ from /autograder/source.
"${PIP[@]}" --no-deps -e "$SOURCE"
# Where bubblewrap cannot start, student code runs as nobody: it must be able to run the
# environment and the sandbox's own files, and must never read the reference or the hidden suites.
for open_to_all in "$VENV" "$SOURCE/autograder/sandbox"; do
    if [ -e "$open_to_all" ]; then chmod -R a+rX "$open_to_all"; fi
done
chmod a+rx "$SOURCE"
if [ -d "$SOURCE/autograder" ]; then chmod a+rx "$SOURCE/autograder"; fi
for secret in "$SOURCE/reference" "$SOURCE/autograder/suites" "$SOURCE/autograder/judge"; do
    if [ -e "$secret" ]; then chmod -R go-rwx "$secret"; fi
done
"$VENV/bin/python" -m autograder.integrations.gradescope check
