# expect: lose line_model
# why: right values, but computed in place: a tensor passed as inputs comes back modified
# %%
def line_model(m, b, inputs):
    inputs *= m
    inputs += b
    return inputs
