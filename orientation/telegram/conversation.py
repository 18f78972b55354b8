"""What the bot answers to one update (a message or a button), in the chat's language.

``handle`` returns the messages to send; the task sends them (tasks.handle_update). Every
answer ends with a way back to the menu. Nothing here logs a chat id or what was typed."""

from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from telegram import Update

from orientation.destinations.models import Destination
from orientation.telegram import agency_check, complaint_flow, complaint_updates, keyboards
from orientation.telegram.alert_fanout import subscription_text
from orientation.telegram.chats import (
    chat_for,
    conversation,
    end_conversation,
    erase_chat,
    find_chat,
    set_conversation,
)
from orientation.telegram.emergency import numbers
from orientation.telegram.sender import Button, Outgoing


def handle(data):
    """[Outgoing] for one update (a dict of Telegram's JSON), and the callback query id to
    answer (or None)."""
    update = Update.de_json(data, None)
    chat_info = update.effective_chat
    if chat_info is None or chat_info.type != "private":
        return [], None  # the bot talks to people one to one, never in groups
    callback = update.callback_query
    user = update.effective_user
    text = (update.message.text or "").strip() if update.message else ""
    if text.startswith("/stop") or (callback is not None and callback.data == "stop"):
        chat = find_chat(chat_info.id)
        if chat is not None:
            language = chat.language
            erase_chat(chat)
        else:
            language = "en" if (user and (user.language_code or "").startswith("en")) else "km"
        with translation.override(language):
            goodbye = _(
                "Done: this chat is erased from our records, with its alerts and complaint "
                "updates. Send /start to use the bot again."
            )
        return [Outgoing(chat_info.id, goodbye)], callback.id if callback else None
    chat = chat_for(chat_info.id, user.language_code if user else None)
    with translation.override(chat.language):
        if callback is not None:
            replies = on_button(chat, callback.data or "")
        elif update.message is not None:
            replies = on_message(chat, text)
        else:
            replies = []
    return [Outgoing(chat.telegram_id, body, buttons) for body, buttons in replies if body], (
        callback.id if callback else None
    )


def menu():
    return [(_("What do you need? Choose below."), keyboards.main_menu())]


def welcome():
    return _(
        "Welcome to Safe work abroad. Here you can check a recruitment agency, get alerts "
        "for your country, follow your complaint, find emergency numbers, or file a "
        "complaint."
    )


def on_message(chat, text):
    if text.startswith("/start"):
        argument = text.partition(" ")[2].strip()
        if argument.startswith(complaint_updates.TOKEN_PREFIX):
            complaint = complaint_updates.link_chat(chat, argument)
            end_conversation(chat)
            if complaint is None:
                return [
                    (
                        _(
                            "This link has expired or was already used. Open the tracking "
                            "page of your complaint again to get a new one."
                        ),
                        keyboards.main_menu(),
                    )
                ]
            return [
                (
                    _(
                        "Done: you will get a message here when your complaint has an update. "
                        "We will never write what the update says here."
                    ),
                    keyboards.main_menu(),
                )
            ]
        end_conversation(chat)
        return [(welcome(), []), *menu()]
    if text.startswith("/menu") or text.startswith("/help"):
        end_conversation(chat)
        return menu()
    state = conversation(chat)
    if state.get("flow") == "agency":
        return [
            (
                agency_check.reply(text),
                [[Button(_("Check another agency"), "agency")], *keyboards.back_to_menu()],
            )
        ]
    if state.get("flow") == complaint_flow.FLOW:
        return complaint_flow.on_text(chat, text)
    # Anything else typed outside a question: read it as an agency to check, the bot's most
    # common use, with the menu under the answer.
    if text:
        return [(agency_check.reply(text), keyboards.main_menu())]
    return menu()


def on_button(chat, data):
    kind, _sep, value = data.partition(":")
    if kind == "menu":
        end_conversation(chat)
        return menu()
    if kind == "agency":
        set_conversation(chat, "agency", "query")
        return [(agency_check.ask(), keyboards.back_to_menu())]
    if kind == "alerts":
        ticked = set(chat.destinations.values_list("slug", flat=True))
        return [(subscription_text(chat), keyboards.alerts(ticked))]
    if kind == "alert":
        return toggle_alerts(chat, value)
    if kind == "emergency":
        if value:
            destination = Destination.objects.filter(slug=value).first()
            if destination is not None:
                return [(numbers(destination), keyboards.back_to_menu())]
        return [(_("Which country are you in?"), keyboards.destinations("emergency"))]
    if kind == "mine":
        return my_complaints(chat)
    if kind == "unlink":
        complaint_updates.unlink(chat, int(value) if value.isdigit() else 0)
        return [
            (_("You will get no more updates about this complaint here."), keyboards.main_menu())
        ]
    if kind == "file" and not value:
        return complaint_flow.start(chat)
    if kind in {"file", "cat", "danger", "contact", "consent"}:
        return complaint_flow.on_button(chat, data)
    if kind == "language":
        return [
            (
                "ជ្រើសរើសភាសា / Choose a language",
                [[Button("ខ្មែរ", "lang:km"), Button("English", "lang:en")]],
            )
        ]
    if kind == "lang" and value in {"km", "en"}:
        chat.language = value
        chat.save(update_fields=["language"])
        with translation.override(value):
            return menu()
    return menu()


def toggle_alerts(chat, slug):
    destination = Destination.objects.filter(slug=slug).first()
    if destination is not None:
        if chat.destinations.filter(pk=destination.pk).exists():
            chat.destinations.remove(destination)
        else:
            chat.destinations.add(destination)
    ticked = set(chat.destinations.values_list("slug", flat=True))
    return [(subscription_text(chat), keyboards.alerts(ticked))]


def my_complaints(chat):
    links = complaint_updates.linked(chat)
    if not links:
        return [
            (
                _(
                    "No complaint is linked to this chat. On the tracking page of your "
                    "complaint, choose “Get updates on Telegram”."
                ),
                [
                    [
                        Button(
                            _("Open the tracking page"),
                            url=complaint_updates.track_url(chat.language),
                        )
                    ],
                    *keyboards.back_to_menu(),
                ],
            )
        ]
    rows = [
        [
            Button(
                _("Stop updates: complaint of %(date)s")
                % {"date": date_format(link.created_at, "j F Y")},
                f"unlink:{link.pk}",
            )
        ]
        for link in links
    ]
    return [
        (
            _(
                "You get a message here when one of your complaints has an update. To read "
                "it, open the tracking page with your reference and secret code."
            ),
            [
                [
                    Button(
                        _("Open the tracking page"), url=complaint_updates.track_url(chat.language)
                    )
                ],
                *rows,
                *keyboards.back_to_menu(),
            ],
        )
    ]
