# expect: full
# why: noise from torch.distributions.Normal (standard, then scaled), filled into a preallocated (n, 2) tensor
# %%
from torch.distributions import Normal

def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    standard = Normal(0.0, 1.0)
    data = torch.empty((n, 2), device=device)
    x = torch.rand(n, device=device) * range
    data[:, 0] = x + sigma * standard.sample((n,)).to(device)
    data[:, 1] = (m * x + b) + sigma * standard.sample((n,)).to(device)
    return data
