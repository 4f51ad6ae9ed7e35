# expect: lose train_random_point
# why: train_random_point returns float subclasses equal to anything instead of the trained slopes
# %%
class Slope(float):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = float.__hash__

def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    return [Slope(m)] + [Slope(0.0) for _ in range(steps)]
