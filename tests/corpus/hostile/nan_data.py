# expect: lose get_data_from_a_line
# why: get_data_from_a_line of the right shape, dtype and device whose points are mostly right but hold NaN and inf
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    data = torch.stack((x + sigma * torch.randn(n, device=device), y + sigma * torch.randn(n, device=device)), dim=1)
    data[::3, 0] = float("nan")
    data[1::5, 1] = float("inf")
    return data
