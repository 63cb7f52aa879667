from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import audit, role_grants, seals


@hooks.register("register_log_actions")
def register_account_log_actions(actions) -> None:
    actions.register_action(audit.LOGIN, _("Log in"), _("Logged in"))
    actions.register_action(audit.LOGIN_FAILED, _("Failed login"), _("Failed login"))
    actions.register_action(
        seals.SEAL_MISMATCH,
        _("Account changed outside the application"),
        _("Refused: the account does not match its seal"),
    )
    actions.register_action(seals.RESEALED, _("Account resealed"), _("Resealed the account"))
    actions.register_action(
        seals.ROLES_MISMATCH,
        _("Roles changed outside the application"),
        _("Refused: the role configuration does not match its seal"),
    )
    actions.register_action(
        seals.ROLES_RESEALED, _("Roles resealed"), _("Resealed the role configuration")
    )
    actions.register_action(
        role_grants.GRANT_HELD,
        _("Role held for confirmation"),
        _("Gave a reviewing role, held until a second person confirms it"),
    )
    actions.register_action(
        role_grants.GRANT_CONFIRMED, _("Role confirmed"), _("Confirmed a reviewing role")
    )
    actions.register_action(audit.LOGOUT, _("Log out"), _("Logged out"))
    actions.register_action(audit.PASSWORD_CHANGE, _("Change password"), _("Changed password"))
    actions.register_action(audit.LOCKOUT, _("Lockout"), _("Locked out"))
    actions.register_action(audit.UNLOCK, _("Unlock login"), _("Unlocked login"))
    actions.register_action(audit.GROUPS_CHANGED, _("Change groups"), _("Changed groups"))
    actions.register_action(
        audit.USER_PERMISSIONS_CHANGED, _("Change permissions"), _("Changed permissions")
    )
    actions.register_action(
        audit.GROUP_PERMISSIONS_CHANGED,
        _("Change group permissions"),
        _("Changed group permissions"),
    )
    actions.register_action(
        audit.TWO_FACTOR_ENROLLED, _("Set up two-factor"), _("Set up two-factor authentication")
    )
    actions.register_action(
        audit.TWO_FACTOR_VERIFIED, _("Two-factor verified"), _("Verified the second factor")
    )
    actions.register_action(
        audit.TWO_FACTOR_FAILED, _("Wrong two-factor code"), _("Entered a wrong two-factor code")
    )
    actions.register_action(
        audit.BACKUP_CODE_USED, _("Used a backup code"), _("Used a backup code")
    )
    actions.register_action(
        audit.BACKUP_CODES_RENEWED, _("New backup codes"), _("Made new backup codes")
    )
    actions.register_action(
        audit.TWO_FACTOR_RESET, _("Reset two-factor"), _("Reset two-factor authentication")
    )
    actions.register_action(
        "ppid.approval.after_reset",
        _("Approval after an account reset"),
        _("Approval by an account whose password or two-factor another person reset recently"),
    )


@hooks.register("register_admin_urls")
def register_lockout_urls():
    from django.urls import path

    from . import twofactor_views
    from .lockout import unlock_view

    return [
        path("keamanan/penguncian/", unlock_view, name="security_lockouts"),
        path("keamanan/peran/", role_grants.grants_view, name="security_role_grants"),
        path("keamanan/2fa/verifikasi/", twofactor_views.verify, name="security_2fa_verify"),
        path("keamanan/2fa/pendaftaran/", twofactor_views.enrol, name="security_2fa_enrol"),
        path(
            "keamanan/2fa/kode-cadangan/",
            twofactor_views.backup_codes,
            name="security_2fa_backup_codes",
        ),
        path(
            "keamanan/2fa/reset/<int:user_id>/",
            twofactor_views.reset,
            name="security_2fa_reset",
        ),
    ]


@hooks.register("register_account_menu_item")
def backup_codes_account_item(request):
    return {
        "url": reverse("security_2fa_backup_codes"),
        "label": _("Backup codes"),
        "help_text": _("See how many backup codes are left, or make new ones."),
    }


@hooks.register("register_user_listing_buttons")
def reset_two_factor_button(user, request_user):
    from wagtail.admin.widgets.button import Button

    if not request_user.is_superuser:
        return []
    return [
        Button(
            _("Reset two-factor"),
            reverse("security_2fa_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
    ]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return SuperuserMenuItem(
        _("Locked logins"), reverse("security_lockouts"), icon_name="lock", order=900
    )


class UserManagerMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.has_perm("auth.change_user")


@hooks.register("register_settings_menu_item")
def register_role_grants_menu_item():
    return UserManagerMenuItem(
        _("Roles to confirm"), reverse("security_role_grants"), icon_name="group", order=901
    )
