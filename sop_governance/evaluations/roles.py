"""Who reads and signs the evaluations (applied to the role groups after every migrate).

C2: the head of office (Kepala Dinas / Lurah) evaluates the Koordinator monthly and signs.
C1: the Koordinator evaluates every activity each half-year, signs, and reports to the head of
office. Both read both reports; nobody else does.
"""

VIEW = ("sop_evaluations", "view_evaluationreport")

ROLE_PERMISSIONS = {
    "Koordinator": (VIEW, ("sop_evaluations", "sign_semiannual_evaluation")),
    "Kepala Dinas": (VIEW, ("sop_evaluations", "sign_monthly_evaluation")),
}
