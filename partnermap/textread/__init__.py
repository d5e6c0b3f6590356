"""Reading text files safely, for maps and for documents alike: size caps, regular files only,
UTF-8 without NUL, YAML whose every value keeps its line (`yamlread`), and numbered paragraphs
of a source document (`paragraphs`). Problems found are `partnermap.problems.Problem`s."""
