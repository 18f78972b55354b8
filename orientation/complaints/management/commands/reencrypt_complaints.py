from django.core.management.base import BaseCommand

from orientation.complaints.services import reencrypt_all, retire_old_keys


class Command(BaseCommand):
    help = (
        "Re-encrypt every complaint's personal data and attachments under the first key of "
        "DATA_ENCRYPTION_KEYS (after the new key was put first on every host). With "
        "--retire-old, then record the other keys as retired (their fingerprints only): a "
        "host still encrypting with one of them refuses to store anything and fails /healthz "
        "and its start-up check. Then the old keys can go (docs/deployment.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--retire-old",
            action="store_true",
            help="after re-encrypting, record every key but the first as retired",
        )

    def handle(self, retire_old=False, **options):
        counts = reencrypt_all()
        self.stdout.write(
            f"Re-encrypted {counts['complaints']} complaints, {counts['events']} history "
            f"entries and {counts['attachments']} attachments under the current key."
        )
        if retire_old:
            fingerprints = retire_old_keys()
            self.stdout.write(
                f"Recorded {len(fingerprints)} old key(s) as retired: "
                + (", ".join(f[:16] for f in fingerprints) or "none (only one key configured)")
                + "."
            )
