"""Showing and printing PDFs written by the core: QtPdf renders pages to images.

Printing goes through Qt's print dialog (printer, copies, pages); the file
then goes to CUPS as it is, or its pages are painted (Windows), so any printer
the system knows works without a PDF reader installed.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtWidgets import QWidget

from app.errors import KnownError
from ui.common.errors import show_error
from ui.i18n import tr


def render_page(path: Path, page: int = 0, width: int = 900) -> QImage:
    """Page ``page`` of the PDF at ``path`` as an image ``width`` pixels wide (null image if unreadable)."""
    from PySide6.QtPdf import QPdfDocument  # QtPdf loads only when a page is drawn

    doc = QPdfDocument()
    doc.load(str(path))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() <= page:
        return QImage()
    points = doc.pagePointSize(page)
    height = int(width * points.height() / points.width())
    image = doc.render(page, QSize(width, height))
    doc.close()
    return image


def print_pdf(path: Path, parent: QWidget) -> bool:
    """Ask for a printer, copies and pages (QPrintDialog), then print the PDF; False if cancelled.

    The file goes to the system's print service as it is where there is one
    (CUPS), else its pages are painted at ≤ 300 dpi (ui/certificates/printing.py).
    A job the system refuses is said in a message.
    """
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter  # only when printing

    from ui.certificates.printing import page_sizes, send_pdf  # QtPdf and QtPrintSupport: only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    count = len(page_sizes(Path(path)))
    dialog.setMinMax(1, max(count, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, count > 1)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        send_pdf(Path(path), printer)
    except KnownError as exc:
        show_error(parent, exc, tr("Certificates", "Print…"))
        return False
    return True


def open_in_viewer(path: Path) -> bool:
    """Open the PDF in the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
