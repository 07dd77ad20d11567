"""One module per impCentral resource: argument checks, requests, and the sync and async classes."""
