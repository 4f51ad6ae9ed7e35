# expect: full
# why: the first code cell calls sys.exit(0); every function is the source's correct one
# %% first
import sys

sys.exit(0)
