# expect: lose AE_loss
# why: AE_loss prints and raises text with lone surrogates ('\ud800'), which UTF-8 cannot encode; a cell prints one too: the result file must still be written
# %%
print("celda con texto imposible: \ud800")
# %%
def AE_loss(y_pred, y_true):
    print("sustituto suelto \ud800")
    raise ValueError("mensaje imposible \udcff")
