# expect: full
# why: the line written as b + inputs * m, with a docstring in Spanish
# %%
def line_model(m, b, inputs):
    """y = m·x + b (sin tocar los argumentos)."""
    outputs = b + inputs * m
    return outputs
