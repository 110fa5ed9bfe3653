__version__ = "0.1.0"

# The Gradio release whose wire protocol this Podium version speaks.
GRADIO_PROTOCOL_VERSION = "6.31.0"
