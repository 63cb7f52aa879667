"""Who may open the annual report in the admin (the steps themselves are decided by group in
transitions.TRANSITIONS): the PPID drafts it, the head of office reads and signs it."""

ROLE_PERMISSIONS = {
    "PPID": (
        ("service_reports", "add_annualservicereport"),
        ("service_reports", "change_annualservicereport"),
        ("service_reports", "view_annualservicereport"),
    ),
    "Kepala Dinas": (
        ("service_reports", "view_annualservicereport"),
        ("service_reports", "sign_annualservicereport"),
    ),
}
