"""A guide with known recording slots, and small files that are (or are not) audio."""

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.destinations.factories import (
    DestinationGuidePageFactory,
    GuideIndexPageFactory,
    checklist,
    section,
)

SECTION_ONE = "00000000-0000-4000-8000-00000000a001"
SECTION_TWO = "00000000-0000-4000-8000-00000000a002"
CARD = "00000000-0000-4000-8000-00000000a003"
SENTENCE_ONE = "00000000-0000-4000-8000-00000000a004"
SENTENCE_TWO = "00000000-0000-4000-8000-00000000a005"

# The first bytes are what filetype reads: an Ogg page, a WebM (EBML) header, an MP3 frame.
OGG = b"OggS\x00\x02" + b"\x00" * 22 + b"\x01vorbis" + b"\x00" * 200
WEBM = (
    b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\xf7\x81\x01\x42\xf2\x81\x04\x42\xf3\x81\x08"
    b"\x42\x82\x84webm\x42\x87\x81\x04\x42\x85\x81\x02" + b"\x00" * 200
)
MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 60
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200


def upload(content, name="take.ogg", content_type="audio/ogg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def block(block_type, value, block_id):
    return {"type": block_type, "value": value, "id": block_id}


def guide_with_sound_slots(home_km):
    index = GuideIndexPageFactory(parent=home_km)
    first = section(heading="Before you go", answer="Bring your passport.")[1]
    second = section(heading="At work", body="<p>Keep your contract.</p>")[1]
    card = {
        "title": "Show this",
        "sentences": [
            {
                "type": "item",
                "id": SENTENCE_ONE,
                "value": {
                    "khmer": "ខ្ញុំត្រូវការជំនួយ។",
                    "local": "ฉันต้องการความช่วยเหลือ",
                    "local_feminine": "",
                },
            },
            {
                "type": "item",
                "id": SENTENCE_TWO,
                "value": {"khmer": "សូមហៅប៉ូលីស។", "local": "กรุณาเรียกตำรวจ", "local_feminine": ""},
            },
        ],
        "local_text_confirmed": True,
    }
    checklist_type, checklist_value = checklist()
    return DestinationGuidePageFactory(
        parent=index,
        body=[
            block("show_this", card, CARD),
            block("section", first, SECTION_ONE),
            block(checklist_type, checklist_value, "00000000-0000-4000-8000-00000000a006"),
            block("section", second, SECTION_TWO),
        ],
    )
