from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import audit


@hooks.register("register_log_actions")
def register_account_log_actions(actions) -> None:
    actions.register_action(audit.LOGIN, _("Log in"), _("Logged in"))
    actions.register_action(audit.LOGIN_FAILED, _("Failed login"), _("Failed login"))
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


@hooks.register("register_admin_urls")
def register_lockout_urls():
    from django.urls import path

    from .lockout import unlock_view

    return [path("keamanan/penguncian/", unlock_view, name="security_lockouts")]


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return request.user.is_superuser


@hooks.register("register_settings_menu_item")
def register_lockout_menu_item():
    return SuperuserMenuItem(
        _("Locked logins"), reverse("security_lockouts"), icon_name="lock", order=900
    )
