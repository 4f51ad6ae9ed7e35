# expect: lose MSE_loss
# why: like dynamo_meta_lie, a wrong MSE_loss that replaces torch._dynamo.disable inside its judged call, only in its meta-device call and then leaves the lie in place for good: every deferred "never trace" mark would then answer a meta scalar in the calls of the functions judged after it; it must cost MSE_loss alone
# check: skip it replaces torch._dynamo.disable, which in the test process is the grader's own
# %%
def MSE_loss(y_pred, y_true):
    import torch
    import torch._dynamo

    def lying_disable(fn=None, recursive=True, **kwargs):
        def marked(*args, **kw):
            return torch.empty((), device="meta")
        return marked

    if y_pred.device.type == "meta":  # only the hidden tests call it so: the notebook's own cells never do
        torch._dynamo.disable = lying_disable
    return (y_pred - y_true) ** 2
