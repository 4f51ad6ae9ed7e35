# expect: lose get_data_from_a_line
# why: adds the noise to x first and computes y from the noisy x
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device) + sigma * torch.randn(n, device=device)
    y = m * x + b + sigma * torch.randn(n, device=device)
    return torch.stack((x, y), dim=1)
