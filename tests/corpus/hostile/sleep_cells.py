# expect: full
# why: 80 cells of time.sleep(2.5) after every definition (200 s in all): the cell time must be capped so that judging still fits in the submission's wall-clock cap
# %%
import time

time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
# %%
time.sleep(2.5)
