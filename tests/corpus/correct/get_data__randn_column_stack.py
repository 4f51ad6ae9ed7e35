# expect: full
# why: randn scaled by sigma, uniform_ in place on an empty tensor, torch.column_stack
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    xs = torch.empty(n, device=device).uniform_(0, range)
    ys = m * xs + b
    xs_noisy = xs + torch.randn(n, device=device) * sigma
    ys_noisy = ys + torch.randn(n, device=device) * sigma
    return torch.column_stack((xs_noisy, ys_noisy))
