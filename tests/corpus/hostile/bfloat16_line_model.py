# expect: lose line_model
# why: line_model is right for tensors but, when every input is a Python number, returns a value 10 % off as a 0-d bfloat16 tensor (whose coarse precision might hide the error)
# %%
def line_model(m, b, inputs):
    if all(isinstance(v, (int, float)) for v in (m, b, inputs)):
        return torch.tensor((m * inputs + b) * 1.1, dtype=torch.bfloat16)
    return m * inputs + b
