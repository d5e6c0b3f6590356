"""From a map folder to a checked `PartnerMap`, in passes that each take records and give problems:
map.yaml (`header`) and its source documents (`sources`), each record of actors.yaml and links.yaml
on its own (`records`, with `field_types` and `fields`), the records against each other
(`references`), the quotes against the sources (`quotes`); `validate.read_map` runs them in order.
`load` holds the library's entry points, `schema` the JSON Schemas for editors. Every finding is a
`partnermap.problems.Problem`, named by a code of `partnermap.problem_codes`."""
