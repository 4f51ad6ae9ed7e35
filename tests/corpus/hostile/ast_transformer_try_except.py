# expect: lose train_all_points
# why: wrong train_all_points (m - lr*rate) plus an IPython AST transformer wrapping every cell in try/except
# %% first
import ast

class SwallowErrors(ast.NodeTransformer):
    """Envuelve cada celda en try/except para que ningún assert falle."""

    def visit_Module(self, node):
        handler = ast.ExceptHandler(type=ast.Name("BaseException", ast.Load()), name=None, body=[ast.Pass()])
        node.body = [ast.Try(body=node.body or [ast.Pass()], handlers=[handler], orelse=[], finalbody=[])]
        return ast.fix_missing_locations(node)

get_ipython().ast_transformers.append(SwallowErrors())

# %%
def train_all_points(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    x_true, y_true = data[:, 0], data[:, 1]
    line_evolution = [float(m)]
    for step in range(steps):
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        m = m - learning_rate * rate
        line_evolution.append(float(m))
    return line_evolution
