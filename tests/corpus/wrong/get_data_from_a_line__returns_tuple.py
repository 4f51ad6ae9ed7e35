# expect: lose get_data_from_a_line
# why: returns the tuple (x, y) instead of one (n, 2) tensor
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    return x + sigma * torch.randn(n, device=device), y + sigma * torch.randn(n, device=device)
