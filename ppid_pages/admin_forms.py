from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class PPIDLoginForm(LoginForm):
    """Wagtail's login form, with a translatable label for the password field."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
