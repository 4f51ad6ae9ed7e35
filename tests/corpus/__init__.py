"""Named corpus of submissions (fixtures) for the grader's end-to-end tests; see build.py."""
