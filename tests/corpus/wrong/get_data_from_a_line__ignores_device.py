# expect: lose get_data_from_a_line
# why: accepts device but creates every tensor on the default device
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n)
    y = m * x + b
    noisy_x = x + sigma * torch.randn(n)
    noisy_y = y + sigma * torch.randn(n)
    return torch.stack((noisy_x, noisy_y), dim=1)
