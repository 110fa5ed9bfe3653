"""Podium's test kit for app authors: drive an app headlessly, through its real queue.

    from podium.testing import AppTest

    with AppTest(demo) as app:
        app.set_value(name, "Ada")
        app.click(greet_button)
        assert app.value(greeting) == "Hello Ada!"
"""

from podium.testing.app_test import AppTest, Toast

__all__ = ["AppTest", "Toast"]
