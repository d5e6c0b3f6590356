"""Reading text files safely, for maps and for documents alike: regular files only, a size cap,
UTF-8 without NUL (`textfile`), YAML whose every value keeps its line (`yamlread`, with
`linedvalues` for those values, `scalars` for what a plain word means, and `yamlquick` for the
plain layout large record files use), and numbered paragraphs of a source document
(`paragraphs`). Problems found are `partnermap.problems.Problem`s."""
