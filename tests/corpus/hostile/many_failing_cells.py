# expect: full
# why: 2,000 cells that fail (the same long error in most, a distinct one in every 100th): the result must stay under 1 MB and still say how many cells failed
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 99 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 199 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 299 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 399 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 499 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 599 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 699 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 799 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 899 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 999 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1099 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1199 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1299 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1399 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1499 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1599 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1699 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1799 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1899 " + "y" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise ValueError("el mismo fallo largo " + "x" * 3000)
# %%
raise RuntimeError("fallo distinto 1999 " + "y" * 3000)
