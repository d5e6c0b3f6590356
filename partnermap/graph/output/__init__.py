"""What partnermap makes from a map for people and other tools: deterministic positions
(`layout`), colours and shapes (`style`), export files (`export`) and text reports."""
