import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from orientation.complaints.models import OfficerProfile
from orientation.complaints.selectors import OFFICER_GROUP
from orientation.destinations.models import Destination


class Command(BaseCommand):
    help = (
        "Create or update a complaint officer for the given destinations. The password comes "
        "from OFFICER_PASSWORD if set; otherwise a set-password link is printed."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("email")
        parser.add_argument(
            "--destination", action="append", required=True, dest="destinations", metavar="SLUG"
        )

    def handle(self, username, email, destinations, **options):
        found = {d.slug: d for d in Destination.objects.filter(slug__in=destinations)}
        unknown = sorted(set(destinations) - set(found))
        if unknown:
            known = ", ".join(Destination.objects.values_list("slug", flat=True))
            raise CommandError(f"Unknown destination(s): {', '.join(unknown)}. Known: {known}")
        User = get_user_model()
        with transaction.atomic():
            user, created = User.objects.get_or_create(username=username, defaults={"email": email})
            user.email = email
            user.is_active = True
            password = os.environ.get("OFFICER_PASSWORD", "")
            if password:
                user.set_password(password)
            elif created:
                user.set_unusable_password()
            user.save()
            user.groups.add(Group.objects.get(name=OFFICER_GROUP))
            profile, _ = OfficerProfile.objects.get_or_create(user=user)
            profile.destinations.set(found.values())
        verb = "Created" if created else "Updated"
        self.stdout.write(f"{verb} complaint officer {username} for: {', '.join(sorted(found))}")
        if not password:
            link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
                "wagtailadmin_password_reset_confirm",
                kwargs={
                    "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                    "token": default_token_generator.make_token(user),
                },
            )
            self.stdout.write(f"Set-password link (give it to the officer privately): {link}")
