# expect: lose get_data_from_a_line
# why: builds the data in float64 (dtype=torch.double) instead of float32
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, dtype=torch.float64, device=device)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n, dtype=torch.float64, device=device)
    noisy_y = y + sigma * torch.randn(n, dtype=torch.float64, device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)
