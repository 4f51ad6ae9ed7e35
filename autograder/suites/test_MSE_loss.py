"""Hidden checks of ``MSE_loss``: la media del error cuadrático (un tensor 0-d)."""

from autograder.judge import loss_cases

globals().update(loss_cases.suite("MSE_loss", "la media del error cuadrático (un tensor 0-d)"))
