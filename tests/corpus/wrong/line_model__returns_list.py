# expect: lose line_model
# why: loops over the inputs and returns a Python list instead of a tensor
# %%
def line_model(m, b, inputs):
    outputs = []
    for x in inputs:
        outputs.append(m * x + b)
    return outputs
