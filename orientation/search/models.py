from django.db import models
from django.utils.translation import gettext_lazy as _

from orientation.core.text import normalise_text

# One query word can stand for this many: kept small so a search stays one quick query.
MAX_EQUIVALENT_WORDS = 12


class UnansweredQuery(models.Model):
    """How many times a day a query found nothing: what editors should write about next.

    Only the normalised query and a count: no address, no user, no time of day.
    """

    query = models.CharField(_("query"), max_length=200)
    day = models.DateField(_("day"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("query with no results")
        verbose_name_plural = _("queries with no results")
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="unanswered_query_once_a_day")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.query} ({self.day}: {self.hits})"


class SearchWord(models.Model):
    """A word the search index holds, with the keys that let a query reach it when it was
    typed differently: romanized or misspelt Khmer (``phonetic_key``, see ``phonetics``),
    another English word form (``stem``).

    Written by the index itself (``vocabulary.recording_words`` around every indexing), so
    it never holds a word that was not published. Words stay after their last page goes (a
    full rebuild starts it afresh): a correction to such a word finds nothing, as the word
    itself would have.
    """

    KHMER = "km"
    LATIN = "latn"

    word = models.CharField(max_length=64, unique=True)
    script = models.CharField(max_length=4, choices=[(KHMER, "Khmer"), (LATIN, "Latin")])
    phonetic_key = models.CharField(max_length=64, blank=True, db_index=True)
    stem = models.CharField(max_length=64, blank=True, db_index=True)
    # How many indexed values held the word (each indexing counts): of two words that sound
    # alike, the common one is the likelier meaning, and a word breaker's stray fragment of
    # a rare word is rare.
    occurrences = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.word


class EquivalentWords(models.Model):
    """Words and phrases that search treats as one: the everyday word and the formal one the
    pages use (ពេទ្យ / វេជ្ជបណ្ឌិត), a loanword and its Khmer word, English variants.

    Editors keep the list in the admin (Snippets → Equivalent words); it was seeded with
    pairs checked against the glossary (docs/glossary.md, migration 0005)."""

    words = models.TextField(
        _("words and phrases"),
        help_text=_(
            "One word or phrase per line. A search for any of them also finds pages with the "
            "others."
        ),
    )
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Why these words mean the same here, for the next editor."),
    )

    class Meta:
        verbose_name = _("equivalent words")
        verbose_name_plural = _("equivalent words")
        ordering = ["pk"]

    def __str__(self):
        return " / ".join(self.word_list())

    def word_list(self):
        return list(
            dict.fromkeys(
                cleaned for line in self.words.splitlines() if (cleaned := normalise_text(line))
            )
        )

    def clean(self):
        from django.core.exceptions import ValidationError

        words = self.word_list()
        if len(words) < 2:
            raise ValidationError(
                {"words": _("Write at least two words or phrases, one per line.")}
            )
        if len(words) > MAX_EQUIVALENT_WORDS:
            raise ValidationError(
                {
                    "words": _("Keep a group to %(limit)s words or phrases.")
                    % {"limit": MAX_EQUIVALENT_WORDS}
                }
            )
        self.words = "\n".join(words)
