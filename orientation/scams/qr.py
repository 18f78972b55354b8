"""QR codes for licence posters, drawn on the server as SVG (segno), so a cheap phone's
camera opens the agency's page without any script or outside service."""

import io

import segno


def qr_svg(url, *, title=""):
    """The SVG markup of a QR code for url, sized by the page's CSS."""
    code = segno.make(url, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(
        buffer,
        kind="svg",
        scale=1,
        border=4,
        xmldecl=False,
        svgns=True,
        nl=False,
        title=title or None,
        svgclass="agency-qr__code",
        lineclass=None,
        omitsize=True,
        dark="#000",
        light="#fff",
    )
    return buffer.getvalue().decode("utf-8")
