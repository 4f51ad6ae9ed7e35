"""Hidden checks of ``AE_loss``: el error absoluto |y_pred − y_true| elemento a elemento."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite(
    "AE_loss", "el error absoluto |y_pred − y_true| elemento a elemento",
    formula="Error absoluto, elemento a elemento: |y_pred - y_true|.",
    result="con un error por elemento (no la media)"))
