# expect: full
# why: torch.empty(n).uniform_(0, range) for the clean x, torch.normal(0.0, sigma, size=(n,)) noise, torch.stack(dim=1)
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = torch.empty(n, device=device).uniform_(0, range)  # tensor nuevo, no un argumento
    y = m * x + b
    ruido_x = torch.normal(0.0, sigma, size=(n,), device=device)
    ruido_y = torch.normal(0.0, sigma, size=(n,), device=device)
    return torch.stack((x + ruido_x, y + ruido_y), dim=1)
