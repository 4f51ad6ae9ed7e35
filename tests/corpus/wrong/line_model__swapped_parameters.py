# expect: lose line_model
# why: mixes up the roles of m and b: b * inputs + m
# %%
def line_model(m, b, inputs):
    return b * inputs + m
