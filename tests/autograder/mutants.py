"""Realistic mistakes, one graded function each: every one must lose points on its function only, every seed."""

from __future__ import annotations

from tests.autograder.variants import L1, L2, RATE_ARGS, data_cell, fn_cell, train_all_cell, train_random_cell

MUTANTS: list[tuple[str, str, str]] = [
    # (id, function, source): realistic mistakes; each must lose points on its function, every seed.
    ("data_noise_y_only", "get_data_from_a_line", data_cell(nx="0")),
    ("data_noise_x_only", "get_data_from_a_line", data_cell(ny="0")),
    ("data_sigma_variance", "get_data_from_a_line", data_cell(nx="sigma ** 2 * torch.randn(n, device=device)",
                                                         ny="sigma ** 2 * torch.randn(n, device=device)")),
    ("data_sigma_sqrt", "get_data_from_a_line", data_cell(nx="sigma ** 0.5 * torch.randn(n, device=device)",
                                                     ny="sigma ** 0.5 * torch.randn(n, device=device)")),
    ("data_range_ignored", "get_data_from_a_line", data_cell(x="50 * torch.rand(n, device=device)")),
    ("data_x_normal", "get_data_from_a_line", data_cell(x="range / 2 + range / 6 * torch.randn(n, device=device)")),
    ("data_x_linspace", "get_data_from_a_line", data_cell(x="torch.linspace(0, range, n, device=device)")),
    ("data_x_integers", "get_data_from_a_line", data_cell(x="torch.randint(0, int(range), (n,), device=device).float()")),
    ("data_b_ignored", "get_data_from_a_line", data_cell(y="m * x")),
    ("data_same_noise", "get_data_from_a_line", data_cell(ny="nx")),
    ("data_y_from_noisy_x", "get_data_from_a_line", data_cell(
        pre="e = sigma * torch.randn(n, device=device)", y="m * (x + e) + b", nx="e")),
    ("data_fixed_seed", "get_data_from_a_line", data_cell(pre="torch.manual_seed(0)")),
    ("data_rows", "get_data_from_a_line", data_cell(out="torch.stack((x + nx, y + ny), dim=0)")),
    ("data_float64", "get_data_from_a_line", data_cell(out="torch.stack((x + nx, y + ny), dim=1).double()")),
    ("data_no_device", "get_data_from_a_line", data_cell(x="range * torch.rand(n)", nx="sigma * torch.randn(n)",
                                                     ny="sigma * torch.randn(n)")),
    ("data_default_sigma_1", "get_data_from_a_line", data_cell(signature="sigma=1, range=50")),
    ("data_default_range_10", "get_data_from_a_line", data_cell(signature="sigma=2, range=10")),
    ("data_tuple", "get_data_from_a_line", data_cell(out="(x + nx, y + ny)")),
    ("data_noise_mean_sigma", "get_data_from_a_line", data_cell(nx="torch.normal(sigma, 1.0, (n,), device=device)",
                                                           ny="torch.normal(sigma, 1.0, (n,), device=device)")),
    ("data_uniform_noise", "get_data_from_a_line", data_cell(nx="sigma * torch.rand(n, device=device)",
                                                        ny="sigma * torch.rand(n, device=device)")),
    ("line_no_b", "line_model", fn_cell("line_model", "m * inputs", "m, b, inputs")),
    ("line_swapped", "line_model", fn_cell("line_model", "b * inputs + m", "m, b, inputs")),
    ("line_inplace", "line_model", fn_cell("line_model", "inputs.mul_(m).add_(b)", "m, b, inputs")),
    ("line_float", "line_model", fn_cell("line_model", "torch.as_tensor(m * inputs + b).float()", "m, b, inputs")),
    ("line_loop", "line_model", fn_cell("line_model", "torch.tensor([m * x + b for x in inputs])", "m, b, inputs")),
    ("line_numpy", "line_model", fn_cell("line_model", "np.asarray(m * inputs + b)", "m, b, inputs")),
    ("ae_no_abs", "AE_loss", fn_cell("AE_loss", "y_pred - y_true")),
    ("ae_mean", "AE_loss", fn_cell("AE_loss", "torch.abs(y_pred - y_true).mean()")),
    ("ae_squared", "AE_loss", fn_cell("AE_loss", "(y_pred - y_true) ** 2")),
    ("ae_abs_each", "AE_loss", fn_cell("AE_loss", "torch.abs(y_pred) - torch.abs(torch.as_tensor(y_true))")),
    ("ae_subclass", "AE_loss", "\nclass T(torch.Tensor):\n    pass\n" + fn_cell("AE_loss", "torch.abs(y_pred - y_true).as_subclass(T)")),
    ("se_abs", "SE_loss", fn_cell("SE_loss", "torch.abs(y_pred - y_true)")),
    ("se_times_two", "SE_loss", fn_cell("SE_loss", "(y_pred - y_true) * 2")),
    ("se_mean", "SE_loss", fn_cell("SE_loss", "((y_pred - y_true) ** 2).mean()")),
    ("se_float32", "SE_loss", fn_cell("SE_loss", "((y_pred - y_true) ** 2).float()")),
    ("mae_sum", "MAE_loss", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).sum()")),
    ("mae_squares", "MAE_loss", fn_cell("MAE_loss", "((y_pred - y_true) ** 2).mean()")),
    ("mae_no_abs", "MAE_loss", fn_cell("MAE_loss", "(y_pred - y_true).mean()")),
    ("mae_item", "MAE_loss", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).mean().item()")),
    ("mae_dim0", "MAE_loss", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).mean(dim=0)")),
    ("mae_len", "MAE_loss", fn_cell("MAE_loss", "torch.abs(y_pred - y_true).sum() / len(y_pred)")),
    ("mse_sqrt", "MSE_loss", fn_cell("MSE_loss", "torch.sqrt(((y_pred - y_true) ** 2).mean())")),
    ("mse_sum", "MSE_loss", fn_cell("MSE_loss", "((y_pred - y_true) ** 2).sum()")),
    ("mse_abs", "MSE_loss", fn_cell("MSE_loss", "torch.abs(y_pred - y_true).mean()")),
    ("mse_square_of_mean", "MSE_loss", fn_cell("MSE_loss", "(y_pred - y_true).mean() ** 2")),
    ("mse_elementwise", "MSE_loss", fn_cell("MSE_loss", "(y_pred - y_true) ** 2")),
    ("rate_lesson_sign", "loss_rate_of_change_m",
     fn_cell("loss_rate_of_change_m", f"({L1} - {L2}) / (m - delta - (m + delta))", RATE_ARGS)),
    ("rate_reversed", "loss_rate_of_change_m", fn_cell("loss_rate_of_change_m", f"({L2} - {L1}) / (2 * delta)", RATE_ARGS)),
    ("rate_over_delta", "loss_rate_of_change_m", fn_cell("loss_rate_of_change_m", f"({L1} - {L2}) / delta", RATE_ARGS)),
    ("rate_no_b", "loss_rate_of_change_m", fn_cell(
        "loss_rate_of_change_m", f"({L1} - {L2}) / (2 * delta)".replace(", b, x_true", ", 0, x_true"), RATE_ARGS)),
    ("rate_fixed_loss", "loss_rate_of_change_m", fn_cell(
        "loss_rate_of_change_m", f"({L1} - {L2}) / (2 * delta)".replace("loss_fn(", "AE_loss("), RATE_ARGS)),
    ("rate_fixed_delta", "loss_rate_of_change_m", fn_cell(
        "loss_rate_of_change_m", f"({L1} - {L2}) / (2 * delta)".replace("delta", "0.1"), RATE_ARGS)),
    ("rate_swapped_xy", "loss_rate_of_change_m", fn_cell(
        "loss_rate_of_change_m", f"({L1} - {L2}) / (2 * delta)".replace("x_true), y_true)", "y_true), x_true)"),
        RATE_ARGS)),
    ("rate_forward_difference", "loss_rate_of_change_m", fn_cell(
        "loss_rate_of_change_m", f"(loss_fn(line_model(m, b, x_true), y_true) - {L2}) / delta", RATE_ARGS)),
    ("random_never_last", "train_random_point", train_random_cell("i = torch.randint(0, n - 1, (1,))[0]")),
    ("random_never_first", "train_random_point", train_random_cell("i = random.randint(1, n - 1)")),
    ("random_always_first", "train_random_point", train_random_cell("i = 0")),
    ("random_cycle", "train_random_point", train_random_cell("i = step % n")),
    ("random_once", "train_random_point", train_random_cell("i = chosen", pre="chosen = random.randrange(n)")),
    ("random_minus", "train_random_point", train_random_cell("i = random.randrange(n)", update="m = m - learning_rate * rate")),
    ("random_lesson_sign", "train_random_point", train_random_cell(
        "i = random.randrange(n)", rate=f"({L1} - {L2}) / (m - delta - (m + delta))")),
    ("random_over_delta", "train_random_point", train_random_cell("i = random.randrange(n)", rate=f"({L1} - {L2}) / delta")),
    ("random_fixed_lr", "train_random_point", train_random_cell("i = random.randrange(n)", update="m = m + 1e-3 * rate")),
    ("random_no_b", "train_random_point", train_random_cell(
        "i = random.randrange(n)", rate="loss_rate_of_change_m(m, 0, x_true, y_true, delta, loss_fn)")),
    ("random_fixed_loss", "train_random_point", train_random_cell(
        "i = random.randrange(n)", rate="loss_rate_of_change_m(m, b, x_true, y_true, delta, AE_loss)")),
    ("random_alias", "train_random_point", train_random_cell(
        "i = random.randrange(n)", pre="m = torch.tensor(float(m))", start="[m]", update="m += learning_rate * rate")),
    ("random_iadd_float", "train_random_point", train_random_cell(
        "i = random.randrange(n)", update="m += learning_rate * rate")),
    ("random_no_initial", "train_random_point", train_random_cell("i = random.randrange(n)", start="[]")),
    ("random_extra_step", "train_random_point", train_random_cell("i = random.randrange(n)", loop="range(steps + 1)")),
    ("random_final_only", "train_random_point", train_random_cell("i = random.randrange(n)", store="line_evolution = m")),
    ("random_seeded", "train_random_point", train_random_cell("i = random.randrange(n)", pre="random.seed(0)")),
    ("random_swapped", "train_random_point", train_random_cell(
        "i = random.randrange(n)", rate="loss_rate_of_change_m(m, b, y_true, x_true, delta, loss_fn)")),
    ("random_verbose_crash", "train_random_point", train_random_cell(
        "i = random.randrange(n)", pre="if verbose: print(undefined_name)")),
    ("all_minus", "train_all_points", train_all_cell(update="m = m - learning_rate * rate")),
    ("all_lesson_sign", "train_all_points", train_all_cell(rate=f"({L1} - {L2}) / (m - delta - (m + delta))")),
    ("all_over_delta", "train_all_points", train_all_cell(rate=f"({L1} - {L2}) / delta")),
    ("all_fixed_lr", "train_all_points", train_all_cell(update="m = m + 0.001 * rate")),
    ("all_no_b", "train_all_points", train_all_cell(rate="loss_rate_of_change_m(m, 0, x_true, y_true, delta, loss_fn)")),
    ("all_fixed_loss", "train_all_points", train_all_cell(rate="loss_rate_of_change_m(m, b, x_true, y_true, delta, MAE_loss)")),
    ("all_one_random_point", "train_all_points", train_all_cell(
        pre="i = random.randrange(len(x_true))",
        rate="loss_rate_of_change_m(m, b, x_true[i], y_true[i], delta, loss_fn)")),
    ("all_first_point", "train_all_points", train_all_cell(columns="x_true, y_true = data[0, 0], data[0, 1]")),
    ("all_alias", "train_all_points", train_all_cell(pre="m = torch.tensor(float(m))", update="m += learning_rate * rate")),
    ("all_iadd_float", "train_all_points", train_all_cell(update="m += learning_rate * rate")),
    ("all_no_initial", "train_all_points", train_all_cell(start="[]")),
    ("all_swapped", "train_all_points", train_all_cell(columns="y_true, x_true = data[:, 0], data[:, 1]")),
    ("all_final_only", "train_all_points", train_all_cell(store="line_evolution = m")),
    ("all_rows", "train_all_points", train_all_cell(columns="x_true, y_true = data[0], data[1]")),
    ("all_rate_once", "train_all_points", train_all_cell(
        pre="rate0 = loss_rate_of_change_m(m, b, x_true, y_true, delta, loss_fn)", rate="rate0")),
    ("all_missing_step", "train_all_points", train_all_cell(loop="range(steps - 1)")),
]
