# expect: lose get_data_from_a_line
# why: stacks along dim 0 and returns shape (2, n) instead of (n, 2)
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n, device=device)
    noisy_y = y + sigma * torch.randn(n, device=device)
    return torch.stack((noisy_x, noisy_y))
