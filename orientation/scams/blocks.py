"""Blocks of a scam warning: red flags a worker can tick, and steps to take."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class RedFlagBlock(blocks.CharBlock):
    class Meta:
        icon = "warning"
        label = _("Red flag")
        template = "scams/blocks/red_flag_block.html"


class ActionStepBlock(blocks.CharBlock):
    class Meta:
        icon = "tick"
        label = _("Step")
        template = "scams/blocks/action_step_block.html"


class RedFlagsBlock(blocks.StreamBlock):
    red_flag = RedFlagBlock(max_length=300)


class WhatToDoBlock(blocks.StreamBlock):
    step = ActionStepBlock(max_length=400)
