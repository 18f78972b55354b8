from wagtail import hooks

from orientation.core.recording_slots import RECORDING_SLOTS_HOOK

from . import recording_slots


@hooks.register(RECORDING_SLOTS_HOOK)
def lesson_recording_slots():
    return recording_slots.lesson_recording_slots()
