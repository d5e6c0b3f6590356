"""From a map folder to a checked `PartnerMap`: reading each file, checking its fields, then
cross-references, then quotes against the sources (`validate`), the library's entry points
(`load`) and the JSON Schemas for editors (`schema`). Every finding is a `partnermap.problems.Problem`."""
