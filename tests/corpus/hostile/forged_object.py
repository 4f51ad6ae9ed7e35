# expect: lose line_model
# why: line_model returns an object whose __eq__, __float__ and comparisons lie
# %%
class Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    def __float__(self):
        return 0.0

    def __sub__(self, other):
        return 0.0

    __rsub__ = __sub__

    def __abs__(self):
        return 0.0

def line_model(m, b, inputs):
    return Anything()
