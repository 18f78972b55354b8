"""The outcome of checking one exercise. Nothing here is stored: the server answers and forgets."""

from dataclasses import dataclass, field

CORRECT = "correct"
PARTLY = "partly"
WRONG = "wrong"
EMPTY = "empty"


@dataclass(frozen=True)
class AnswerResult:
    status: str
    right: int = 0
    total: int = 1
    # What the reader chose, as validated indexes, so the form shows it again.
    chosen: dict = field(default_factory=dict)

    @classmethod
    def empty(cls, total):
        return cls(status=EMPTY, total=total)

    @classmethod
    def of(cls, right, total, chosen):
        if right == total:
            status = CORRECT
        elif right:
            status = PARTLY
        else:
            status = WRONG
        return cls(status=status, right=right, total=total, chosen=chosen)

    @property
    def is_correct(self):
        return self.status == CORRECT


def check_exercise_answer(steps, exercise_id, answers):
    """Check the answer to the exercise with this block id among a lesson's steps.

    Returns None when no exercise has that id (a stale or tampered link): the lesson is then
    shown as if nothing had been answered.
    """
    if not exercise_id or not isinstance(exercise_id, str) or len(exercise_id) > 64:
        return None
    for step in steps:
        if step.id == exercise_id and getattr(step.block, "is_exercise", False):
            return step.block.check_answer(step.value, answers)
    return None
