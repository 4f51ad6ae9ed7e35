# expect: full
# why: a cell that prints 60 MB (bounded) to drown the grader's output
# %%
_line = "x" * 1_000_000
for _ in range(60):  # 60 MB in all
    print(_line)
