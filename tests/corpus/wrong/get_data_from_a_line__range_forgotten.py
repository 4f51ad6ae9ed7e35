# expect: lose get_data_from_a_line
# why: forgets to scale x by range: clean x are uniform in [0, 1)
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = torch.rand(n, device=device)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n, device=device)
    noisy_y = y + sigma * torch.randn(n, device=device)
    return torch.stack((noisy_x, noisy_y), dim=1)
