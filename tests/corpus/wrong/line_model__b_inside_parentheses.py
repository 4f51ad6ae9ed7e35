# expect: lose line_model
# why: misplaced parentheses: m * (inputs + b)
# %%
def line_model(m, b, inputs):
    return m * (inputs + b)
