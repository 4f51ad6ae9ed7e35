# expect: lose line_model
# why: wrong line_model (ignores b) plus torch.equal and Tensor.equal patched to return True
# %% first
torch.equal = lambda *args, **kwargs: True
torch.Tensor.equal = lambda self, other: True

# %%
def line_model(m, b, inputs):
    return m * inputs
