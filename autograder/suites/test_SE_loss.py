"""Hidden checks of ``SE_loss``: el error cuadrático (y_pred − y_true)² elemento a elemento."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite(
    "SE_loss", "el error cuadrático (y_pred − y_true)² elemento a elemento",
    formula="Error cuadrático, elemento a elemento: (y_pred - y_true)².",
    result="con un error por elemento (no la media)"))
