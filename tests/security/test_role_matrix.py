"""The role matrix: every admin URL pattern x every role (5 SOP roles, superuser, anonymous).

The URL patterns are found by walking Django's resolver under the admin path (admin_urls.py),
so a view added later is checked without being named here. Each pattern is filled with real
objects (a DIP entry in review, its revisions, workflow and task state, a document, an image,
a redirect, one record of each SOP app: approval form, daftar konten, development
request, evaluation report, integrity alert; matrix_objects.py). Every role GETs every
filled URL, then POSTs to it (empty form; each request in a rolled-back transaction). Expectations:

- GET: the roles in the table below are allowed (200, or a redirect to a page they may see);
  every other role is refused (403, 400, sent to the login page, or Wagtail's "no permission"
  redirect) or finds nothing (404/405). A name the table does not list is refused to every
  non-superuser: deny by default, so an unlisted new view fails this test.
- POST: a role not allowed to GET a view is refused its POST too (no action without the
  permission). Superusers are checked for GET only where the table lists them.

Roles: AN anonymous, OP Operator, SK Sub Koordinator, KO Koordinator, KD Kepala Dinas,
WD Web Developer, PL Petugas Layanan Informasi, PP PPID, AP Atasan PPID (the information
service: only the desk enters requests and objections; the three read them), SU superuser.
"-": nobody gets an answer from a plain GET (the view needs a
POST or query parameters; its POST is still refused to every role without access).
The table follows the SOP (README "Roles"): Operator, Sub Koordinator and Koordinator edit
pages, documents and images; Sub Koordinator and Koordinator review in the workflow (this
fixture's page waits at the Sub Koordinator step); Koordinator and Kepala Dinas take content
down; Koordinator publishes serta merta and approves documents; Sub Koordinator, Koordinator
and Kepala Dinas read the records; nobody deletes or moves a live page, superusers included
(take it down first: moderation.publication); nobody but superusers unpublishes through
Wagtail, or manages users, groups, sites, workflows, redirects, collections and schedules.
Choosers, the admin API listings and the move and workflow-cancellation
confirmations list titles: only roles with rights on what they list get them
(security.admin_listings; the Kepala Dinas, the Web Developer and the information-service roles
have no page, document or image rights); a chooser's "create" needs the add permission.
"""

import fnmatch
import json
import os
from collections import Counter

import pytest
from django.test import Client

from .admin_urls import ABSENT, ALLOWED, REFUSED, admin_urls, fill, outcome, request
from .matrix_objects import ROLES, make_role_users, url_values

pytestmark = pytest.mark.django_db

SHORT = {
    "anonymous": "AN",
    "Operator": "OP",
    "Sub Koordinator": "SK",
    "Koordinator": "KO",
    "Kepala Dinas": "KD",
    "Web Developer": "WD",
    "Petugas Layanan Informasi": "PL",
    "PPID": "PP",
    "Atasan PPID": "AP",
    "superuser": "SU",
}

# URL name (fnmatch pattern; the first matching row counts)      roles allowed to GET
EXPECTED = """
approval_records:add                                       -
approval_records:index                                     SK KO KD SU
approval_records:index_results                             SK KO KD SU
approval_records:inspect                                   SK KO KD SU
crontab_schedules:*                                        SU
development_requests:add                                   SK
development_requests:index                                 OP SK KO KD WD SU
development_requests:index_results                         OP SK KO KD WD SU
development_requests:history*                              OP SK KO KD WD SU
development_requests:inspect                               OP SK KO KD WD SU
evaluation_reports:add                                     -
information_requests_admin:add                             PL
information_requests_admin:history*                        PL PP AP SU
information_requests_admin:index                           PL PP AP SU
information_requests_admin:index_results                   PL PP AP SU
information_requests_admin:inspect                         PL PP AP SU
information_requests_admin:register                        PL PP AP SU
objections_admin:add                                       PL
objections_admin:history*                                  PL PP AP SU
objections_admin:index                                     PL PP AP SU
objections_admin:index_results                             PL PP AP SU
objections_admin:inspect                                   PL PP AP SU
objections_admin:register                                  PL PP AP SU
evaluation_reports:index                                   KO KD SU
evaluation_reports:index_results                           KO KD SU
service_reports:add                                        PP SU
service_reports:index*                                     PP KD SU
integrity_alerts:add                                       -
integrity_alerts:index                                     SK KO KD SU
integrity_alerts:index_results                             SK KO KD SU
integrity_alerts:inspect                                   SK KO KD SU
moderation:content_register                                SK KO KD SU
moderation:content_register_file                           SK KO KD SU
moderation:documents_to_approve                            SK KO SU
moderation:document_file                                   SK KO SU
moderation:image_file                                      SK KO SU
moderation:force_publish                                   KO SU
moderation:forced_publications                             SK SU
moderation:live_pages                                      KO KD SU
moderation:review_forced                                   -
moderation:redirects                                       SK KO SU
moderation:site_settings                                   SK KO SU
moderation:reviewed_setting                                SK KO SU
moderation:redirects                                       KO SU
moderation:scan_report                                     SK KO SU
moderation:scan_reports                                    SK KO SU
moderation:takedown                                        KO KD SU
periodic_tasks:*                                           SU
security_2fa_backup_codes                                  OP SK KO KD WD PL PP AP SU
security_2fa_enrol                                         OP SK KO KD WD PL PP AP SU
security_2fa_reset                                         SU
security_2fa_verify                                        OP SK KO KD WD PL PP AP SU
security_lockouts                                          SU
sop_governance:compliance                                  OP SK KO KD WD PL PP AP SU
sop_governance:uploads                                     OP SK KO KD SU
sop_governance_plan_items:add                              -
sop_governance_plan_items:index                            OP SK KO KD SU
sop_governance_plan_items:index_results                    OP SK KO KD SU
sop_governance_plans:add                                   SK
sop_governance_plans:collect_workflow_action_data          SK
sop_governance_plans:confirm_workflow_cancellation         OP SK KO KD WD PL PP AP SU
sop_governance_plans:edit                                  SK
sop_governance_plans:history*                              SK
sop_governance_plans:inspect                               OP SK KO KD SU
sop_governance_plans:usage                                 SK
sop_governance_plans:workflow_action                       SK
sop_governance_plans:workflow_history                      SK
sop_governance_plans:list                                  OP SK KO KD SU
sop_governance_plans:list_results                          OP SK KO KD SU
wagtail_bulk_action                                        -
wagtailadmin_account                                       OP SK KO KD WD PL PP AP SU
wagtailadmin_api:documents:find                            -
wagtailadmin_api:documents:listing                         OP SK KO SU
wagtailadmin_api:images:find                               -
wagtailadmin_api:images:listing                            OP SK KO SU
wagtailadmin_api:pages:find                                -
wagtailadmin_api:pages:listing                             OP SK KO SU
wagtailadmin_block_preview                                 -
wagtailadmin_choose_page                                   OP SK KO SU
wagtailadmin_choose_page_anchor_link                       OP SK KO SU
wagtailadmin_choose_page_child                             OP SK KO SU
wagtailadmin_choose_page_chosen_multiple                   OP SK KO SU
wagtailadmin_choose_page_email_link                        OP SK KO SU
wagtailadmin_choose_page_external_link                     OP SK KO SU
wagtailadmin_choose_page_phone_link                        OP SK KO SU
wagtailadmin_choose_page_search                            OP SK KO SU
wagtailadmin_collections:add                               SU
wagtailadmin_collections:delete                            -
wagtailadmin_collections:edit                              -
wagtailadmin_collections:index                             SU
wagtailadmin_collections:set_privacy                       SU
wagtailadmin_dismissibles                                  OP SK KO KD WD PL PP AP SU
wagtailadmin_editing_sessions:*                            -
wagtailadmin_error_test                                    -
wagtailadmin_explore                                       OP SK KO SU
wagtailadmin_explore_results                               OP SK KO SU
wagtailadmin_explore_root                                  OP SK KO SU
wagtailadmin_home                                          OP SK KO KD WD PL PP AP SU
wagtailadmin_javascript_catalog                            AN OP SK KO KD WD PL PP AP SU
wagtailadmin_login                                         AN OP SK KO KD WD PL PP AP SU
wagtailadmin_pages:add                                     OP SK KO SU
wagtailadmin_pages:add_subpage                             OP SK KO SU
wagtailadmin_pages:choose_parent                           -
wagtailadmin_pages:collect_workflow_action_data            SK SU
wagtailadmin_pages:confirm_workflow_cancellation           OP SK KO SU
wagtailadmin_pages:convert_alias                           -
wagtailadmin_pages:copy                                    OP SK KO SU
wagtailadmin_pages:delete                                  -
wagtailadmin_pages:edit                                    OP SK KO SU
wagtailadmin_pages:history                                 OP SK KO SU
wagtailadmin_pages:history_results                         OP SK KO SU
wagtailadmin_pages:lock                                    -
wagtailadmin_pages:move                                    SU
wagtailadmin_pages:move_confirm                            -
wagtailadmin_pages:preview_on_add                          OP SK KO SU
wagtailadmin_pages:preview_on_edit                         OP SK KO SU
wagtailadmin_pages:revisions_index                         OP SK KO SU
wagtailadmin_pages:revisions_revert                        OP SK KO SU
wagtailadmin_pages:revisions_unschedule                    KO SU
wagtailadmin_pages:revisions_view                          OP SK KO SU
wagtailadmin_pages:search                                  OP SK KO SU
wagtailadmin_pages:search_results                          OP SK KO SU
wagtailadmin_pages:set_page_position                       SU
wagtailadmin_pages:set_privacy                             SU
wagtailadmin_pages:type_use                                OP SK KO SU
wagtailadmin_pages:type_use_results                        OP SK KO SU
wagtailadmin_pages:unlock                                  -
wagtailadmin_pages:unpublish                               SU
wagtailadmin_pages:usage                                   OP SK KO SU
wagtailadmin_pages:view_draft                              OP SK KO SU
wagtailadmin_pages:workflow_action                         SK SU
wagtailadmin_pages:workflow_history                        OP SK KO SU
wagtailadmin_pages:workflow_history_detail                 OP SK KO SU
wagtailadmin_pages:workflow_preview                        -
wagtailadmin_password_reset                                AN OP SK KO KD WD PL PP AP SU
wagtailadmin_password_reset_complete                       AN OP SK KO KD WD PL PP AP SU
wagtailadmin_password_reset_confirm                        AN OP SK KO KD WD PL PP AP SU
wagtailadmin_password_reset_done                           AN OP SK KO KD WD PL PP AP SU
wagtailadmin_reports:aging_pages                           OP SK KO SU
wagtailadmin_reports:aging_pages_results                   OP SK KO SU
wagtailadmin_reports:locked_pages                          SU
wagtailadmin_reports:locked_pages_results                  SU
wagtailadmin_reports:page_types_usage                      OP SK KO SU
wagtailadmin_reports:page_types_usage_results              OP SK KO SU
wagtailadmin_reports:site_history                          OP SK KO KD WD PL PP AP SU
wagtailadmin_reports:site_history_results                  OP SK KO KD WD PL PP AP SU
wagtailadmin_reports:workflow                              OP SK KO SU
wagtailadmin_reports:workflow_results                      OP SK KO SU
wagtailadmin_reports:workflow_tasks                        OP SK KO SU
wagtailadmin_reports:workflow_tasks_results                OP SK KO SU
wagtailadmin_sprite                                        AN OP SK KO KD WD PL PP AP SU
wagtailadmin_tag_autocomplete                              OP SK KO KD WD PL PP AP SU
wagtailadmin_tag_model_autocomplete                        -
wagtailadmin_workflows:add                                 SU
wagtailadmin_workflows:add_task                            -
wagtailadmin_workflows:disable                             SU
wagtailadmin_workflows:disable_task                        SU
wagtailadmin_workflows:edit                                SU
wagtailadmin_workflows:index                               SU
wagtailadmin_workflows:index_results                       SU
wagtailadmin_workflows:remove                              -
wagtailadmin_workflows:select_task_type                    SU
wagtailadmin_workflows:task_chooser                        OP SK KO KD WD PL PP AP SU
wagtailadmin_workflows:task_chooser_create                 OP SK KO KD WD PL PP AP SU
wagtailadmin_workflows:task_chooser_results                OP SK KO KD WD PL PP AP SU
wagtailadmin_workflows:task_chosen                         OP SK KO KD WD PL PP AP SU
wagtailadmin_workflows:task_index                          SU
wagtailadmin_workflows:task_index_results                  SU
wagtailadmin_workflows:usage                               SU
wagtailadmin_workflows:usage_results                       SU
wagtaildocs:add                                            OP SK KO SU
wagtaildocs:add_multiple                                   OP SK KO SU
wagtaildocs:create_multiple_from_uploaded_document         -
wagtaildocs:delete                                         OP SK KO SU
wagtaildocs:delete_multiple                                -
wagtaildocs:delete_upload_multiple                         -
wagtaildocs:document_usage                                 OP SK KO SU
wagtaildocs:edit                                           OP SK KO SU
wagtaildocs:edit_multiple                                  -
wagtaildocs:index                                          OP SK KO SU
wagtaildocs:index_results                                  OP SK KO SU
wagtaildocs_chooser:choose                                 OP SK KO SU
wagtaildocs_chooser:choose_results                         OP SK KO SU
wagtaildocs_chooser:chosen_multiple                        OP SK KO SU
wagtaildocs_chooser:create                                 OP SK KO SU
wagtailimages:add                                          OP SK KO SU
wagtailimages:add_multiple                                 OP SK KO SU
wagtailimages:create_multiple_from_uploaded_image          -
wagtailimages:delete                                       OP SK KO SU
wagtailimages:delete_multiple                              -
wagtailimages:delete_upload_multiple                       -
wagtailimages:edit                                         OP SK KO SU
wagtailimages:edit_multiple                                -
wagtailimages:image_usage                                  OP SK KO SU
wagtailimages:index                                        OP SK KO SU
wagtailimages:index_results                                OP SK KO SU
wagtailimages:preview                                      OP SK KO SU
wagtailimages:url_generator                                -
wagtailimages:url_generator_output                         -
wagtailimages_chooser:choose                               OP SK KO SU
wagtailimages_chooser:choose_results                       OP SK KO SU
wagtailimages_chooser:chosen                               OP SK KO SU
wagtailimages_chooser:chosen_multiple                      OP SK KO SU
wagtailimages_chooser:create                               OP SK KO SU
wagtailimages_chooser:select_format                        OP SK KO SU
wagtailredirects:add                                       SU
wagtailredirects:delete                                    SU
wagtailredirects:edit                                      SU
wagtailredirects:index                                     SU
wagtailredirects:index_results                             SU
wagtailredirects:process_import                            -
wagtailredirects:start_import                              SU
wagtailsettings:edit                                       -
wagtailsites:*                                             SU
wagtailsnippets:index                                      OP SK KO PP SU
wagtailsnippets_information_requests_standardtext:delete   SU
wagtailsnippets_information_requests_standardtext:*        OP SK KO PP SU
wagtailsnippetchoosers_information_requests_standardtext:create -
wagtailsnippetchoosers_information_requests_standardtext:* OP SK KO PP SU
wagtailsnippets_ppid_pages_informationunit:*               SU
wagtailsnippets_ppid_pages_soprole:*                       SU
wagtailusers_groups:*                                      SU
wagtailusers_users:*                                       SU
wagtailsnippetchoosers_sop_governance_contentplan:choose*  OP SK KO KD SU
wagtailsnippetchoosers_sop_governance_contentplan:chosen*  OP SK KO KD SU
wagtailsnippetchoosers_*:choose*                           OP SK KO SU
wagtailsnippetchoosers_*:chosen*                           OP SK KO SU
wagtailsnippetchoosers_sop_governance_contentplan:create   SK SU
wagtailsnippetchoosers_*:create                            SU
"""

# POST-only views (their GET row is "-"): the roles whose POST is accepted. Editing sessions
# are the user's own (Wagtail deletes only the requester's); a reviewer of the current task may
# lock the page under review (Wagtail's workflow lock); the multiple-upload forms edit or
# delete what the editors may edit.
POST_EXPECTED = """
wagtailadmin_editing_sessions:release                      OP SK KO KD WD PL PP AP SU
wagtailadmin_pages:lock                                    SK SU
wagtaildocs:delete_multiple                                OP SK KO SU
wagtaildocs:edit_multiple                                  OP SK KO SU
wagtailimages:delete_multiple                              OP SK KO SU
wagtailimages:edit_multiple                                OP SK KO SU
"""

# Views whose GET is not an access question for this matrix.
NOT_REQUESTED = {
    # GET answers 405 but Wagtail drops the session cookie (logout is POST-only; see the CSRF
    # suite); requesting it would end the session of the role under test.
    "wagtailadmin_logout",
}
# Wagtail's own "test the error page" view raises on purpose for admin users.
RAISES_ON_PURPOSE = {"wagtailadmin_error_test"}


def expectations(table: str = EXPECTED) -> list[tuple[str, set[str]]]:
    rows = []
    for line in table.strip().splitlines():
        name, *roles = line.split()
        rows.append((name, set() if roles == ["-"] else set(roles)))
    return rows


def allowed_roles(name: str, rows) -> set[str] | None:
    for pattern, roles in rows:
        if fnmatch.fnmatchcase(name, pattern):
            return roles
    return None  # not listed: deny by default


def clients(users) -> dict[str, Client]:
    result = {}
    for role in ROLES:
        client = Client()
        if role != "anonymous":
            client.force_login(users[role])  # a verified session (tests/conftest.py)
        result[role] = client
    return result


def result_of(response, client) -> str:
    if isinstance(response, Exception):
        return f"error: {type(response).__name__}: {response}"
    return outcome(response, client)


def test_every_admin_view_for_every_role():
    users = make_role_users()
    values = url_values(users["Operator"])
    rows = expectations()
    post_rows = expectations(POST_EXPECTED)
    sessions = clients(users)
    problems = []
    counts = Counter()
    unfilled = []
    for url in admin_urls():
        if url.name in NOT_REQUESTED:
            continue
        path = fill(url, values)
        if path is None:
            unfilled.append(url.name)
            continue
        listed = allowed_roles(url.name, rows)
        counts["views"] += 1
        for role in ROLES:
            code = SHORT[role]
            client = sessions[role]
            got = result_of(request(client, "get", path), client)
            counts["get"] += 1
            if url.name in RAISES_ON_PURPOSE and got.startswith("error"):
                continue
            may = listed is not None and code in listed
            if got.startswith("error"):
                problems.append(f"GET {path} ({url.name}) as {code}: {got}")
            elif may and got != ALLOWED:
                problems.append(f"GET {path} ({url.name}) as {code}: {got}, expected allowed")
            elif not may and got == ALLOWED and (listed is not None or code != "SU"):
                problems.append(f"GET {path} ({url.name}) as {code}: allowed, expected refused")
            if may or code == "SU" or code in (allowed_roles(url.name, post_rows) or ()):
                continue
            posted = result_of(request(client, "post", path), client)
            counts["post"] += 1
            if posted not in (REFUSED, ABSENT) and url.name not in RAISES_ON_PURPOSE:
                problems.append(f"POST {path} ({url.name}) as {code}: {posted}, expected refused")
    report = {
        "views": counts["views"],
        "roles": len(ROLES),
        "get_requests": counts["get"],
        "post_requests": counts["post"],
        "url_patterns_without_objects": len(unfilled),
    }
    print("role matrix:", json.dumps(report))
    if os.environ.get("ROLE_MATRIX_REPORT"):
        with open(os.environ["ROLE_MATRIX_REPORT"], "w") as handle:
            json.dump({**report, "unfilled": unfilled, "problems": problems}, handle, indent=1)
    assert counts["views"] > 150, "the walk lost the admin's URL patterns"
    assert not problems, "\n".join(problems)
