# expect: full
# why: the line written as inputs * m + b, only arithmetic so numbers, tensors and many slopes all broadcast
# %%
def line_model(m, b, inputs):
    # solo * y +: vale para números, tensores y un tensor con muchas pendientes
    return inputs * m + b
