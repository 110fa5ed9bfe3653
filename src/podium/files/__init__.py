"""Every filesystem decision of a served app: the upload cache and what may be served."""
