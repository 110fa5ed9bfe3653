"""A 100,000 x 20 table, for the Dataframe figures: a button whose listener returns the
same pandas DataFrame under both frameworks (built once at start-up, so the figures
measure the framework rather than pandas). Column 0 reads "row-<n>", so the page can
tell when the first and the last rows are on screen; the others mix integers, floats
and short text."""

from __future__ import annotations

import numpy as np
import pandas as pd
from _framework import gr, launch

ROWS, COLUMNS = 100_000, 20


def build_frame() -> pd.DataFrame:
    rng = np.random.default_rng(7)
    columns: dict[str, object] = {"id": [f"row-{i}" for i in range(ROWS)]}
    words = np.array(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"])
    for c in range(1, COLUMNS):
        if c % 3 == 0:
            columns[f"text_{c}"] = words[rng.integers(0, len(words), ROWS)]
        elif c % 3 == 1:
            columns[f"int_{c}"] = rng.integers(0, 1_000_000, ROWS)
        else:
            columns[f"float_{c}"] = np.round(rng.random(ROWS) * 1000, 3)
    return pd.DataFrame(columns)


FRAME = build_frame()

with gr.Blocks() as demo:
    button = gr.Button("Load table")
    table = gr.Dataframe(label="Table", interactive=False, max_height=500)
    button.click(lambda: FRAME, None, table, api_name="table")

if __name__ == "__main__":
    launch(demo)
