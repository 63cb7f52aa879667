"""Who may do what with the SOP governance records (applied after every migrate by
`ppid_pages.roles`).

The content plan (A1) is drafted by the Sub Koordinator. The Koordinator signs it and the head
of office acknowledges receipt as tasks of the workflow "SOP Daftar Konten" (task groups, not
model permissions). Nobody deletes or publishes a plan directly. Operators see the plan they
carry out; the monthly uploads (A2) and the compliance page are for everyone but the Web
Developer.
"""

VIEW_PLANS = ("sop_governance", "view_contentplan")
ADD_PLANS = ("sop_governance", "add_contentplan")
CHANGE_PLANS = ("sop_governance", "change_contentplan")

ROLE_PERMISSIONS = {
    "Operator": (VIEW_PLANS,),
    "Sub Koordinator": (VIEW_PLANS, ADD_PLANS, CHANGE_PLANS),
    "Koordinator": (VIEW_PLANS,),
    "Kepala Dinas": (VIEW_PLANS,),
}
