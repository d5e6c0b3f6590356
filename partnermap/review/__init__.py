"""`partnermap review`: a local page and JSON API for going through a draft map, one decision at a time.

spans.py finds the lines of each record and field in actors.yaml / links.yaml, yamltext.py writes
new values in the file's style, recordfile.py edits a file record by record leaving every other
byte alone, decisions.py turns a curator's decision into new file contents, store.py checks them
with the validator and writes them, server.py serves the page (assets/) and the API.
"""
