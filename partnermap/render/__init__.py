"""The interactive HTML map: network data built with pyvis, a page from partnermap's own template.

`partnermap.render.html.render_html(partner_map)` returns the whole page as a string.
"""
