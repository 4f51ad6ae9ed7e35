"""Hidden checks of ``AE_loss``: el error absoluto |y_pred − y_true| elemento a elemento."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite("AE_loss", "el error absoluto |y_pred − y_true| elemento a elemento"))
