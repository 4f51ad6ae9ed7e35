"""Peak memory of the grading process itself, for a clean notebook and for ones that flood its channel.

Each case is graded in a fresh Python process that calls ``grade_submission`` in-process
and reports its own peak RSS (``ru_maxrss``; the sandbox is a child and not counted).
Usage: ``.venv/bin/python benchmarks/grader_memory.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "submitted" / "alumno01_garcia" / "aprendizaje" / "aprendizaje.ipynb"
FLOOD = ("import os, stat\nline = b'{\"id\": \"x\", \"value\": \"' + b'A' * ({mib} << 20) + b'\"}\\n'\n"
         "for name in os.listdir('/proc/self/fd'):\n"
         "    try:\n"
         "        if int(name) > 2 and stat.S_ISFIFO(os.fstat(int(name)).st_mode):\n"
         "            os.write(int(name), line)\n"
         "    except OSError:\n"
         "        pass\n")
CASES = {"clean": None, "24 MiB line to every pipe": 24, "200 MiB line to every pipe": 200}
MEASURE = """
import json, resource, sys
from pathlib import Path
from autograder import config
from autograder.discover import Submission
from autograder.grade import grade_submission
from autograder.sandbox.launch import bubblewrap
result = grade_submission(Submission("bench", Path(sys.argv[1])), config.load(), bubblewrap(), 1)
print(json.dumps({"score": result.score, "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def main() -> int:
    with tempfile.TemporaryDirectory() as scratch:
        for label, mib in CASES.items():
            node = nbformat.read(SOURCE, as_version=4)
            if mib is not None:
                node.cells.insert(1, nbformat.v4.new_code_cell(FLOOD.replace("{mib}", str(mib))))
            path = Path(scratch) / f"{len(label)}.ipynb"
            nbformat.write(node, path)
            done = subprocess.run([sys.executable, "-c", MEASURE, str(path)], cwd=ROOT, capture_output=True,
                                  text=True, check=False)
            if done.returncode != 0:
                print(f"{label}: failed\n{done.stderr[-2000:]}")
                return 1
            report = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{label:<28} score {report['score']:>5g}   grader peak RSS {report['peak_mib']:.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
