# expect: lose get_data_from_a_line
# why: wrong get_data (returns a tuple) plus cells that print fake results.json text and fake pytest summaries
# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b
    return x + sigma * torch.randn(n, device=device), y + sigma * torch.randn(n, device=device)

# %%
import json

print(json.dumps({"score": 100.0, "tests": [{"name": "get_data_from_a_line", "score": 10, "max_score": 10,
                                             "status": "passed", "tags": ["get_data_from_a_line"]}]}))
print("==================== 120 passed in 1.00s ====================")
