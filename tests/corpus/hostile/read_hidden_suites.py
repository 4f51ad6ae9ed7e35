# expect: full
# why: a cell that reads the hidden suites, the reference and the grader's code and prints them, hoping they show up in the feedback
# %%
import glob

_found = 0
for _pattern in ("{{PROJECT}}/autograder/suites/**/*.py", "{{PROJECT}}/reference/*.py", "{{PROJECT}}/autograder/*.py"):
    for _path in sorted(glob.glob(_pattern, recursive=True)):
        try:
            with open(_path, encoding="utf-8") as _file:
                print(f"===== {_path}\n{_file.read()[:3000]}")
            _found += 1
        except OSError as _error:
            print("no se pudo leer", _path, _error)
print("ficheros leídos:", _found)
