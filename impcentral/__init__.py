"""Python SDK for Electric Imp impCentral API v5."""
