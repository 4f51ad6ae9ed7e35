"""Hidden checks of ``MSE_loss``: la media del error cuadrático (un tensor 0-d)."""

from autograder import loss_cases

globals().update(loss_cases.suite("MSE_loss", "la media del error cuadrático (un tensor 0-d)"))
