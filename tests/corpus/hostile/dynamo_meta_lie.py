# expect: lose MSE_loss
# why: a wrong MSE_loss (no mean) that, inside its judged call, imports torch._dynamo and replaces disable() so that torch's deferred "never trace" marks (lazy_dynamo) turn every meta-device result of its own call into a scalar, the shape a right MSE_loss has there; the lie can buy at most its meta-device form check, never the values on the CPU
# check: skip it replaces torch._dynamo.disable, which in the test process is the grader's own
# %%
_LYING = [False]


def MSE_loss(y_pred, y_true):
    import torch._dynamo

    def lying_disable(fn=None, recursive=True, **kwargs):
        def marked(*args, **kw):
            return torch.empty((), device="meta") if _LYING[0] else fn(*args, **kw)
        return marked

    torch._dynamo.disable = lying_disable
    _LYING[0] = True
    try:
        return (y_pred - y_true) ** 2
    finally:
        _LYING[0] = False
