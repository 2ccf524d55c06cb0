"""Running heads that end in the page's printed number, arabic or roman (documents/formats/pdf_folio.py)."""

from __future__ import annotations

from askdoc.documents.formats.pdf_folio import folio_lines


def test_roman_front_matter_and_arabic_body_heads_are_both_running_heads() -> None:
    """maint-guide.en.pdf: "Debian New Maintainers' Guide ii" .. "vi" on its front pages, then "... 1", "... 2" ..."""
    front = [[f"Debian New Maintainers' Guide {n}", "Body text of the page."] for n in ("ii", "iii", "iv", "v")]
    body = [[f"Debian New Maintainers' Guide {n}", "More body text."] for n in range(1, 5)]
    pages = [["Debian New Maintainers' Guide", "Josip Rodin and Osamu Aoki"], *front, *body]
    assert folio_lines(pages, 2) == {(page, 0) for page in range(1, 9)}


def test_numbers_that_do_not_move_with_the_page_are_not_heads() -> None:
    pages = [["Chapter text ends with item 4", "Body."] for _ in range(5)]
    assert folio_lines(pages, 2) == set()
