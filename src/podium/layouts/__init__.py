from podium.layouts.accordion import Accordion
from podium.layouts.column import Column
from podium.layouts.group import Group
from podium.layouts.row import Row
from podium.layouts.tabs import Tab, TabItem, Tabs

__all__ = ["Accordion", "Column", "Group", "Row", "Tab", "TabItem", "Tabs"]
