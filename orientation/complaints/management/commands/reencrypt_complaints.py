from django.core.management.base import BaseCommand

from orientation.complaints.services import reencrypt_all


class Command(BaseCommand):
    help = (
        "Re-encrypt every complaint's personal data and attachments under the first key of "
        "DATA_ENCRYPTION_KEYS (after adding a new key in front). Then the old keys can go."
    )

    def handle(self, **options):
        counts = reencrypt_all()
        self.stdout.write(
            f"Re-encrypted {counts['complaints']} complaints, {counts['events']} history "
            f"entries and {counts['attachments']} attachments under the current key."
        )
