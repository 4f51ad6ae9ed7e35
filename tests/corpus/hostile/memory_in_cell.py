# expect: full
# why: a cell that hoards memory in 256 MiB chunks (bounded: stops at 6 GiB and frees it)
# %%
_hoard = []
try:
    for _ in range(24):  # 24 x 256 MiB = 6 GiB at most
        _hoard.append(torch.ones(64 * 2**20))  # float32: 256 MiB, every page written
finally:
    _hoard.clear()
