"""Check an agency: the web's forgiving search (scams.selectors.search_agencies) and the web's
status wording (scams/includes/agency_status.html), as a message."""

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from orientation.core.links import public_url
from orientation.scams.selectors import search_agencies
from orientation.telegram.text import as_text

MAX_AGENCIES = 3


def ask():
    return _("Send an agency's name or its licence number, as written on its papers.")


def agency_lines(agency):
    # The names as the web shows them: Khmer with the Latin name after it, or the Latin alone.
    both = agency.name_km and agency.name_latin
    names = (
        f"{agency.name_km} ({agency.name_latin})" if both else agency.name_km or agency.name_latin
    )
    lines = [names, f"{_('Licence number:')} {agency.licence_number}"]
    lines.append(as_text("scams/includes/agency_status.html", {"agency": agency}))
    if agency.register_checked_at:
        lines.append(
            _("Checked against the ministry's register file of %(date)s.")
            % {"date": date_format(agency.register_checked_at, "j F Y")}
        )
    else:
        lines.append(
            _(
                "Entered by editors; last changed on %(date)s. Not yet checked against a "
                "register file from the ministry."
            )
            % {"date": date_format(agency.updated_at, "j F Y")}
        )
    lines.append(public_url(agency.get_url()))
    return "\n".join(lines)


def reply(query):
    """The answer to what was typed: matches, close matches with the web's caution, or the
    web's "not in the register" warning, never a stronger claim."""
    search = search_agencies(query)
    if search.problem == "empty":
        return ask()
    if search.problem == "too_long":
        return _(
            "That is too long to be an agency's name or licence number. Type only the name "
            "or the number."
        )
    if search.results:
        return "\n\n".join(agency_lines(agency) for agency in search.results[:MAX_AGENCIES])
    if search.close_matches:
        caution = _(
            "No agency in the register matches “%(query)s” exactly. These are close: check "
            "that the name and the licence number are exactly those on the agency's papers. A "
            "scam can use a name like a licensed agency's."
        ) % {"query": search.cleaned}
        return "\n\n".join(
            [caution, *(agency_lines(agency) for agency in search.close_matches[:MAX_AGENCIES])]
        )
    nothing = _("Nothing in the register matches “%(query)s”.") % {"query": search.cleaned}
    warning = as_text("scams/includes/not_in_register.html", {})
    return f"{nothing}\n{warning}"
