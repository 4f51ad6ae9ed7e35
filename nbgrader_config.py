"""nbgrader configuration of the course "aprendizaje" (this folder is the course root).

The gradebook stays at nbgrader's default, ``gradebook.db`` next to this file (git-ignored).
"""

c = get_config()  # noqa: F821 - injected by nbgrader when it loads this file

c.CourseDirectory.course_id = "aprendizaje"

# What students see where a solution was: a Spanish reminder that fails when run.
c.ClearSolutions.code_stub = {"python": 'raise NotImplementedError("Escribe aquí tu solución")'}

# Autograde with our judge: the hidden suites, in the same sandbox as `python -m autograder grade`.
# GradeInSandbox takes the place of nbgrader's Execute (which would run student code unconfined,
# next to the reference and the gradebook) and leaves each function's points and Spanish feedback
# in its visible test cell, where SaveAutoGrades reads them; a test cell the student deleted is put
# back for that. The rest of the list is nbgrader's own. (nbgrader's own add_missing_cells is left
# off: it fails on a notebook with a duplicated test cell.)
c.Autograde.autograde_preprocessors = [
    "autograder.integrations.nbgrader_judge.GradeInSandbox",
    "nbconvert.preprocessors.ClearMetadataPreprocessor",
    "nbgrader.preprocessors.LimitOutput",
    "nbgrader.preprocessors.SaveAutoGrades",
    "nbgrader.preprocessors.AssignLatePenalties",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# Before that, nbgrader's sanitizing with RecoverMetadata in place of DeduplicateIds: a duplicated
# or broken nbgrader cell becomes an ordinary cell instead of stopping that student's grading.
c.Autograde.sanitize_preprocessors = [
    "nbgrader.preprocessors.ClearOutput",
    "autograder.integrations.nbgrader_judge.RecoverMetadata",
    "nbgrader.preprocessors.OverwriteKernelspec",
    "nbgrader.preprocessors.OverwriteCells",
    "nbgrader.preprocessors.CheckCellMetadata",
]
# No other nbgrader command may start a kernel on a notebook (validate would run it unconfined).
c.Execute.kernel_manager_class = "autograder.integrations.nbgrader_judge.NoKernel"
