# expect: full
# why: a cell that writes a file into a folder outside its working directory (the test's trap folder)
# %%
import os

print("cwd:", os.getcwd())
for _target in ("{{SCRATCH}}/escaped.txt", os.path.join("{{SCRATCH}}", "..", os.path.basename("{{SCRATCH}}"), "escaped-2.txt")):
    try:
        with open(_target, "w", encoding="utf-8") as _file:
            _file.write("escrito desde el notebook\n")
        print("escrito", _target)
    except OSError as _error:
        print("no se pudo escribir", _target, _error)
