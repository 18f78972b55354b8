from django import template

from orientation.telegram import conf
from orientation.telegram.complaint_updates import deep_link

register = template.Library()


@register.inclusion_tag("complaints/includes/telegram_updates.html")
def telegram_updates_offer(reference):
    """On the receipt and the tracking page: "Get updates on Telegram", a one-time link for
    this complaint. Nothing when the bot is off."""
    from orientation.complaints.models import Complaint

    if not (reference and conf.enabled()):
        return {"telegram_link": ""}
    complaint = Complaint.objects.filter(reference=reference).first()
    link = deep_link(complaint) if complaint is not None else ""
    return {"telegram_link": link}


@register.simple_tag
def telegram_updates_on(complaint):
    """For officers: whether the worker gets updates on Telegram (never the chat)."""
    return conf.enabled() and complaint.telegram_updates.exists()
