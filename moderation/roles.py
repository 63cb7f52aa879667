"""Permissions the moderation app gives roles (applied after every migrate by ppid_pages.roles).

The office allow-list of the privacy scanner decides what the scanner never reports: only the
Koordinator, who answers for the last check before publication (SOP B5), edits it. The same
Koordinator approves the public site settings (office, contacts, service hours) after the scan,
as the second person after whoever edited them (moderation.site_settings). A change to the
allow-list takes effect once a second person approves it: the Sub Koordinator or another
Koordinator (moderation.reviewed_settings).
"""

ROLE_PERMISSIONS = {
    "Koordinator": (
        ("moderation", "change_privacyallowlistsettings"),
        ("moderation", "approve_site_settings"),
        ("moderation", "approve_allow_list"),
    ),
    # The second person for the Koordinator's allow-list changes (moderation.reviewed_settings).
    # The Sub Koordinator is the first of the two people who release public settings
    # (moderation.two_people), as they are the first reviewer of a page.
    "Sub Koordinator": (
        ("moderation", "approve_allow_list"),
        ("moderation", "approve_site_settings"),
    ),
}
