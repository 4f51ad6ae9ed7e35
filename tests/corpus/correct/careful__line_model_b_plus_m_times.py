# expect: full
# why: the line as b + m * inputs kept in a named local variable before returning it
# %%
def line_model(m, b, inputs):
    """Recta y = m·x + b."""
    prediccion = b + m * inputs
    return prediccion
