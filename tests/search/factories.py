"""Factories for search tests. The search area adds one model (UnansweredQuery); searchable
pages are built from a foundation page type whose search_fields index a text field."""

import datetime

import factory
import wagtail_factories

from orientation.destinations.models import GuideIndexPage
from orientation.search.models import UnansweredQuery


class SearchablePageFactory(wagtail_factories.PageFactory):
    """A live page with a title and an indexed ``intro`` text."""

    class Meta:
        model = GuideIndexPage

    title = factory.Sequence(lambda n: f"Searchable page {n}")
    slug = factory.Sequence(lambda n: f"searchable-{n}")
    intro = ""
    live = True


class UnansweredQueryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = UnansweredQuery

    query = factory.Sequence(lambda n: f"query {n}")
    day = factory.LazyFunction(datetime.date.today)
    hits = 1
