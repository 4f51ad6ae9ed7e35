"""Grading engine of the lesson 'Aprendizaje': sandboxed execution, hidden suites, Gradescope results."""
