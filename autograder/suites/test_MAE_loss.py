"""Hidden checks of ``MAE_loss``: la media de |y_pred − y_true| sobre todos los elementos."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite(
    "MAE_loss", "la media de |y_pred − y_true| sobre todos los elementos",
    formula="Error absoluto medio: la media de |y_pred - y_true| sobre todos los elementos.",
    result="Un tensor 0-d (un único valor, sin dimensiones)"))
