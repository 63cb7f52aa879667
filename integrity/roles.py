"""Who sees and resolves integrity alerts (applied after every migrate by ppid_pages.roles).

The Koordinator, who checks everything before it goes online (B5), resolves alerts; the Sub
Koordinator (who coordinates the Web Developer's fixes) and the head of office see them.
"""

VIEW_ALERTS = ("integrity", "view_integrityalert")
RESOLVE_ALERTS = ("integrity", "change_integrityalert")

ROLE_PERMISSIONS = {
    "Sub Koordinator": (VIEW_ALERTS,),
    "Koordinator": (VIEW_ALERTS, RESOLVE_ALERTS),
    "Kepala Dinas": (VIEW_ALERTS,),
}
