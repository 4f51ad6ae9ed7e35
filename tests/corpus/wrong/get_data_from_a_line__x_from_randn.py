# expect: lose get_data_from_a_line
# why: draws the clean x from randn instead of rand, so they are not uniform in [0, range)
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.randn(n, device=device)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n, device=device)
    noisy_y = y + sigma * torch.randn(n, device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)
