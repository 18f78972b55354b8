import os

from django.conf import settings
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from orientation.complaints.officers import set_officer_role
from orientation.destinations.models import Destination


class Command(BaseCommand):
    help = (
        "Create or update a complaint officer for the given destinations. A new officer's "
        "password comes from OFFICER_PASSWORD if set (checked by the password validators); "
        "otherwise a set-password link is printed. An existing officer's password is never "
        "changed unless --reset-password is given. --supervisor also makes them a complaint "
        "supervisor (every destination; --destination is then optional); a supervisor is made "
        "an officer only in the admin's officer screen. First and last name are needed once "
        "(the admin's user and account forms require them). Officers set up two-step "
        "verification at their first sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument(
            "--destination", action="append", default=[], dest="destinations", metavar="SLUG"
        )
        parser.add_argument("--first-name", default=None)
        parser.add_argument("--last-name", default=None)
        parser.add_argument(
            "--supervisor",
            action="store_true",
            help="Also a complaint supervisor: sees and is told of every destination's cases.",
        )
        parser.add_argument(
            "--reset-password",
            action="store_true",
            help="Also replace an existing officer's password (OFFICER_PASSWORD, or a link).",
        )

    def handle(self, username, email, destinations, **options):
        if not destinations and not options["supervisor"]:
            raise CommandError("Give at least one --destination (or --supervisor).")
        found = {d.slug: d for d in Destination.objects.filter(slug__in=destinations)}
        unknown = sorted(set(destinations) - set(found))
        if unknown:
            known = ", ".join(Destination.objects.values_list("slug", flat=True))
            raise CommandError(f"Unknown destination(s): {', '.join(unknown)}. Known: {known}")
        User = get_user_model()
        password = os.environ.get("OFFICER_PASSWORD", "")
        with transaction.atomic():
            user = User.objects.filter(username=username).first()
            created = user is None
            if created:
                user = User(username=username)
            user.email = email
            user.is_active = True
            if options["first_name"] is not None:
                user.first_name = options["first_name"]
            if options["last_name"] is not None:
                user.last_name = options["last_name"]
            if not (user.first_name.strip() and user.last_name.strip()):
                # Wagtail's user form and the officer's own account page refuse to save a
                # user without both names: never leave such an account behind.
                raise CommandError(
                    f"{username} has no first or last name: give --first-name and --last-name."
                )
            change_password = created or options["reset_password"]
            if change_password and password:
                try:
                    # The same validators as every other staff account (settings).
                    password_validation.validate_password(password, user)
                except ValidationError as error:
                    raise CommandError(
                        "OFFICER_PASSWORD is refused: " + " ".join(error.messages)
                    ) from None
                user.set_password(password)
            elif created:
                user.set_unusable_password()
            user.save()
            set_officer_role(
                user,
                destinations=found.values(),
                supervisor=options["supervisor"] or None,
                active=True,
            )
        verb = "Created" if created else "Updated"
        role = "complaint supervisor" if options["supervisor"] else "complaint officer"
        self.stdout.write(
            f"{verb} {role} {username} for: {', '.join(sorted(found)) or 'every destination'}"
        )
        if change_password and password:
            self.stdout.write("Password set from OFFICER_PASSWORD.")
        elif change_password:
            link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
                "wagtailadmin_password_reset_confirm",
                kwargs={
                    "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                    "token": default_token_generator.make_token(user),
                },
            )
            self.stdout.write(f"Set-password link (give it to the officer privately): {link}")
        else:
            self.stdout.write("Password unchanged (use --reset-password to replace it).")
