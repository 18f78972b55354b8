from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from orientation.staff.rules import requires_second_factor
from orientation.staff.second_factor import remove_second_factor


class Command(BaseCommand):
    help = (
        "Removes a staff member's authenticator app (lost or replaced phone). At their next "
        "sign-in they set up a new one; officers and supervisors cannot reach the admin "
        "until they do. Check who is asking before running it."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(username=username)
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        removed = remove_second_factor(user)
        if not removed:
            self.stdout.write(f"{username} had no authenticator app; nothing to reset.")
            return
        then = (
            "must set up a new authenticator app at the next sign-in"
            if requires_second_factor(user)
            else "signs in with the password alone until they set up a new app"
        )
        self.stdout.write(f"Reset two-step verification for {username}: they {then}.")
