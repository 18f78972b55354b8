"""Checks on rendered HTML that several areas' tests share."""

from bs4 import BeautifulSoup


def dangling_describedby(html):
    """Every (element, id) whose aria-describedby names an id that is not on the page: a
    screen reader then reads nothing where help text or an error should be."""
    soup = BeautifulSoup(html, "html.parser")
    ids = {element["id"] for element in soup.find_all(id=True)}
    return [
        (element.name, element.get("name") or element.get("id"), target)
        for element in soup.find_all(attrs={"aria-describedby": True})
        for target in element["aria-describedby"].split()
        if target not in ids
    ]


def described_by(html, element_id):
    """The ids an element's aria-describedby names."""
    soup = BeautifulSoup(html, "html.parser")
    element = soup.find(id=element_id)
    return (element.get("aria-describedby") or "").split() if element else []
