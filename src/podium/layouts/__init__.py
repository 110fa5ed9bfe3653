from podium.layouts.accordion import Accordion
from podium.layouts.column import Column
from podium.layouts.group import Group
from podium.layouts.row import Row
from podium.layouts.sidebar import Sidebar
from podium.layouts.tabs import Tab, TabItem, Tabs
from podium.layouts.walkthrough import Step, Walkthrough

__all__ = ["Accordion", "Column", "Group", "Row", "Sidebar", "Step", "Tab", "TabItem", "Tabs", "Walkthrough"]
