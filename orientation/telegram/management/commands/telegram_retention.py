"""Daily (cron, docs/deployment.md): erase chats silent for TELEGRAM_CHAT_RETENTION_DAYS,
forget processed update ids after a week and link tokens after a day."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from orientation.telegram.models import ComplaintLink, ProcessedUpdate, TelegramChat


class Command(BaseCommand):
    help = "Erase old Telegram chats, update ids and link tokens."

    def handle(self, *args, **options):
        now = timezone.now()
        silent = now - timedelta(days=settings.TELEGRAM_CHAT_RETENTION_DAYS)
        chats, _ = TelegramChat.objects.filter(last_seen_at__lt=silent).delete()
        updates, _ = ProcessedUpdate.objects.filter(
            received_at__lt=now - timedelta(days=7)
        ).delete()
        links, _ = ComplaintLink.objects.filter(created_at__lt=now - timedelta(days=1)).delete()
        self.stdout.write(f"Erased {chats} chat rows, {updates} update ids, {links} link tokens.")
