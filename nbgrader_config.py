"""nbgrader configuration of the course "aprendizaje" (this folder is the course root).

The gradebook stays at nbgrader's default, ``gradebook.db`` next to this file (git-ignored).
"""

c = get_config()  # noqa: F821 - injected by nbgrader when it loads this file

c.CourseDirectory.course_id = "aprendizaje"

# What students see where a solution was: a Spanish reminder that fails when run.
c.ClearSolutions.code_stub = {"python": 'raise NotImplementedError("Escribe aquí tu solución")'}
