"""Number, Slider and Checkbox."""

from __future__ import annotations

import pytest

import podium as gr


class TestNumber:
    def test_preprocess_without_precision_keeps_the_number_as_sent(self) -> None:
        number = gr.Number()
        assert number.preprocess(3.7) == 3.7
        result = number.preprocess(3)
        assert result == 3 and isinstance(result, int)
        assert number.preprocess(None) is None

    def test_precision_zero_rounds_to_int(self) -> None:
        number = gr.Number(precision=0)
        result = number.preprocess(2.6)
        assert result == 3 and isinstance(result, int)
        assert number.preprocess(3.5) == 4
        # Python (and Gradio) round half to even.
        assert number.preprocess(2.5) == 2

    def test_precision_rounds_decimals(self) -> None:
        assert gr.Number(precision=1).preprocess(3.756) == 3.8
        assert gr.Number(precision=2).postprocess(1.23456) == 1.23

    def test_postprocess_rounds_and_passes_none(self) -> None:
        assert gr.Number(precision=0).postprocess(2.6) == 3
        assert gr.Number().postprocess(3) == 3
        assert gr.Number().postprocess(None) is None

    def test_below_minimum_raises_podium_error(self) -> None:
        with pytest.raises(gr.Error, match="less than minimum value 0"):
            gr.Number(minimum=0).preprocess(-1)

    def test_above_maximum_raises_podium_error(self) -> None:
        with pytest.raises(gr.Error, match="greater than maximum value 10"):
            gr.Number(maximum=10).preprocess(11)

    def test_bounds_are_inclusive(self) -> None:
        number = gr.Number(minimum=0, maximum=10)
        assert number.preprocess(0) == 0
        assert number.preprocess(10) == 10

    def test_check_payload_wants_a_number(self) -> None:
        number = gr.Number()
        number.check_payload(1)
        number.check_payload(1.5)
        number.check_payload(None)
        for bad in ("1", True, [1]):
            with pytest.raises(ValueError, match="expected a number"):
                number.check_payload(bad)

    def test_api_info_and_example(self) -> None:
        assert gr.Number().api_info() == {"type": "number"}
        assert gr.Number().example_payload() == 3
        assert gr.Number(minimum=5).example_payload() == 5

    def test_config(self) -> None:
        props = gr.Number(4.26, precision=1, minimum=0, maximum=10).get_config()["props"]
        assert props["value"] == 4.3
        assert props["precision"] == 1
        assert props["minimum"] == 0
        assert props["maximum"] == 10
        assert props["step"] == 1
        assert props["buttons"] == []
        assert gr.Number().get_config()["props"]["value"] is None


class TestSlider:
    def test_default_value_is_minimum(self) -> None:
        assert gr.Slider().get_config()["props"]["value"] == 0
        assert gr.Slider(2, 10).get_config()["props"]["value"] == 2
        assert gr.Slider(2, 10, value=5).get_config()["props"]["value"] == 5

    @pytest.mark.parametrize(
        ("minimum", "maximum", "step"),
        [(0, 100, 1), (0, 10, 0.1), (0, 1, 0.01), (0.5, 20.5, 0.1), (0, 1000, 10), (-5, 5, 0.1), (0, 0.5, 0.001)],
    )
    def test_default_step_matches_gradio(self, minimum: float, maximum: float, step: float) -> None:
        assert gr.Slider(minimum, maximum).step == pytest.approx(step)

    def test_explicit_step_is_kept(self) -> None:
        assert gr.Slider(0, 10, step=2).get_config()["props"]["step"] == 2

    def test_preprocess_within_range(self) -> None:
        assert gr.Slider(0, 10).preprocess(5) == 5
        assert gr.Slider(0, 10).preprocess(0) == 0
        assert gr.Slider(0, 10).preprocess(10) == 10
        assert gr.Slider(0, 10).preprocess(None) is None

    @pytest.mark.parametrize("payload", [-1, 11, 10.01])
    def test_preprocess_out_of_range_raises_podium_error(self, payload: float) -> None:
        with pytest.raises(gr.Error):
            gr.Slider(0, 10).preprocess(payload)

    def test_precision_rounds_input(self) -> None:
        assert gr.Slider(0, 10, precision=0).preprocess(3.6) == 4

    def test_postprocess_none_is_minimum(self) -> None:
        assert gr.Slider(2, 10).postprocess(None) == 2
        assert gr.Slider(2, 10).postprocess(7) == 7

    def test_minimum_above_maximum_is_rejected(self) -> None:
        with pytest.raises(ValueError, match="minimum"):
            gr.Slider(10, 0)

    def test_randomize_picks_a_value_on_the_grid(self) -> None:
        slider = gr.Slider(0, 10, step=2, randomize=True)
        for _ in range(20):
            value = slider.get_config()["props"]["value"]
            assert value in (0, 2, 4, 6, 8, 10)

    def test_check_payload(self) -> None:
        slider = gr.Slider()
        slider.check_payload(3)
        slider.check_payload(None)
        with pytest.raises(ValueError, match="expected a number"):
            slider.check_payload("3")

    def test_api_info_and_example(self) -> None:
        slider = gr.Slider(2, 10)
        assert slider.api_info() == {"type": "number", "description": "numeric value between 2 and 10"}
        assert slider.example_payload() == 2

    def test_config_props(self) -> None:
        props = gr.Slider(0, 50, label="Size").get_config()["props"]
        assert props["minimum"] == 0
        assert props["maximum"] == 50
        assert props["label"] == "Size"
        assert props["show_reset_button"] is True


class TestCheckbox:
    def test_pre_and_postprocess(self) -> None:
        box = gr.Checkbox()
        assert box.preprocess(True) is True
        assert box.preprocess(False) is False
        assert box.preprocess(None) is None
        assert box.postprocess(1) is True
        assert box.postprocess("") is False
        assert box.postprocess(None) is None

    def test_check_payload_wants_a_boolean(self) -> None:
        box = gr.Checkbox()
        box.check_payload(True)
        box.check_payload(None)
        for bad in (1, "true", [True]):
            with pytest.raises(ValueError, match="true or false"):
                box.check_payload(bad)

    def test_api_info_example_and_default_value(self) -> None:
        box = gr.Checkbox()
        assert box.api_info() == {"type": "boolean"}
        assert box.example_payload() is True
        assert box.get_config()["props"]["value"] is False
        assert gr.Checkbox(True, label="Agree").get_config()["props"]["label"] == "Agree"
