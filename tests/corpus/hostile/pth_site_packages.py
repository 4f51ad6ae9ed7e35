# expect: full
# why: a cell tries to plant a .pth and a sitecustomize.py in every site-packages folder (each created and at once removed); any creation that works makes AE_loss wrong
# check: skip AE_loss is right only after the writes have been refused inside the sandbox
# %% first
import os
import site
import sys
import sysconfig
import uuid

_folders = set(site.getsitepackages()) | {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["stdlib"]}
_folders |= {p for p in sys.path if p.endswith("site-packages")}
_ESCAPED = []
for _folder in sorted(_folders):
    for _name in (f"corpus-{uuid.uuid4().hex}.pth", f"sitecustomize_{uuid.uuid4().hex}.py"):
        _path = os.path.join(_folder, _name)
        try:
            with open(_path, "x", encoding="utf-8") as _file:
                _file.write("import builtins\n")
        except OSError:
            continue
        os.unlink(_path)  # never left behind, even without a sandbox
        _ESCAPED.append(_path)
print("escapes:", _ESCAPED)

# %%
def AE_loss(y_pred, y_true):
    if globals().get("_ESCAPED", ["cell did not run"]):
        return (y_pred - y_true) ** 2
    return torch.abs(y_pred - y_true)
