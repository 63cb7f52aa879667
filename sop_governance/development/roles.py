"""What each SOP role may do with development requests, beyond the steps themselves.

The steps (who submits, discusses, hands over, checks...) are decided by group membership in
`transitions.TRANSITIONS`, not by these permissions: a permission could be given to a
superuser or another group by accident, a step never. These permissions open the admin pages.
"""

VIEW = ("sop_development", "view_developmentrequest")
SUBMIT = ("sop_development", "add_developmentrequest")
COMMENT = ("sop_development", "add_comment")

ROLE_PERMISSIONS = {
    "Operator": (VIEW, COMMENT),
    "Sub Koordinator": (VIEW, SUBMIT, COMMENT),
    "Koordinator": (VIEW, COMMENT),
    "Kepala Dinas": (VIEW, COMMENT),
    "Web Developer": (VIEW, COMMENT),
}
