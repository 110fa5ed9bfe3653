from podium.layouts.column import Column
from podium.layouts.group import Group
from podium.layouts.row import Row

__all__ = ["Column", "Group", "Row"]
