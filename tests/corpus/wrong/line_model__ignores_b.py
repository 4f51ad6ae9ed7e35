# expect: lose line_model
# why: forgets the intercept and returns m * inputs
# %%
def line_model(m, b, inputs):
    return m * inputs
