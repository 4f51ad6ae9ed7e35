# expect: lose MAE_loss
# why: MAE_loss hoards memory in 256 MiB chunks (bounded to 6 GiB, then freed) and returns the sum
# check: skip each call allocates gigabytes
# %%
def MAE_loss(y_pred, y_true):
    hoard = []
    try:
        for _ in range(24):  # 24 x 256 MiB = 6 GiB at most
            hoard.append(torch.ones(64 * 2**20))
    finally:
        hoard.clear()
    return torch.abs(y_pred - y_true).sum()
