import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Dev only: makes an 'admin' superuser with a generated password, printed once."
    # Printed last by `make run`, where the account must not be buried under check output.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="the portal's address")

    def handle(self, *args, url="http://127.0.0.1:8000/", **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin is for local development only (DEBUG on).")
        User = get_user_model()
        admin_url = url.rstrip("/") + "/admin/"
        lines = ["", "=" * 72, f"  The portal is ready:  {url}", f"  Admin:  {admin_url}"]
        if User.objects.filter(username="admin").exists():
            lines.append("  Account 'admin' exists (forgot its password? changepassword admin)")
        else:
            password = secrets.token_urlsafe(12)
            User.objects.create_superuser(
                "admin", "admin@localhost", password, first_name="Dev", last_name="Admin"
            )
            lines += [
                f"  Username: admin    Password: {password}",
                "  (shown once; at first sign-in you set up two-step verification)",
            ]
        lines += ["  Stop with Ctrl+C.", "=" * 72, ""]
        self.stdout.write(self.style.WARNING("\n".join(lines)))
