"""What a map is: its records (`records`), the controlled vocabularies (`vocab`) and the table of
fields each file accepts (`spec`). This layer reads no map and imports nothing that consumes it."""
