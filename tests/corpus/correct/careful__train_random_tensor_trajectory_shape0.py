# expect: full
# why: keeps 0-d tensors in the list after the initial m as received; torch.randint(low=0, high=data.shape[0], size=(1,)) row, tensors printed directly
# %%
def train_random_point(data, m, b, learning_rate, delta, steps, loss_fn, verbose=False):
    line_evolution = [m]  # la m inicial, tal como se recibe
    for step in range(steps):
        index = torch.randint(low=0, high=data.shape[0], size=(1,))
        x_true, y_true = data[index][0]  # fila elegida -> dos tensores 0-d
        rate = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)
        if verbose:
            print("paso:", step)
            print("m actual:", m)
            print("punto elegido:", x_true, y_true)
            print("error con m - delta:", loss_fn(line_model(m - delta, b, x_true), y_true))
            print("error con m + delta:", loss_fn(line_model(m + delta, b, x_true), y_true))
            print("ratio:", rate)
        m = m + learning_rate * rate  # nuevo objeto en cada paso: los valores guardados no cambian
        line_evolution.append(m)
    return line_evolution
