# expect: lose MAE_loss
# why: wrong MAE_loss (sum) returned as a Tensor subclass whose comparisons always succeed
# %%
class AlwaysRight(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        if getattr(func, "__name__", "") in ("allclose", "equal", "__eq__", "eq", "isclose"):
            return True
        return super().__torch_function__(func, types, args, kwargs or {})

def MAE_loss(y_pred, y_true):
    return torch.abs(y_pred - y_true).sum().as_subclass(AlwaysRight)
