# expect: lose get_data_from_a_line
# why: wrong get_data (noise on y only) plus fake 'reference', 'autograder' and 'pytest' modules in sys.modules
# %% first
import sys
import types

class _Anything:
    def __eq__(self, other):
        return True

    def __call__(self, *args, **kwargs):
        return self

    def __bool__(self):
        return True

def _module_getattr(name):
    return _Anything()

for _name in ("reference", "reference.data", "autograder", "autograder.suites", "autograder.trusted",
              "pytest", "nbgrader"):
    _fake = types.ModuleType(_name)
    _fake.__getattr__ = _module_getattr
    _fake.__path__ = []
    sys.modules[_name] = _fake

# %%
def get_data_from_a_line(m, b, n, sigma=2, range=50, device=None):
    x = range * torch.rand(n, device=device)
    y = m * x + b + sigma * torch.randn(n, device=device)
    return torch.stack((x, y), dim=1)
