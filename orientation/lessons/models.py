from django.db import models
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from orientation.core.models import AreaIndexPage, BasePage
from orientation.core.public_version import as_readers_see
from orientation.lessons.answers import check_exercise_answer
from orientation.lessons.blocks import LessonStepBlock
from orientation.lessons.pictures import PICTURES, picture_path


class LessonIndexPage(AreaIndexPage):
    """The path of lessons. Which ones a child has done is kept on the device only
    (localStorage, static/js/lessons.js); the server never knows."""

    subpage_types = ["lessons.LessonPage"]

    class Meta:
        verbose_name = _("lesson index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = as_readers_see(self.lessons_on_path())
        return context

    def lessons_on_path(self):
        """The published lessons under this index, in the order editors arranged them."""
        return LessonPage.objects.child_of(self).live().public().order_by("path")


class LessonStep:
    """One screen of a lesson, with the server's verdict when its exercise was just answered."""

    def __init__(self, number, child, result=None):
        self.number = number
        self.child = child
        self.result = result

    @property
    def anchor(self):
        return f"step-{self.number}"

    @property
    def is_exercise(self):
        return getattr(self.child.block, "is_exercise", False)


class LessonPage(BasePage):
    summary = models.CharField(
        _("summary"),
        max_length=200,
        blank=True,
        help_text=_("One line shown on the path of lessons."),
    )
    khmer_preview = models.CharField(
        _("Khmer shown on the path"),
        max_length=60,
        blank=True,
        help_text=_("A few letters or a word from the lesson, e.g. ក ខ គ. Same in every language."),
    )
    picture = models.CharField(
        _("drawing on the path"), max_length=40, choices=PICTURES, blank=True
    )
    body = StreamField(LessonStepBlock(), blank=True, verbose_name=_("steps"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("khmer_preview"),
        FieldPanel("picture"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    # The Khmer being taught is not translated (blocks.UntranslatedCharBlock says the same
    # for the steps).
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("khmer_preview"),
        SynchronizedField("picture"),
    ]

    parent_page_types = ["lessons.LessonIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    @property
    def picture_path(self):
        return picture_path(self.picture) if self.picture else ""

    def get_steps(self, request=None):
        answers = request.GET if request is not None else {}
        exercise_id = answers.get("exercise", "")
        steps = []
        for number, child in enumerate(self.body, start=1):
            result = None
            if exercise_id and child.id == exercise_id:
                result = check_exercise_answer([child], exercise_id, answers)
            steps.append(LessonStep(number, child, result))
        return steps

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        steps = self.get_steps(request)
        context["steps"] = steps
        context["exercise_count"] = sum(1 for step in steps if step.is_exercise)
        context["index_page"] = self.get_parent()
        return context

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if "exercise" in request.GET:
            # An answered form is one reader's moment, not a page worth keeping in a cache.
            patch_cache_control(response, private=True, no_store=True)
        return response
