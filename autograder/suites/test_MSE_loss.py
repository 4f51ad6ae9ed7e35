"""Hidden checks of ``MSE_loss``: la media de (y_pred − y_true)² sobre todos los elementos."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite(
    "MSE_loss", "la media de (y_pred − y_true)² sobre todos los elementos",
    formula="Error cuadrático medio: la media de (y_pred - y_true)² sobre todos los elementos.",
    result="Un tensor 0-d (un único valor, sin dimensiones)"))
