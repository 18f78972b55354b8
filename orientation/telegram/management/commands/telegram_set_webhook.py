"""Tell Telegram where to deliver the bot's updates: PUBLIC_BASE_URL/telegram/webhook/, with
TELEGRAM_WEBHOOK_SECRET, which Telegram then sends with every update."""

import asyncio

from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from orientation.core.links import public_url
from orientation.telegram import conf
from orientation.telegram.sender import new_bot


class Command(BaseCommand):
    help = "Register the bot's webhook with Telegram (docs/telegram.md)."

    def add_arguments(self, parser):
        parser.add_argument("--url", help="Another address than PUBLIC_BASE_URL's webhook.")
        parser.add_argument("--delete", action="store_true", help="Stop the webhook.")

    def handle(self, *args, url=None, delete=False, **options):
        if not conf.enabled():
            raise CommandError("TELEGRAM_BOT_TOKEN is not set: the bot is off.")
        if not delete and not conf.webhook_secret():
            raise CommandError("Set TELEGRAM_WEBHOOK_SECRET first (letters, digits, _ and -).")
        address = url or public_url(reverse("telegram:webhook"))
        asyncio.run(self.register(address, delete))
        self.stdout.write("Webhook removed." if delete else f"Webhook set: {address}")

    async def register(self, address, delete):
        async with new_bot() as bot:
            if delete:
                await bot.delete_webhook()
            else:
                await bot.set_webhook(
                    url=address,
                    secret_token=conf.webhook_secret(),
                    allowed_updates=["message", "callback_query"],
                )
