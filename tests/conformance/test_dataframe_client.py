"""The real gradio_client against Dataframe endpoints: a 100,000 x 20 frame round-trips
intact, the wire shape and API info are Gradio's, and bad tables get a clear error."""

from __future__ import annotations

import httpx
import pandas as pd
import pytest
from gradio_client import Client

import podium as gr

ROWS, COLUMNS = 100_000, 20


def big_table() -> dict:
    headers = [f"c{c}" for c in range(COLUMNS)]
    data = [[f"row-{r}" if c == 0 else r * COLUMNS + c + 0.5 for c in range(COLUMNS)] for r in range(ROWS)]
    return {"headers": headers, "data": data, "metadata": None}


@pytest.fixture
def client(serve) -> Client:
    def summarise(frame: pd.DataFrame) -> str:
        return f"{frame.shape[0]}x{frame.shape[1]} last={frame.iloc[-1, -1]}"

    with gr.Blocks() as demo:
        table_in = gr.Dataframe(label="Table in", interactive=True)
        table_out = gr.Dataframe(label="Table out")
        limited = gr.Dataframe(label="Limited", datatype=["str", "number"], row_limits=(None, 2))
        text = gr.Textbox()
        gr.Button().click(lambda frame: frame, table_in, table_out, api_name="echo")
        gr.Button().click(summarise, table_in, text, api_name="summarise")
        gr.Button().click(lambda frame: frame, limited, table_out, api_name="limited")
    return Client(serve(demo), verbose=False)


def test_hundred_thousand_rows_round_trip(client: Client) -> None:
    table = big_table()
    result = client.predict(table, api_name="/echo")
    assert result["headers"] == table["headers"]
    assert len(result["data"]) == ROWS
    assert result["data"][0] == table["data"][0] and result["data"][-1] == table["data"][-1]
    assert result["metadata"] is None
    summary = client.predict(table, api_name="/summarise")
    assert summary == f"{ROWS}x{COLUMNS} last={(ROWS - 1) * COLUMNS + COLUMNS - 1 + 0.5}"


def test_api_info_matches_gradio(client: Client) -> None:
    info = client.view_api(print_info=False, return_format="dict")
    returns = info["named_endpoints"]["/echo"]["returns"][0]
    # As Gradio 6.31 reports a Dataframe (recorded from the reference install).
    assert returns["component"] == "Dataframe"
    assert returns["python_type"]["type"] == "dict(headers: list[Any], data: list[list[Any]], metadata: dict(str, list[Any] | None) | None)"
    assert returns["type"]["required"] == ["headers", "data"] and returns["type"]["title"] == "DataframeData"


def test_bad_tables_are_refused_with_a_reason(client: Client) -> None:
    # Over plain HTTP (what curl users and every client see first): a 422 naming the problem.
    url = client.src.rstrip("/") + "/gradio_api/call/limited"
    refusals = {
        "row 1 has 1 cells but there are 2 headers": {"headers": ["a", "b"], "data": [[1, 2], [3]]},
        "at most 2 rows": {"headers": ["a", "b"], "data": [["x", 1]] * 3},
        "numeric but row 0": {"headers": ["a", "b"], "data": [["x", "many"]]},
        "expected a {'headers', 'data'} object": "a,b",
    }
    for message, table in refusals.items():
        answer = httpx.post(url, json={"data": [table]})
        assert answer.status_code == 422 and message in answer.json()["error"]
    ok = client.predict({"headers": ["a", "b"], "data": [["x", "2"]]}, api_name="/limited")
    assert ok["data"] == [["x", 2]]
