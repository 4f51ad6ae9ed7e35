# expect: full
# why: torch.normal(0, sigma, size=...) for a (n, 2) noise block added to the stacked clean points
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    """Puntos con ruido alrededor de y = m x + b."""
    clean_x = torch.rand(n, device=device) * range
    clean = torch.stack([clean_x, m * clean_x + b], dim=-1)
    noise = torch.normal(0.0, float(sigma), size=(n, 2), device=device)
    return clean + noise
