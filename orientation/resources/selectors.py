from django.db.models import Q
from wagtail.models import Locale

from orientation.core.reader_language import in_reader_locale
from orientation.destinations.models import Destination

from .models import Organisation, Service, SpokenLanguage


def live_organisations():
    return Organisation.objects.filter(live=True)


def organisations_in_locale(locale):
    """Live organisations as a reader of `locale` sees them (translated, else Khmer), so no
    reader ever sees an emptier directory than a Khmer reader."""
    return in_reader_locale(live_organisations(), locale)


def filter_organisations(organisations, destination=None, service=None, language=None):
    """Each filter is optional; together they narrow the list (AND). An organisation without
    destinations helps workers going anywhere, so it matches every destination."""
    if destination is not None:
        organisations = organisations.filter(
            Q(destinations__isnull=True) | Q(destinations=destination)
        )
    if service is not None:
        organisations = organisations.filter(services=service)
    if language is not None:
        organisations = organisations.filter(languages=language)
    return organisations.distinct()


def with_related(organisations):
    """A fixed number of queries whatever the number of organisations."""
    return organisations.select_related("locale").prefetch_related(
        "services", "destinations", "languages"
    )


def organisations_for_reader(destination=None, service=None, language=None, locale=None):
    if locale is None:
        try:
            locale = Locale.get_active()
        except Locale.DoesNotExist:
            locale = None
    organisations = filter_organisations(
        organisations_in_locale(locale), destination, service, language
    )
    return list(with_related(organisations).order_by("name"))


def filter_choices():
    """The three lists behind the directory's filter form (three queries)."""
    return {
        "destinations": list(Destination.objects.order_by("sort_order", "slug")),
        "services": list(Service.objects.all()),
        "languages": list(SpokenLanguage.objects.all()),
    }
