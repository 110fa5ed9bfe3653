"""`gr.mcp`: the MCP (Model Context Protocol) side of a Podium app.

With `launch(mcp_server=True)` every public endpoint is also an MCP tool. These
decorators refine how a function is offered to MCP clients:

    @gr.mcp.tool(name="count_letters")     # rename, describe, add _meta
    @gr.mcp.resource("greeting://{name}")  # offer it as a resource (template)
    @gr.mcp.prompt()                        # offer it as a prompt

They only mark the function; the server (`podium.mcp.server`, which needs the `mcp`
extra) is loaded only by apps that serve MCP.
"""

from podium.mcp.decorators import prompt, resource, tool

__all__ = ["prompt", "resource", "tool"]
