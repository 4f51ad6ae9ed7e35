# expect: full
# why: slope term and intercept added in two statements with fresh names (no in-place update of anything)
# %%
def line_model(m, b, inputs):
    pendiente_por_x = m * inputs
    salida = pendiente_por_x + b
    return salida
