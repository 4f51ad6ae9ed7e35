"""The bundled sample class of ``make demo``: ``submitted/<student>/aprendizaje/aprendizaje.ipynb``.

Each (fictional) student is the source notebook with the chunks of a few corpus snippets
applied: three fully correct students written in other styles, nine with one to three
typical mistakes. An entry ``"snippet"`` takes all of that snippet's chunks; an entry
``"snippet:F[,G]"`` only the chunks that replace F (and G). Hostile snippets never appear.

Regenerate with ``python -m tests.corpus.sample_class`` (``--out DIR`` to write elsewhere).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Sequence

from tests.corpus.build import PROJECT_ROOT, SOURCE_NOTEBOOK, Snippet, SnippetError, load_all, write_class

SAMPLE_DIR = PROJECT_ROOT / "submitted"

STUDENTS: dict[str, tuple[str, ...]] = {
    "alumno01_garcia": ("correct__line_model__reordered", "correct__losses__methods_and_pow"),
    "alumno02_martinez": ("correct__get_data__randn_column_stack", "correct__train_random__randrange_item",
                          "correct__notebook__extra_cells_and_plots"),
    "alumno03_lopez": ("correct__rate__inlined_without_line_model", "correct__train_all__while_extra_prints",
                       "correct__losses__mean_calls_elementwise"),
    "alumno04_sanchez": ("wrong__get_data_from_a_line__noise_only_y",),
    "alumno05_fernandez": ("wrong__AE_loss__no_abs", "wrong__MSE_loss__rmse"),
    "alumno06_gomez": ("wrong__loss_rate_of_change_m__lesson_sign_slip", "correct__train_random__while_choice_verbose"),
    "alumno07_diaz": ("wrong__train_random_point__always_first_point", "wrong__train_all_points__ignores_loss_fn"),
    "alumno08_moreno": ("wrong__get_data_from_a_line__same_noise_both", "wrong__MAE_loss__uses_sum",
                        "wrong__train_random_point__never_last_point"),
    "alumno09_alvarez": ("wrong__line_model__ignores_b", "correct__get_data__torch_normal_cat"),
    "alumno10_romero": ("wrong__train_random_point__ignores_learning_rate", "wrong__SE_loss__returns_mean"),
    "alumno11_navarro": ("wrong__get_data_from_a_line__manual_seed_inside", "wrong__train_all_points__no_initial_m"),
    "alumno12_torres": ("wrong__loss_rate_of_change_m__ignores_loss_fn", "wrong__train_random_point__minus_update",
                        "wrong__MSE_loss__returns_python_float"),
}
"""Student id -> the corpus entries merged into their notebook."""


def student_snippet(student: str, entries: Sequence[str], corpus: dict[str, Snippet]) -> Snippet:
    """One snippet holding the chosen chunks of every entry (a function replaced once at most)."""
    chunks = []
    lose: set[str] = set()
    why = []
    for entry in entries:
        name, _, only = entry.partition(":")
        if name not in corpus or corpus[name].kind == "hostile":
            raise SnippetError(f"{student}: {name!r} is not a correct or wrong corpus snippet")
        snippet = corpus[name]
        wanted = set(only.split(",")) if only else None
        picked = [c for c in snippet.chunks if wanted is None or c.defines in wanted]
        chunks.extend(picked)
        lose |= snippet.lose & {c.defines for c in picked if c.defines}
        why.append(snippet.why)
    defined = [c.defines for c in chunks if c.defines]
    if len(defined) != len(set(defined)):
        raise SnippetError(f"{student}: two entries replace the same function")
    return Snippet(student, "sample", not lose, frozenset(lose), "; ".join(why), tuple(chunks))


def sample_snippets() -> list[Snippet]:
    corpus = {s.name: s for s in load_all(("correct", "wrong"))}
    return [student_snippet(student, entries, corpus) for student, entries in STUDENTS.items()]


def expected_losses() -> dict[str, frozenset[str]]:
    """Which functions each student should lose points on (empty: full marks)."""
    return {s.name: s.lose for s in sample_snippets()}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.corpus.sample_class", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SAMPLE_DIR, help="class folder (default: submitted/)")
    parser.add_argument("--source", type=Path, default=SOURCE_NOTEBOOK, help="source notebook")
    args = parser.parse_args(argv)
    snippets = sample_snippets()
    paths = write_class(snippets, args.out, source_notebook=args.source)
    for snippet, path in zip(snippets, paths):
        verdict = "todo correcto" if snippet.expect_full else "fallos en " + ", ".join(sorted(snippet.lose))
        print(f"{snippet.name:20s} {verdict}")
    stale = sorted(p.name for p in Path(args.out).iterdir() if p.is_dir() and p.name not in STUDENTS)
    if stale:
        print(f"note: {args.out} also holds {stale}, not in STUDENTS (left as they are)")
    print(f"{len(paths)} notebooks written under {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
