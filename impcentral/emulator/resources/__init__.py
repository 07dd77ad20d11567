"""One module per impCentral resource: its routes, its rules and how it renders."""
